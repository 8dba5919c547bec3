/// `header-leading-text`: text before `<properties`.
struct HeaderLeadingTextRule: Rule {
    static let description = RuleDescription(
        id: .headerLeadingText,
        name: "Text before the header",
        summary: "Non-blank text (a heading, a comment) comes before `<properties`.",
        rationale: """
            The header must open the file; text before it is not part of the body and is dropped or \
            mis-read by tools that expect `<properties` first (27 real files, from an old template). \
            Warning: SelfHelpKit finds the header anyway. Blank lines before it are fine.
            """,
        category: .header, defaultSeverity: .warning,
        triggeringExamples: [
            Example("↓<!-- draft -->\n" + Example.articleText())
                .expecting("text before the `<properties` header is not part of the article; move the header to the top"),
            Example("↓# Storage\n\n" + Example.articleText()),
        ],
        nonTriggeringExamples: [
            Example("\n\n" + Example.articleText()),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        context.parseDiagnostics(of: article)
    }
}

// MARK: - Messages

extension HeaderLeadingTextRule {
    /// The finding's text.
    static let message = "text before the `<properties` header is not part of the article; move the header to the top"
}
