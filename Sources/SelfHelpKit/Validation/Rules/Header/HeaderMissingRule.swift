/// `header-missing`: no `<properties … />` header.
struct HeaderMissingRule: Rule {
    static let description = RuleDescription(
        id: .headerMissing,
        name: "Header missing",
        summary: "The file has no `<properties … />` header.",
        rationale: """
            Without a header the article has no id, type or clouds: the portal cannot index it, so the \
            article is lost. Error: the article is lost. Every real article has exactly one header.
            """,
        category: .header, defaultSeverity: .error,
        triggeringExamples: [
            Example("↓# Storage account cannot be deleted\n\nRemove the lock first.\n")
                .expecting("the article has no `<properties … />` header; expected it at the top of the file"),
        ],
        nonTriggeringExamples: [
            Example.article(),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        context.parseDiagnostics(of: article)
    }
}

// MARK: - Messages

extension HeaderMissingRule {
    /// The finding's text.
    static let message = "the article has no `<properties … />` header; expected it at the top of the file"
}
