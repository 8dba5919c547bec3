/// `self-help-type-unknown`: a `selfHelpType` the portal does not know.
struct SelfHelpTypeUnknownRule: Rule {
    static let description = RuleDescription(
        id: .selfHelpTypeUnknown,
        name: "Unknown self-help type",
        summary: "`selfHelpType` is none of the known types (generic, resource, problemScopingQuestions, …).",
        rationale: """
            The type decides how the portal renders an article and which fields it needs; an unknown type is \
            not rendered at all, so the article is lost. Error: the article is lost.
            """,
        category: .metadata, defaultSeverity: .error,
        triggeringExamples: [
            Example.article([#"selfHelpType="↓generc""#])
                .expecting("unknown selfHelpType `generc`; did you mean `generic`?"),
        ],
        nonTriggeringExamples: [
            Example.article([#"selfHelpType="generic""#]),
            Example.article([#"selfHelpType="TSG_Content""#], body: "# Title\n\nNotes.\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let type = article.metadata.selfHelpType, !type.isKnown, let attribute = article.attribute(.selfHelpType),
              let token = attribute.tokens(splittingSpaces: false).first else { return [] }
        let suggestion = EditDistance.nearest(to: type.raw, in: SelfHelpType.allKnown.map(\.name)).map { "; did you mean `\($0)`?" } ?? ""
        return [context.diagnostic(offsets: token.offsets, "unknown selfHelpType `\(type.raw)`\(suggestion)")]
    }
}
