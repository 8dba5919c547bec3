/// `link-broken`: a relative link or image whose target is missing.
struct LinkBrokenRule: KnowledgeBaseRule {
    static let description = RuleDescription(
        id: .linkBroken,
        name: "Broken relative link",
        summary: "A relative link or image points at a file that does not exist in the knowledge base, or leads outside it.",
        rationale: """
            Relative targets resolve against the article's folder. Docs-site paths (`/azure/…`) and \
            screenshots left on the author's disk resolve to nothing in the portal (24 real files). A target \
            that climbs out of the knowledge base (`../../etc/passwd`) is reported without being looked up: \
            validation never reads outside the knowledge base. Warning.
            """,
        category: .links, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\nSee ↓[the other article](../nowhere/missing.md).\n")
                .expecting("the link target `../nowhere/missing.md` leads outside the knowledge base"),
            Example.article(body: "# Title\n\n↓![Locks](media/missing.png)\n", otherFiles: ["articles/media/locks.png": ""]),
            Example.article(body: "# Title\n\nSee ↓[secrets](../../../etc/passwd).\n"),
            Example.article(body: "# Title\n\nSee ↓[docs](/azure/storage/common/lock-account-resource).\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\n![The Locks blade](media/locks.png)\n\nSee [the other article](other.md#recommended-steps).\n",
                            otherFiles: ["articles/media/locks.png": "", "articles/other.md": Example.articleText([#"articleId="other""#])]),
            Example.article(body: "# Title\n\nSee [Steps](#recommended-steps).\n\n## **Recommended Steps**\n"),
            // A placeholder href is filled in by the portal; its default is a web address.
            Example.article(body: "# Title\n\n<a href=\"<!--$LearnMoreLink-->https://learn.microsoft.com/azure<!--/$LearnMoreLink-->\">Learn more</a>\n"),
            Example.article(body: "# Title\n\nRead <a href=\"<!--$DocsLink--><!--/$DocsLink-->\">the guide</a>.\n"),
            // A destination in two pairs of parentheses is malformed (`link-malformed`), not a missing file.
            Example.article(body: "# Title\n\n<!-- selfhelp-disable-next-line link-malformed -->\nRead about [recovery]((https://learn.microsoft.com/azure/storage/recovery-(preview))).\n"),
        ])

    init() {}

    func check(_ facts: [ArticleFacts], in knowledgeBase: KnowledgeBaseContext) -> [Diagnostic] {
        let root = RelativePath.normalize(knowledgeBase.root ?? RelativePath.commonFolder(facts.map(\.path)))
        var diagnostics: [Diagnostic] = []
        for article in facts {
            let folder = RelativePath.normalize(RelativePath.folder(of: article.path))
            for link in article.links {
                let target: String
                switch link.target {
                case .relative(let path, _), .backslashed(let path):
                    target = path
                case .anchor:
                    continue
                }
                let decoded = RelativePath.percentDecoded(String(target.prefix { $0 != "?" }))
                if decoded.isEmpty { continue }
                let what = link.isImage ? "image" : "link target"
                let resolved = decoded.hasPrefix("/") ? RelativePath.join(root, String(decoded.dropFirst())) : RelativePath.join(folder, decoded)
                let message: String
                if let resolved, RelativePath.isInside(resolved, root: root) {
                    guard !knowledgeBase.fileExists(resolved) else { continue }
                    message = decoded.hasPrefix("/")
                        ? "the \(what) `\(link.destination)` is a site-relative path that does not exist in the knowledge base; use a full https URL"
                        : "the \(what) `\(link.destination)` does not exist (looked for `\(resolved)`)"
                } else {
                    message = "the \(what) `\(link.destination)` leads outside the knowledge base"
                }
                if let diagnostic = knowledgeBase.diagnostic(inFile: article.path, SourceRange(start: link.location, end: link.location), message) {
                    diagnostics.append(diagnostic)
                }
            }
        }
        return diagnostics
    }
}

extension String {
    func replacingBackslashes() -> String {
        String(map { $0 == "\\" ? "/" : $0 })
    }
}

/// Lexical path arithmetic for relative links: no file-system access, no symbolic links followed.
package enum RelativePath {
    /// The folder part of a path (`""` for a bare file name).
    package static func folder(of path: String) -> String {
        String(folderPart(of: path))
    }

    /// ``folder(of:)`` as a part of `path`, not a copy.
    package static func folderPart(of path: String) -> Substring {
        path[..<(path.utf8.lastIndex(of: UInt8(ascii: "/")) ?? path.startIndex)]
    }

    /// `base/relative` with `.` and `..` resolved; nil when `..` climbs above the start of a relative
    /// base (or above `/`).
    static func join(_ base: String, _ relative: String) -> String? {
        // Most links are plain (`other.md`, `media/a.png`) from a base already normalised: joined as they are.
        if isPlain(relative.utf8) {
            if base.isEmpty { return relative }
            if base == "/" { return "/" + relative }
            if isPlain(base.hasPrefix("/") ? base.utf8.dropFirst() : base.utf8[...]) { return base + "/" + relative }
        }
        return joinBySegments(base, relative)
    }

    /// ``join(_:_:)`` a segment at a time, for any base and relative path.
    static func joinBySegments(_ base: String, _ relative: String) -> String? {
        var parts = base.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let absolute = base.hasPrefix("/")
        var leadingUps = 0
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." {
                if parts.isEmpty || parts.last == ".." {
                    if absolute { return nil }
                    parts.append("..")
                    leadingUps += 1
                } else {
                    parts.removeLast()
                }
                continue
            }
            parts.append(String(part))
        }
        return (absolute ? "/" : "") + parts.joined(separator: "/")
    }

    /// Whether `path` is segments joined by single slashes, none of them `.` or `..`: what ``join(_:_:)``
    /// would leave as it is.
    static func isPlain(_ path: some Collection<UInt8>) -> Bool {
        guard !path.isEmpty else { return false }
        var segment = 0, dots = 0
        for byte in path {
            if byte == UInt8(ascii: "/") {
                if segment == 0 || (segment == dots && dots <= 2) { return false }
                segment = 0
                dots = 0
            } else {
                segment += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return segment > 0 && !(segment == dots && dots <= 2)
    }

    static func normalize(_ path: String) -> String {
        join(path.hasPrefix("/") ? "/" : "", path) ?? path
    }

    /// Whether `path` is `root` or below it (both normalised; an empty root is the current folder).
    static func isInside(_ path: String, root: String) -> Bool {
        if path.hasPrefix("../") || path == ".." { return false }
        if root.isEmpty || root == "." { return !path.hasPrefix("/") }
        return path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// The deepest folder that holds every path.
    static func commonFolder(_ paths: [String]) -> String {
        var common: [UInt8]?
        for path in paths {
            let folder = Array(folder(of: normalize(path)).utf8)
            guard let shared = common else { common = folder; continue }
            // The common bytes, cut back to whole segments.
            var k = 0
            while k < shared.count, k < folder.count, shared[k] == folder[k] { k += 1 }
            let slash = UInt8(ascii: "/")
            let wholeSegments = (k == shared.count || shared[k] == slash) && (k == folder.count || folder[k] == slash)
            if !wholeSegments {
                while k > 0, shared[k - 1] != slash { k -= 1 }
                k = max(0, k - 1)
            }
            common = Array(shared[..<k])
            if k == 0 { break }
        }
        return String(decoding: common ?? [], as: UTF8.self)
    }

    /// `%20` and friends decoded (invalid escapes kept as written).
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let value = UInt8(String(decoding: bytes[(i + 1)...(i + 2)], as: UTF8.self), radix: 16) {
                out.append(value)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
