/// What the anchor check needs to know about one article: the anchors it offers and the links
/// with a `#fragment` it makes, with their places. A small record, so that an engine that keeps
/// per-article facts can run ``AnchorCheck`` without holding whole articles.
public struct AnchorFacts: Hashable, Sendable {
    /// A link with a fragment: `#steps` (same article) or `other.md#steps`.
    public struct FragmentLink: Hashable, Sendable {
        /// The linked article's path, normalised and resolved against the linking article's
        /// folder; nil for a link into the same article.
        public var target: String?
        /// The fragment, percent-decoded, without `#`.
        public var fragment: String
        /// The destination as written.
        public var destination: String
        /// Where the link is written (its `[`, or `<a` for HTML).
        public var location: SourceLocation

        public init(target: String?, fragment: String, destination: String, location: SourceLocation) {
            self.target = target
            self.fragment = fragment
            self.destination = destination
            self.location = location
        }
    }

    /// The article's path (as given to the parser).
    public var path: String
    /// Heading ids the renderer writes (``HeadingSlugs``) and explicit anchors (`<a name>`, `id=`).
    public var anchors: Set<String>
    /// Links with a non-empty fragment, in document order.
    public var links: [FragmentLink]

    public init(path: String, anchors: Set<String>, links: [FragmentLink]) {
        self.path = path
        self.anchors = anchors
        self.links = links
    }

    /// The facts of one parsed article.
    public init(_ article: Article) {
        self.init(path: article.path, anchors: AnchorFacts.anchors(of: article), links: AnchorFacts.fragmentLinks(of: article))
    }

    /// The anchors of an article: its heading slugs and explicit anchors.
    public static func anchors(of article: Article) -> Set<String> {
        var anchors = Set(HeadingSlugs.compute(article.markdown).values)
        for node in article.markdown.nodes {
            switch node.kind {
            case .htmlBlock(let literal), .htmlInline(let literal):
                anchors.formUnion(ExplicitAnchors.names(in: literal))
            default:
                break
            }
        }
        return anchors
    }

    /// The links of an article that carry a fragment worth checking.
    public static func fragmentLinks(of article: Article) -> [FragmentLink] {
        var folderCache: String?
        func folder() -> String {
            if let folderCache { return folderCache }
            let found = RelativePath.normalize(RelativePath.folder(of: article.path))
            folderCache = found
            return found
        }
        var links: [FragmentLink] = []
        for link in article.links {
            switch link.kind {
            case .anchor(let fragment):
                guard let fragment = Self.checkable(fragment) else { continue }
                links.append(FragmentLink(target: nil, fragment: fragment, destination: link.destination, location: link.range.start))
            case .relative(let path, let fragment?):
                guard let fragment = Self.checkable(fragment), !path.isEmpty,
                      let resolved = RelativePath.join(folder(), RelativePath.percentDecoded(path)) else { continue }
                links.append(FragmentLink(target: resolved, fragment: fragment, destination: link.destination, location: link.range.start))
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

/// The cross-article anchor check over ``AnchorFacts`` alone.
public enum AnchorCheck {
    /// A fragment link that matches no anchor of the article it leads to.
    public struct Missing: Hashable, Sendable {
        /// The path of the linking article.
        public var path: String
        public var link: AnchorFacts.FragmentLink
    }

    /// Every link whose fragment matches no anchor of its target. Links to articles that are not
    /// among `facts` are skipped (whether the file exists is `link-broken`'s question).
    public static func missing(_ facts: [AnchorFacts]) -> [Missing] {
        var byPath: [String: Set<String>] = [:]
        for fact in facts { byPath[RelativePath.normalize(fact.path)] = fact.anchors }
        var found: [Missing] = []
        for fact in facts {
            for link in fact.links {
                let anchors = link.target.map { byPath[$0] } ?? fact.anchors
                guard let anchors, !anchors.contains(link.fragment) else { continue }
                found.append(Missing(path: fact.path, link: link))
            }
        }
        return found
    }
}

/// Explicit anchors in raw HTML: `<a name="x">` and any `id="x"`.
enum ExplicitAnchors {
    static func names(in html: String) -> [String] {
        guard html.utf8.contains(UInt8(ascii: "=")) else { return [] }
        var names: [String] = []
        let bytes = Array(html.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count, (bytes[i + 1] | 0x20) >= 0x61, (bytes[i + 1] | 0x20) <= 0x7A else { i += 1; continue }
            let end = HTMLLinkScanner.tagEnd(bytes, from: i + 1)
            let tag = String(decoding: bytes[i..<end], as: UTF8.self)
            if let id = HTMLLinkScanner.attributeValue("id", in: tag), !id.isEmpty { names.append(id) }
            let isAnchor = bytes[i + 1] | 0x20 == UInt8(ascii: "a") && (i + 2 >= bytes.count || !((bytes[i + 2] | 0x20) >= 0x61 && (bytes[i + 2] | 0x20) <= 0x7A))
            if isAnchor, let name = HTMLLinkScanner.attributeValue("name", in: tag), !name.isEmpty { names.append(name) }
            i = end
        }
        return names
    }
}
