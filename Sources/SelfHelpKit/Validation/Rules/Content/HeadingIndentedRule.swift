/// `heading-indented`: a `#` heading indented by one to three spaces.
struct HeadingIndentedRule: Rule {
    static let description = RuleDescription(
        id: .headingIndented,
        name: "Indented heading",
        summary: "A top-level `#` heading starts after one to three spaces (` # Cannot connect`).",
        rationale: """
            CommonMark allows the indent, but the authoring tool's preview and other Markdown readers do \
            not, so the author saw a heading the portal's outline and the heading rules treat \
            differently; reviewers removed such spaces by hand. Warning: fixable; the fix removes the spaces. \
            Headings inside lists and block quotes are indented by their container and are left alone.
            """,
        category: .content, defaultSeverity: .warning, isFixable: true,
        triggeringExamples: [
            Example.article(body: "↓ # Storage account cannot be deleted\n\nText.\n")
                .expecting("the heading is indented by 1 space; start it at the line's beginning"),
            Example.article(body: "# Title\n\nText.\n\n↓   ## **Recommended Steps**\n\n* Step.\n"),
        ],
        nonTriggeringExamples: [
            Example.article(),
            Example.article(body: "# Title\n\n* A list item\n\n  ## A heading inside the item\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        let bytes = article.source.bytes
        var diagnostics: [Diagnostic] = []
        for heading in article.topLevelHeadings {
            let line = heading.firstLine
            guard line >= 1, line <= article.source.lineStarts.count else { continue }
            let start = article.source.lineStarts[line - 1]
            var i = start
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            guard i > start, i - start <= 3, i < bytes.count, bytes[i] == UInt8(ascii: "#") else { continue }
            let fix = Fix(summary: "remove the indent", range: context.source.range(start..<i), replacement: "")
            diagnostics.append(context.diagnostic(offsets: start..<i, "the heading is indented by \(i - start) space\(i - start == 1 ? "" : "s"); start it at the line's beginning", fix: fix))
        }
        return diagnostics
    }
}
