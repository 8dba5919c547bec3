/// `payload-json-invalid`: a payload that is not valid JSON.
public struct PayloadJSONInvalidRule: Rule {
    public static let description = RuleDescription(
        id: .payloadJSONInvalid,
        name: "Payload JSON invalid",
        summary: "The JSON payload does not parse; the diagnostic points at the error's line and column in the file.",
        rationale: """
            The portal parses the payload strictly: a trailing comma, an unquoted key or a raw tab or line \
            break in a string (14 real files) and the whole form or description disappears. Error: the form or description is lost.
            """,
        category: .payload, defaultSeverity: .error,
        triggeringExamples: [
            Example.article([#"selfHelpType="supportTopicDescription""#, #"productPesIds="16501""#],
                            body: "# Storage topics\n\n---\n{\"$schema\": \"SupportTopicDescription\", \"supportTopics\": [1, 2]↓]}\n---\n"),
            Example.article([#"selfHelpType="supportTopicDescription""#, #"productPesIds="16501""#],
                            body: "# Storage topics\n\n---\n{\"supportTopics\": [1,↓]}\n---\n"),
        ],
        nonTriggeringExamples: [
            Example.article([#"selfHelpType="supportTopicDescription""#, #"productPesIds="16501""#],
                            body: "# Storage topics\n\n---\n{\"$schema\": \"SupportTopicDescription\", \"supportTopics\": []}\n---\n"),
        ])

    public init() {}

    public func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        context.parseDiagnostics(of: article)
    }
}
