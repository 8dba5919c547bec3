/// `display-order-format`: a `displayOrder` that is no integer.
struct DisplayOrderFormatRule: Rule {
    static let description = RuleDescription(
        id: .displayOrderFormat,
        name: "Display order format",
        summary: "`displayOrder` is set but is not an integer.",
        rationale: """
            The portal sorts articles by this number; a value that is not one is ignored, and the article \
            falls to an arbitrary place. Warning.
            """,
        category: .metadata, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article([#"displayOrder="↓first""#])
                .expecting("displayOrder `first` is not an integer"),
            Example.article([#"displayOrder="↓1.5""#]),
        ],
        nonTriggeringExamples: [
            Example.article([#"displayOrder="20""#]),
            Example.article([#"displayOrder="""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard case .invalid(let text)? = article.metadata.displayOrder, let attribute = article.attribute(.displayOrder),
              let token = attribute.tokens().first else { return [] }
        return [context.diagnostic(offsets: token.offsets, "displayOrder `\(text)` is not an integer")]
    }
}
