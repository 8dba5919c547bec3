/// `id-list-duplicate-entry`: an entry repeated in a list value.
struct IdListDuplicateEntryRule: Rule {
    static let description = RuleDescription(
        id: .idListDuplicateEntry,
        name: "Duplicate list entry",
        summary: "`supportTopicIds`, `productPesIds`, `cloudEnvironments` or `disableClouds` lists an entry twice.",
        rationale: """
            A repeated id does no harm to the portal but usually hides a typo (the id meant to be there is \
            missing) and makes lists hard to review (20 real files). Warning.
            """,
        category: .metadata, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article([#"supportTopicIds="32600901, 32600903, ↓32600901""#])
                .expecting("`32600901` is listed twice in `supportTopicIds`"),
            Example.article([#"cloudEnvironments="public, fairfax, ↓Public""#]),
        ],
        nonTriggeringExamples: [
            Example.article([#"supportTopicIds="32600901, 32600903""#]),
        ])

    static let keys: [HeaderKey] = [.supportTopicIds, .productPesIds, .cloudEnvironments, .disableClouds]

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for key in Self.keys {
            guard let attribute = article.attribute(key) else { continue }
            var seen: Set<String> = []
            for token in attribute.tokens() {
                let normalized = token.text.lowercased()
                if !seen.insert(normalized).inserted {
                    diagnostics.append(context.diagnostic(offsets: token.offsets, "`\(token.text)` is listed twice in `\(attribute.rawKey)`"))
                }
            }
        }
        return diagnostics
    }
}
