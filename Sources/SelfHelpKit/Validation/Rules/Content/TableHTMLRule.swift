/// `table-html`: a table written in raw HTML.
struct TableHTMLRule: Rule {
    static let description = RuleDescription(
        id: .tableHTML,
        name: "HTML table",
        summary: "A table is written in raw HTML (`<table>`) instead of Markdown.",
        rationale: """
            The authoring tool's rules say "Tables must be created in Markdown": an HTML table escapes the \
            portal's styling, is hard to review and to keep up to date, and Markdown tools cannot check it. \
            Warning. Write a pipe table where the article's type renders tables (`table-unsupported` says \
            where), else a list.
            """,
        category: .content, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article([#"selfHelpType="Apollo""#, #"ms.author="storagesupport""#], body: "# Title\n\n↓<table>\n<tr><td>Tier</td><td>Hot</td></tr>\n</table>\n")
                .expecting("this table is written in HTML; create tables in Markdown"),
            Example.article([#"selfHelpType="Apollo""#, #"ms.author="storagesupport""#], body: "# Title\n\nLimits: ↓<TABLE border=\"1\"><tr><td>10</td></tr></TABLE>\n"),
        ],
        nonTriggeringExamples: [
            Example.article([#"selfHelpType="Apollo""#, #"ms.author="storagesupport""#], body: "# Title\n\n| Setting | Value |\n|---|---|\n| Tier | Hot |\n"),
            Example.article(body: "# Title\n\nRun:\n\n```\n<table></table>\n```\n\nSee the `<table>` element.\n"),
        ])

    static let tag = Array("<table".utf8)

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for node in article.markdown.nodes {
            let literal: String
            switch node.kind {
            case .htmlBlock(let text), .htmlInline(let text): literal = text
            default: continue
            }
            let bytes = Array(literal.utf8)
            for offset in ByteSearch.occurrences(of: Self.tag, in: bytes, range: 0..<bytes.count)
            where offset + Self.tag.count == bytes.count || !ByteSearch.isWordByte(bytes[offset + Self.tag.count]) {
                let at = HTMLLinkScanner.offsetLocation(node.range.start, html: bytes, upTo: offset, source: article.source)
                diagnostics.append(context.diagnostic(SourceRange(start: at, end: at), Self.message))
            }
        }
        return diagnostics
    }

    static let message = "this table is written in HTML; create tables in Markdown"
}
