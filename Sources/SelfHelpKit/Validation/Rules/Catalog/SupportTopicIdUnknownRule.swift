/// `support-topic-id-unknown`: a support topic id the configured catalog does not know.
struct SupportTopicIdUnknownRule: Rule {
    static let description = RuleDescription(
        id: .supportTopicIdUnknown,
        name: "Unknown support topic id",
        summary: "A `supportTopicIds` entry is not in the id catalog (`--catalog FILE` or `\"catalog\"` in `.selfhelp.json`); silent without a catalog.",
        rationale: """
            The portal shows an article for the support topics it lists; an id its catalog does not know \
            matches no topic, so nobody is ever shown the article. The id is well-formed (that is \
            `support-topic-id-format`'s question), so nothing in the file can tell: of 35 hand fixes to \
            rejected ids, 25 were ids of this kind. Error: the article is lost to everyone who picks that topic.
            """,
        category: .metadata, defaultSeverity: .error,
        triggeringExamples: [
            Example.article([#"supportTopicIds="32600901, ↓32600999""#]).withCatalog(Example.exampleCatalog)
                .expecting("the support topic id `32600999` is not in the catalog `catalog.csv`"),
        ],
        nonTriggeringExamples: [
            Example.article([#"supportTopicIds="32600901, 32600903""#, #"cloudEnvironments="public""#]).withCatalog(Example.exampleCatalog),
            Example.article([#"supportTopicIds="32600999""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let catalog = context.configuration.catalog, let attribute = article.attribute(.supportTopicIds) else { return [] }
        return attribute.tokens().compactMap { token in
            guard catalog.supportTopic(token.text) == nil else { return nil }
            return context.diagnostic(offsets: token.offsets, Self.message(token.text, catalog))
        }
    }

    static func message(_ id: String, _ catalog: IdCatalog) -> String {
        "the support topic id `\(id)` is not in the catalog `\(catalog.path)`"
    }
}
