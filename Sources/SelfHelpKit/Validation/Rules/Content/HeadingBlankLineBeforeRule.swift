/// `heading-blank-line-before`: a level 3 heading directly under text on the previous line.
struct HeadingBlankLineBeforeRule: Rule {
    static let description = RuleDescription(
        id: .headingBlankLineBefore,
        name: "Blank line before level 3 heading",
        summary: "A level 3 heading (`###`) comes directly after text on the previous line, without a blank line.",
        rationale: """
            The authoring tool's rules say "Insert a blank line before each level 3 heading" and mark it as \
            fixable: without it the heading is hard to spot in the Markdown, and some Markdown tools read it \
            as part of the paragraph above. Warning, with a safe fix that inserts the blank line (the article \
            renders the same). Headings inside lists and block quotes are left alone, and so is a heading \
            right under a line that holds only a comment, such as an RCA template's region marker \
            (`<!--rcaDescription-->`), which renders as nothing.
            """,
        category: .content, defaultSeverity: .warning, isFixable: true,
        triggeringExamples: [
            Example.article(body: "# Title\n\nThe account is locked.\n↓### Remove the lock\n\nText.\n")
                .expecting("insert a blank line before the level 3 heading `Remove the lock`"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nThe account is locked.\n\n### Remove the lock\n\nText.\n"),
            Example.article(body: "# Title\n\nThe account is locked.\n## A level 2 heading\n\nText.\n"),
            Example.article(body: "# Title\n\n<!--rcaDescription-->\n### **Root cause**\n\nA host failed.\n<!--/rcaDescription-->\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        article.topLevelHeadings.compactMap { heading in
            let previous = heading.firstLine - 1
            guard heading.section.level == 3, previous >= 1, !article.isBlankLine(previous), !article.isCommentLine(previous),
                  article.source.lineStarts[previous - 1] >= article.bodyStart else { return nil }
            let at = article.source.lineStarts[heading.firstLine - 1]
            let fix = Fix(summary: "insert a blank line before the heading", range: article.source.range(at..<at), replacement: article.lineEnding(previous))
            return context.diagnostic(SourceRange(start: heading.section.headingRange.start, end: heading.section.headingRange.start),
                                      Self.message(heading.section.heading), fix: fix)
        }
    }

    static func message(_ heading: String) -> String {
        "insert a blank line before the level 3 heading `\(heading)`"
    }
}
