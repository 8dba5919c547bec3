/// `heading-blank-line-after`: a heading directly followed by text on the next line.
struct HeadingBlankLineAfterRule: Rule {
    static let description = RuleDescription(
        id: .headingBlankLineAfter,
        name: "Blank line after heading",
        summary: "A heading is followed directly by text on the next line, without a blank line.",
        rationale: """
            The authoring tool's rules say "Insert a blank line after every heading": the Markdown is easier \
            to read and review, and other Markdown tools need the blank line. Warning, with a safe fix that \
            inserts the blank line (the article renders the same). Headings inside lists and block quotes are \
            left alone (a blank line there would need the container's markers), and so is the title right \
            above a JSON payload's `---` fence, which is no Markdown, and a heading followed by a line that \
            holds only a comment (a template's region marker such as `<!--issueDescription-->`).
            """,
        category: .content, defaultSeverity: .warning, isFixable: true,
        triggeringExamples: [
            Example.article(body: "↓# Title\nA storage account that holds a lock cannot be deleted.\n")
                .expecting("insert a blank line after the heading `Title`"),
            Example.article(body: "# Title\n\nText.\n\n↓## **Recommended Steps**\r\n* Remove the lock.\r\n"),
        ],
        nonTriggeringExamples: [
            Example.article(),
            Example.article(body: "# Title\n\n> ## Quoted heading\n> Text in the quote.\n"),
            Example.article(body: "# Title\n\n## **VM availability**\n<!--issueDescription-->\nThe VM restarted.\n<!--/issueDescription-->\n"),
            Example.article(PayloadSchemaRule.formFields, body: PayloadSchemaRule.form(#"""
                {"id": "problem_description", "order": 1, "controlType": "multilinetextbox", "required": true},
                {"id": "problem_start_time", "order": 9, "controlType": "datetimepicker", "required": true}
                """#)),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        article.topLevelHeadings.compactMap { heading in
            let next = heading.lastLine + 1
            guard !article.isBlankLine(next), !article.isCommentLine(next), !article.isPayloadFence(next) else { return nil }
            let at = article.source.lineStarts[next - 1]
            let insertion = article.source.range(at..<at)
            let fix = Fix(summary: "insert a blank line after the heading", range: insertion, replacement: article.lineEnding(heading.lastLine))
            return context.diagnostic(SourceRange(start: heading.section.headingRange.start, end: heading.section.headingRange.start),
                                      Self.message(heading.section.heading), fix: fix)
        }
    }

    static func message(_ heading: String) -> String {
        "insert a blank line after the heading `\(heading)`"
    }
}
