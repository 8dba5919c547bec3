/// `title-multiple`: more than one H1.
struct TitleMultipleRule: Rule {
    static let description = RuleDescription(
        id: .titleMultiple,
        name: "Several titles",
        summary: "The body has more than one H1 heading.",
        rationale: """
            The portal shows the first H1 as the article's heading; further H1s look like new articles and \
            break the page outline (60 real files, mostly troubleshooting cards). Use `##` for sections. \
            Warning.
            """,
        category: .content, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Storage account cannot be deleted\n\nText.\n\n↓# Another title\n\nText.\n")
                .expecting("a second H1 title (`Another title`); use `##` for sections below the title"),
            Example.article(body: "# Storage account cannot be deleted\n\nText.\n\n↓#\n\nText.\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Storage account cannot be deleted\n\nText.\n\n## A section\n\nText.\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        let titles = article.sections.filter { $0.level == 1 }
        guard titles.count > 1 else { return [] }
        return titles.dropFirst().map { section in
            context.diagnostic(SourceRange(start: section.headingRange.start, end: section.headingRange.start), Self.message(section.heading))
        }
    }

    /// Names the heading, or says it is empty (never an empty pair of backticks).
    static func message(_ heading: String) -> String {
        heading.isEmpty ? "a second, empty H1 title; use `##` for sections below the title, or remove the empty heading"
                        : "a second H1 title (`\(heading)`); use `##` for sections below the title"
    }
}
