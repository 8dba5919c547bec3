/// `table-unsupported`: a pipe table where the portal shows none.
struct TableUnsupportedRule: Rule {
    static let description = RuleDescription(
        id: .tableUnsupported,
        name: "Table unsupported",
        summary: "A pipe table appears in an article whose type does not render tables (all but Apollo).",
        rationale: """
            The templates say tables do not render outside Apollo articles, and plain CommonMark has no \
            tables: the portal shows the pipes and dashes as text (91 real files). Use a list. Warning.
            """,
        category: .content, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\n↓| Setting | Value |\n|---|---|\n| Tier | Hot |\n")
                .expecting("tables do not render in a `generic` article; use a list"),
        ],
        nonTriggeringExamples: [
            Example.article([#"selfHelpType="Apollo""#, #"ms.author="storagesupport""#], body: "# Title\n\n| Setting | Value |\n|---|---|\n| Tier | Hot |\n"),
            Example.article(body: "# Title\n\nA | B are letters.\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard article.metadata.selfHelpType != .apollo else { return [] }
        let source = article.source
        var diagnostics: [Diagnostic] = []
        for node in article.markdown.nodes {
            guard case .paragraph = node.kind, node.range.end.line > node.range.start.line else { continue }
            for line in (node.range.start.line + 1)...node.range.end.line where Self.isDelimiterRow(source, line) {
                let header = source.lineText(line - 1)
                guard header.contains("|") else { continue }
                let indent = header.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count
                let at = source.location(ofOffset: source.lineStarts[line - 2] + indent)
                diagnostics.append(context.diagnostic(SourceRange(start: at, end: at),
                                                      "tables do not render in a `\(article.metadata.selfHelpType?.name ?? "generic")` article; use a list"))
                break
            }
        }
        return diagnostics
    }

    /// `|---|:--:|`: pipes, dashes, colons and spaces, with at least one pipe and one dash.
    static func isDelimiterRow(_ source: SourceText, _ line: Int) -> Bool {
        guard line >= 2, line <= source.lineStarts.count else { return false }
        let start = source.lineStarts[line - 1]
        let end = line < source.lineStarts.count ? source.lineStarts[line] : source.bytes.count
        var pipes = 0, dashes = 0
        for b in source.bytes[start..<end] {
            switch b {
            case UInt8(ascii: "|"): pipes += 1
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: ":"), 0x20, 0x09, 0x0A, 0x0D: break
            default: return false
            }
        }
        return pipes > 0 && dashes > 0
    }
}
