/// The cross-article anchor check (`link-anchor-missing`) over ``ArticleFacts`` alone.
enum AnchorCheck {
    /// A link with a fragment worth checking: `#steps` (same article) or `other.md#steps`.
    struct FragmentLink: Hashable {
        /// The linked article's path, normalised and resolved against the linking article's
        /// folder; nil for a link into the same article.
        var target: String?
        /// The fragment, percent-decoded, without `#`.
        var fragment: String
        var destination: String
        var location: SourceLocation
    }

    /// A fragment link that matches no anchor of the article it leads to.
    struct Missing: Hashable {
        /// The path of the linking article.
        var path: String
        var link: FragmentLink
    }

    /// Every link whose fragment matches no anchor of its target. Links to articles that are not
    /// among `facts` are skipped (whether the file exists is `link-broken`'s question).
    static func missing(_ facts: [ArticleFacts]) -> [Missing] {
        // Anchor sets only for the articles that fragment links lead to: most articles are no
        // link's target, and a set per article would cost more than the check.
        let links = facts.map(fragmentLinks(of:))
        var wanted: Set<String> = []
        for (fact, list) in zip(facts, links) {
            for link in list { wanted.insert(link.target ?? RelativePath.normalize(fact.path)) }
        }
        guard !wanted.isEmpty else { return [] }
        var byPath: [String: Set<String>] = [:]
        for fact in facts {
            let path = RelativePath.normalize(fact.path)
            if wanted.contains(path) { byPath[path] = Set(fact.anchors) }
        }
        var found: [Missing] = []
        for (fact, list) in zip(facts, links) {
            for link in list {
                let anchors = byPath[link.target ?? RelativePath.normalize(fact.path)]
                guard let anchors, !anchors.contains(link.fragment) else { continue }
                found.append(Missing(path: fact.path, link: link))
            }
        }
        return found
    }

    /// The links of an article that carry a fragment worth checking.
    static func fragmentLinks(of fact: ArticleFacts) -> [FragmentLink] {
        var folderCache: String?
        func folder() -> String {
            if let folderCache { return folderCache }
            let found = RelativePath.normalize(RelativePath.folder(of: fact.path))
            folderCache = found
            return found
        }
        var links: [FragmentLink] = []
        for link in fact.links {
            switch link.target {
            case .anchor(let fragment):
                guard let fragment = checkable(fragment) else { continue }
                links.append(FragmentLink(target: nil, fragment: fragment, destination: link.destination, location: link.location))
            case .relative(let path, let fragment?):
                guard let fragment = checkable(fragment), !path.isEmpty,
                      let resolved = RelativePath.join(folder(), RelativePath.percentDecoded(path)) else { continue }
                links.append(FragmentLink(target: resolved, fragment: fragment, destination: link.destination, location: link.location))
            default:
                continue
            }
        }
        return links
    }

    /// A fragment worth checking, percent-decoded; nil when empty or filled in by the portal
    /// (`#$anchor`, `#<!--$name-->`).
    static func checkable(_ fragment: String) -> String? {
        let decoded = RelativePath.percentDecoded(fragment)
        guard !decoded.isEmpty, !decoded.contains("$"), !decoded.contains("<"), !decoded.contains("{") else { return nil }
        return decoded
    }
}
