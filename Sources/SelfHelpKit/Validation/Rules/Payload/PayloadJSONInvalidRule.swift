/// `payload-json-invalid`: a payload that is not valid JSON.
struct PayloadJSONInvalidRule: Rule {
    static let description = RuleDescription(
        id: .payloadJSONInvalid,
        name: "Payload JSON invalid",
        summary: "The JSON payload does not parse; a diagnostic points at each error's line and column in the file (every error the reader can get past, not only the first).",
        rationale: """
            The portal parses the payload strictly: a trailing comma, an unquoted key or a raw tab or line \
            break in a string (14 real files) and the whole form or description disappears. Error: the form or description is lost. \
            After an error the reader resynchronises at the next element (a trailing or missing comma, an \
            unquoted key, a raw tab or line break in a string, a bad value), so one run shows every error, and \
            the form rules check what could be read.
            """,
        category: .payload, defaultSeverity: .error,
        triggeringExamples: [
            Example.article([#"selfHelpType="supportTopicDescription""#, #"productPesIds="16501""#, #"ms.author="storagesupport""#],
                            body: "# Storage topics\n\n---\n{\"$schema\": \"SupportTopicDescription\", \"supportTopics\": [1, 2]↓]}\n---\n")
                .expecting("the JSON payload is invalid: expected `,` or `}` in the object, found `]`"),
            Example.article([#"selfHelpType="supportTopicDescription""#, #"productPesIds="16501""#, #"ms.author="storagesupport""#],
                            body: "# Storage topics\n\n---\n{\"supportTopics\": [1,↓]}\n---\n"),
            Example.article([#"selfHelpType="supportTopicDescription""#, #"productPesIds="16501""#, #"ms.author="storagesupport""#],
                            body: "# Storage topics\n\n---\n{\"$schema\": \"SupportTopicDescription\", ↓shortDescription: \"x\", \"supportTopics\": [1, 2,↓]}\n---\n"),
        ],
        nonTriggeringExamples: [
            Example.article([#"selfHelpType="supportTopicDescription""#, #"productPesIds="16501""#, #"ms.author="storagesupport""#],
                            body: "# Storage topics\n\n---\n{\"$schema\": \"SupportTopicDescription\", \"supportTopics\": []}\n---\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        let first = context.parseDiagnostics(of: article)
        guard let payload = article.payload, payload.error != nil else { return first }
        let reported = Set(first.map(\.location))
        return first + payload.errors.filter { !reported.contains($0.location) }.map { failure in
            context.diagnostic(SourceRange(start: failure.location, end: failure.location), Self.message(reason: failure.message))
        }
    }
}

// MARK: - Messages

extension PayloadJSONInvalidRule {
    /// The finding's text, with the JSON reader's reason.
    static func message(reason: String) -> String {
        "the JSON payload is invalid: \(reason)"
    }
}
