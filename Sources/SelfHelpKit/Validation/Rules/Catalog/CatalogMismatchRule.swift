/// `catalog-mismatch`: the catalog knows an id, but for another service, other clouds or another product.
struct CatalogMismatchRule: Rule {
    static let description = RuleDescription(
        id: .catalogMismatch,
        name: "Catalog mismatch",
        summary: "The id catalog gives a listed id another `service`, fewer clouds than the article is shown in, or a product the article does not list; silent without a catalog.",
        rationale: """
            An id can exist and still be the wrong one: a topic of another service, a topic that does not \
            exist in a national cloud the article is shown in, or a topic of a product the article does \
            not name. The portal then shows the article under the wrong service, or not at all in that \
            cloud. Only what the catalog states is compared: a row without `service`, `clouds` or \
            `productPesId` says nothing about it. Warning: the id is known, so the article is shown \
            somewhere; check which of the two is right.
            """,
        category: .metadata, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article([#"supportTopicIds="↓32600901""#, #"productPesIds="↓16501""#, #"service="microsoft.compute""#])
                .expecting(
                    "the catalog disagrees about the support topic id `32600901`: its service is `microsoft.storage`, not `microsoft.compute`",
                    "the catalog disagrees about the product id `16501`: its service is `microsoft.storage`, not `microsoft.compute`")
                .withCatalog(Example.exampleCatalog),
            Example.article([#"supportTopicIds="↓32600903""#, #"productPesIds="16501""#]).withCatalog(Example.exampleCatalog),
            Example.article([#"supportTopicIds="↓32600901""#, #"productPesIds="16502""#]).withCatalog(Example.exampleCatalog),
        ],
        nonTriggeringExamples: [
            Example.article([#"supportTopicIds="32600901""#, #"productPesIds="16501""#, #"service="Microsoft.Storage""#])
                .withCatalog(Example.exampleCatalog),
            Example.article([#"supportTopicIds="32600903""#, #"productPesIds="16501""#, #"cloudEnvironments="public""#])
                .withCatalog(Example.exampleCatalog),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let catalog = context.configuration.catalog else { return [] }
        var diagnostics: [Diagnostic] = []
        let metadata = article.metadata
        let service = metadata.service?.normalized
        let clouds = Set(metadata.effectiveClouds.map(\.name))
        let products = Set(metadata.productPesIds.map(UTF8Text.asciiLowercased))
        for (key, lookup) in [(HeaderKey.supportTopicIds, catalog.supportTopic), (.productPesIds, catalog.product)] {
            guard let attribute = article.attribute(key) else { continue }
            for token in attribute.tokens() {
                guard let entry = lookup(token.text) else { continue }
                var problems: [String] = []
                if let expected = entry.service, let service, expected != service {
                    problems.append("its service is `\(expected)`, not `\(service)`")
                }
                let missing = clouds.subtracting(entry.clouds).sorted()
                if !entry.clouds.isEmpty, !missing.isEmpty {
                    problems.append("it exists only in \(entry.clouds.sorted().joined(separator: ", ")), not in \(missing.joined(separator: ", "))")
                }
                if key == .supportTopicIds, !entry.products.isEmpty, !products.isEmpty, entry.products.isDisjoint(with: products) {
                    problems.append("it belongs to the product \(entry.products.sorted().map { "`\($0)`" }.joined(separator: ", ")), which `productPesIds` does not list")
                }
                guard !problems.isEmpty else { continue }
                let what = key == .supportTopicIds ? "support topic" : "product"
                diagnostics.append(context.diagnostic(offsets: token.offsets, "the catalog disagrees about the \(what) id `\(token.text)`: " + problems.joined(separator: "; "),
                                                      notes: ["catalog: \(catalog.path):\(entry.line)"]))
            }
        }
        return diagnostics
    }
}
