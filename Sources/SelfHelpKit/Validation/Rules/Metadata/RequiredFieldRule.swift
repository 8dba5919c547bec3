/// `required-field`: a field the article's type needs is missing or empty.
struct RequiredFieldRule: Rule {
    static let description = RuleDescription(
        id: .requiredField,
        name: "Required field",
        summary: "A header field that the article's `selfHelpType` needs is missing or empty.",
        rationale: """
            Each type's template lists the fields the portal uses, and each is present in at least 98 % of \
            the real articles of that type:

            | selfHelpType | Required fields | Why |
            |---|---|---|
            | every type | `selfHelpType`, `pageTitle`, `cloudEnvironments`, `ownershipId` (and `articleId`, reported by `article-id-missing`) | rendering, title, clouds shown in, owning team |
            | `resource` | + `service`, `resource` | resource articles are listed under the resource's service and type |
            | `problemScopingQuestions` | + `schemaVersion`, `supportTopicIds`, `productPesIds` | a form is chosen by support topic and product, and read by schema version |
            | `supportTopicDescription` | + `productPesIds` | it describes a product's topics |
            | `diagnostics`, `rca` | + `infoBubbleText` | the text of the insight's info bubble |
            | `servicehealthinsights` | + `infoBubbleText`, `diagnosticScenario` | the insight's bubble and the diagnostic that fills it |
            | `problemScopingQuestions`, `supportTopicDescription`, `advisorRecommendationMetadata`, `servicehealthinsights`, `Apollo` | + `ms.author` | the owner the publishing pipeline asks; present in 97 to 100 % of these types in the corpus (of 1,909 articles), and added by hand when validation failed; not required of `generic` (88 %), `diagnostics` (90 %), `resource` (60 %) or `TSG_Content` (0 %) |

            Warning: most missing fields degrade an article rather than lose it; the fields whose absence \
            loses an article have error rules of their own (`article-id-missing`, `header-missing`).
            """,
        category: .metadata, defaultSeverity: .warning,
        triggeringExamples: [
            Example("↓" + Example.articleText(removing: ["ownershipId"]))
                .expecting("the header lacks `ownershipId`, which a `generic` article needs"),
            Example("↓" + Example.articleText([#"selfHelpType="resource""#, #"service="microsoft.storage""#])),
            Example("↓" + Example.articleText([#"selfHelpType="diagnostics""#, #"infoBubbleText="""#])),
            Example("↓" + Example.articleText([#"selfHelpType="supportTopicDescription""#, #"productPesIds="16501""#],
                                              body: "# Storage topics\n\n---\n{\"$schema\": \"SupportTopicDescription\", \"supportTopics\": []}\n---\n")),
        ],
        nonTriggeringExamples: [
            Example.article(),
            Example.article([#"selfHelpType="resource""#, #"service="microsoft.storage""#, #"resource="storageaccounts""#]),
            Example.article([#"selfHelpType="supportTopicDescription""#, #"productPesIds="16501""#, #"ms.author="storagesupport""#],
                            body: "# Storage topics\n\n---\n{\"$schema\": \"SupportTopicDescription\", \"supportTopics\": []}\n---\n"),
        ])

    static let common: [HeaderKey] = [.selfHelpType, .pageTitle, .cloudEnvironments, .ownershipId]
    static let byType: [SelfHelpType: [HeaderKey]] = [
        .resource: [.service, .resource],
        .problemScopingQuestions: [.schemaVersion, .supportTopicIds, .productPesIds, .msAuthor],
        .supportTopicDescription: [.productPesIds, .msAuthor],
        .diagnostics: [.infoBubbleText],
        .rca: [.infoBubbleText],
        .serviceHealthInsights: [.infoBubbleText, .diagnosticScenario, .msAuthor],
        .advisorRecommendationMetadata: [.msAuthor],
        .apollo: [.msAuthor],
    ]

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let header = article.header else { return [] }
        let type = article.metadata.selfHelpType
        let keys = Self.common + (type.flatMap { Self.byType[$0] } ?? [])
        var missing: [HeaderKey] = []
        var empty: [HeaderKey] = []
        for key in keys {
            if let attribute = header.attribute(key) {
                if attribute.trimmedValue.isEmpty { empty.append(key) }
            } else {
                missing.append(key)
            }
        }
        guard !missing.isEmpty || !empty.isEmpty else { return [] }
        let what = type.map { "a `\($0.name)` article" } ?? "every article"
        return [context.diagnostic(article.headerRange, Self.message(missing: missing, empty: empty, needed: what))]
    }

    /// "the header lacks `a`, and `b` is empty, which a `resource` article needs".
    static func message(missing: [HeaderKey], empty: [HeaderKey], needed: String) -> String {
        func list(_ keys: [HeaderKey]) -> String { keys.map { "`\($0.name)`" }.joined(separator: ", ") }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("the header lacks \(list(missing))") }
        if !empty.isEmpty {
            let verb = empty.count == 1 ? "is" : "are"
            parts.append(missing.isEmpty ? "the header's \(list(empty)) \(verb) empty" : "\(list(empty)) \(verb) empty")
        }
        return parts.joined(separator: ", and ") + ", which \(needed) needs"
    }
}
