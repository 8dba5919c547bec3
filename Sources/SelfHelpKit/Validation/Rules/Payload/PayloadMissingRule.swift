/// `payload-missing`: a payload type without its JSON payload.
struct PayloadMissingRule: Rule {
    static let description = RuleDescription(
        id: .payloadMissing,
        name: "Payload missing",
        summary: "The article's type needs a `---`-fenced JSON payload (a form, a support-topic description …) and has none.",
        rationale: """
            `problemScopingQuestions`, `advisorRecommendationMetadata`, `supportTopicDescription`, \
            `diagnoseandsolve` and `TSG_Questions` articles are their JSON: without it the portal has nothing \
            to show, so the article is lost. Error: the article is lost.
            """,
        category: .payload, defaultSeverity: .error,
        triggeringExamples: [
            Example("↓" + Example.articleText([#"selfHelpType="supportTopicDescription""#, #"productPesIds="16501""#, #"ms.author="storagesupport""#],
                                              body: "# Storage topics\n\nNo payload here.\n"))
                .expecting("a `supportTopicDescription` article needs a JSON payload between `---` lines after its title"),
        ],
        nonTriggeringExamples: [
            Example.article([#"selfHelpType="supportTopicDescription""#, #"productPesIds="16501""#, #"ms.author="storagesupport""#],
                            body: "# Storage topics\n\n---\n{\"$schema\": \"SupportTopicDescription\", \"supportTopics\": []}\n---\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let type = article.metadata.selfHelpType, type.hasPayload, article.payload == nil else { return [] }
        return [context.diagnostic(article.headerRange, "a `\(type.name)` article needs a JSON payload between `---` lines after its title")]
    }
}
