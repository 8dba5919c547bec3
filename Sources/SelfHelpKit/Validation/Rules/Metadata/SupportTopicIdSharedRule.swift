/// `support-topic-id-shared`: two forms (or topic descriptions) claim one support topic in one cloud.
struct SupportTopicIdSharedRule: KnowledgeBaseRule {
    static let description = RuleDescription(
        id: .supportTopicIdShared,
        name: "Shared support topic id",
        summary: "Another article of the same `selfHelpType` (a form, a topic description) lists the same support topic id for a cloud both are shown in and a product both list.",
        rationale: """
            A support topic opens one problem-scoping form and one topic description: when two articles of \
            such a type claim it, the portal shows one and the other is never seen (content reviewers \
            dropped ids from forms for this, such as a database's default form and its security form). \
            Clouds matter: many ids are legitimately shared between a public-cloud article and a \
            national-cloud one (`cloudEnvironments="public"` beside `"fairfax, mooncake"`), and only \
            articles shown in a common cloud compete (`disableClouds` taken off). Products matter too: the \
            portal picks a form by product, then topic, so one topic id under two different \
            `productPesIds` (a Windows and a Linux form) is two forms, not a conflict. Insight types \
            (`diagnostics`, `rca` …) show several articles a topic, so they are not checked. Warning: \
            both articles work; decide which one owns the topic. The message names the other article.
            """,
        category: .metadata, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(PayloadSchemaRule.formFields.filter { !$0.hasPrefix("supportTopicIds") } + [#"supportTopicIds="↓32600901""#],
                            body: Example.scopingForm,
                            otherFiles: ["articles/other.md": Example.articleText(PayloadSchemaRule.formFields + [#"articleId="other-form""#],
                                                                                  body: Example.scopingForm)])
                .expecting("the support topic id `32600901` is also claimed by `articles/other.md` in fairfax, public; one topic opens one article of this type"),
        ],
        nonTriggeringExamples: [
            Example.article(PayloadSchemaRule.formFields + [#"cloudEnvironments="public""#], body: Example.scopingForm,
                            otherFiles: ["articles/other.md": Example.articleText(PayloadSchemaRule.formFields + [#"articleId="other-form""#, #"cloudEnvironments="fairfax, mooncake""#],
                                                                                  body: Example.scopingForm)]),
            Example.article([#"supportTopicIds="32600901""#],
                            otherFiles: ["articles/other.md": Example.articleText([#"articleId="other-article""#, #"supportTopicIds="32600901""#])]),
            Example.article(PayloadSchemaRule.formFields, body: Example.scopingForm,
                            otherFiles: ["articles/other.md": Example.articleText(PayloadSchemaRule.formFields + [#"articleId="other-form""#, #"productPesIds="16502""#],
                                                                                  body: Example.scopingForm)]),
        ])

    init() {}

    func check(_ facts: [ArticleFacts], in knowledgeBase: KnowledgeBaseContext) -> [Diagnostic] {
        SupportTopicSharing.shared(facts).compactMap { shared in
            knowledgeBase.diagnostic(inFile: shared.path, shared.topic.range, Self.message(shared), notes: OtherArticles.notes(shared.others))
        }
    }

    static func message(_ shared: SupportTopicSharing.Shared) -> String {
        "the support topic id `\(shared.topic.id)` is also claimed by \(OtherArticles.list(shared.others)) in \(shared.clouds.joined(separator: ", ")); one topic opens one article of this type"
    }
}
