/// `support-topic-id-format`: a support-topic id that is no 8-digit integer or GUID.
struct SupportTopicIdFormatRule: Rule {
    static let description = RuleDescription(
        id: .supportTopicIdFormat,
        name: "Support topic id format",
        summary: "An entry of `supportTopicIds` is not an 8-digit integer or a GUID.",
        rationale: """
            Support-topic ids are 8-digit integers (GUIDs for Apollo and diagnostics). A 7- or 9-digit id \
            or a word matches no topic, so the article is never shown for it. Error: the article is lost for that topic.
            """,
        category: .metadata, defaultSeverity: .error,
        triggeringExamples: [
            Example.article([#"supportTopicIds="32600901, ↓3260090""#])
                .expecting("the support topic id `3260090` is not an 8-digit number or a GUID"),
            Example.article([#"supportTopicIds="↓storage""#]),
        ],
        nonTriggeringExamples: [
            Example.article([#"supportTopicIds="32600901,32600902""#]),
            Example.article([#"supportTopicIds="634644cb-e6f8-4125-82fd-b1eb6321eb49""#]),
            Example.article([#"supportTopicIds="""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let attribute = article.attribute(.supportTopicIds) else { return [] }
        return attribute.tokens().compactMap { token in
            let bytes = Array(token.text.utf8)
            if bytes.count == 8, bytes.allSatisfy(IDFormat.isDigit) { return nil }
            if IDFormat.isGUID(token.text) { return nil }
            return context.diagnostic(offsets: token.offsets, "the support topic id `\(token.text)` is not an 8-digit number or a GUID")
        }
    }
}
