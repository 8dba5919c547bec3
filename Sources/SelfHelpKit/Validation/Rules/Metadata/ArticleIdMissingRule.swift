/// `article-id-missing`: no `articleId`.
struct ArticleIdMissingRule: Rule {
    static let description = RuleDescription(
        id: .articleIdMissing,
        name: "Article id missing",
        summary: "The header has no `articleId`, or an empty one.",
        rationale: """
            The id is the article's key in the portal and in support-topic mappings; an article without \
            one cannot be published or linked, so it is lost. Error: the article is lost. Every real article has one.
            """,
        category: .metadata, defaultSeverity: .error,
        triggeringExamples: [
            Example("↓" + Example.articleText(removing: ["articleId"]))
                .expecting("the header has no `articleId`; every article needs a unique id (a GUID)"),
            Example("↓" + Example.articleText([#"articleId="""#])),
        ],
        nonTriggeringExamples: [
            Example.article(),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard article.header != nil, article.metadata.articleId == nil else { return [] }
        return [context.diagnostic(article.headerRange, "the header has no `articleId`; every article needs a unique id (a GUID)")]
    }
}
