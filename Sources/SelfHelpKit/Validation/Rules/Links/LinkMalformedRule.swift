/// `link-malformed`: a link that is no URL at all.
struct LinkMalformedRule: Rule {
    static let description = RuleDescription(
        id: .linkMalformed,
        name: "Malformed link",
        summary: "A link is empty, has a misspelt scheme (`ttps:`), lacks one (`www.…`, `//host`), is wrapped in a second pair of parentheses (`[x]((https://…))`), or is a local drive path (`C:\\…`).",
        rationale: """
            Such a link leads nowhere from the portal: it resolves against the portal's own address or a \
            file on the author's disk (9 real files). Warning. \
            Links inside payload strings (an `href` in HTML, a bare URL) are checked too, at their own place in the file.
            """,
        category: .links, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\nSee ↓[docs](ttps://learn.microsoft.com/azure/).\n")
                .expecting("malformed link `ttps://learn.microsoft.com/azure/`: the scheme `ttps:` is misspelt; expected `https:`"),
            Example.article(body: "# Title\n\nSee ↓[docs](www.microsoft.com).\n"),
            Example.article(body: "# Title\n\nSee ↓[docs]().\n"),
            Example.article(body: "# Title\n\n↓![Screenshot](C:\\Users\\me\\shot.png)\n"),
            Example.formWithInfoblock(#"See ↓<a href=\"www.example.com/storage\">the storage guide</a>."#),
            Example.article(body: "# Title\n\nRead about ↓[recovery]((https://learn.microsoft.com/azure/storage/recovery-(preview))).\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nSee [docs](https://learn.microsoft.com/azure/) or mail [us](mailto:a@example.com).\n"),
        ])

    static let knownSchemes: Set<String> = ["ftp", "ftps", "tel", "sms", "news", "irc", "ms-settings", "ms-windows-store", "vscode", "microsoft-edge"]

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        article.checkedLinks.compactMap { link in
            let problem: String
            switch link.kind {
            case .empty:
                problem = "the link has no destination"
            case .other(let scheme?):
                let lower = scheme.lowercased()
                if lower == "javascript" || lower == "vbscript" || Self.knownSchemes.contains(lower) || lower.hasPrefix("ms-") { return nil }
                if EditDistance.distance(lower, "https") <= 2 || EditDistance.distance(lower, "http") <= 1 {
                    problem = "the scheme `\(scheme):` is misspelt; expected `https:`"
                } else if lower == "file" {
                    problem = "a `file:` link points at the author's disk"
                } else {
                    return nil
                }
            case .other(nil):
                let d = link.destination.trimmingHeaderWhitespace()
                if d.hasPrefix("//") { problem = "the link has no scheme; write `https:\(d)`" }
                else if d.lowercased().hasPrefix("www.") { problem = "the link has no scheme; write `https://\(d)`" }
                else if Self.isDrivePath(d) { problem = "the link is a path on a local drive" }
                else if d.hasPrefix("("), d.hasSuffix(")") { problem = Self.parenthesized(String(d.dropFirst().dropLast())) }
                else { return nil } // backslash paths: see link-broken
            default:
                return nil
            }
            return context.diagnostic(SourceRange(start: link.range.start, end: link.range.start), "malformed link `\(link.destination)`: \(problem)")
        }
    }

    static func isDrivePath(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count >= 3 && (bytes[0] | 0x20) >= 0x61 && (bytes[0] | 0x20) <= 0x7A && bytes[1] == UInt8(ascii: ":")
            && (bytes[2] == UInt8(ascii: "\\") || bytes[2] == UInt8(ascii: "/"))
    }

    static func parenthesized(_ inner: String) -> String {
        "the destination is wrapped in a second pair of parentheses; write `[text](\(inner))`"
    }
}
