/// `product-id-unknown`: a product id the configured catalog does not know.
struct ProductIdUnknownRule: Rule {
    static let description = RuleDescription(
        id: .productIdUnknown,
        name: "Unknown product id",
        summary: "A `productPesIds` entry is not in the id catalog (`--catalog FILE` or `\"catalog\"` in `.selfhelp.json`); silent without a catalog.",
        rationale: """
            Forms and topic descriptions are chosen by product: an id the portal's catalog does not know \
            matches no product, and the article is never offered. A well-formed id cannot be checked \
            without the catalog. Error: the article is lost to everyone who picks that product.
            """,
        category: .metadata, defaultSeverity: .error,
        triggeringExamples: [
            Example.article([#"productPesIds="16501, ↓16599""#]).withCatalog(Example.exampleCatalog)
                .expecting("the product id `16599` is not in the catalog `catalog.csv`"),
        ],
        nonTriggeringExamples: [
            Example.article([#"productPesIds="16501,16502""#]).withCatalog(Example.exampleCatalog),
            Example.article([#"productPesIds="16599""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let catalog = context.configuration.catalog, let attribute = article.attribute(.productPesIds) else { return [] }
        return attribute.tokens().compactMap { token in
            guard catalog.product(token.text) == nil else { return nil }
            return context.diagnostic(offsets: token.offsets, Self.message(token.text, catalog))
        }
    }

    static func message(_ id: String, _ catalog: IdCatalog) -> String {
        "the product id `\(id)` is not in the catalog `\(catalog.path)`"
    }
}
