/// `product-id-format`: a product id that is no 4–7 digit integer or GUID.
struct ProductIdFormatRule: Rule {
    static let description = RuleDescription(
        id: .productIdFormat,
        name: "Product id format",
        summary: "An entry of `productPesIds` is not a 4- to 7-digit integer or a GUID.",
        rationale: """
            Product ids are 5-digit integers in most articles (4 to 7 digits occur; GUIDs in support-topic \
            descriptions). Anything else matches no product and hides the article from it. Error: the article is lost for that product.
            """,
        category: .metadata, defaultSeverity: .error,
        triggeringExamples: [
            Example.article([#"productPesIds="16501, ↓165""#])
                .expecting("the product id `165` is not a 4- to 7-digit number or a GUID"),
            Example.article([#"productPesIds="↓Azure Storage""#]),
        ],
        nonTriggeringExamples: [
            Example.article([#"productPesIds="16501,1650123""#]),
            Example.article([#"productPesIds="634644cb-e6f8-4125-82fd-b1eb6321eb49""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let attribute = article.attribute(.productPesIds) else { return [] }
        return attribute.tokens().compactMap { token in
            let bytes = Array(token.text.utf8)
            if (4...7).contains(bytes.count), bytes.allSatisfy(IDFormat.isDigit) { return nil }
            if IDFormat.isGUID(token.text) { return nil }
            return context.diagnostic(offsets: token.offsets, "the product id `\(token.text)` is not a 4- to 7-digit number or a GUID")
        }
    }
}
