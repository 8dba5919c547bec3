/// `cloud-conflict`: a cloud both enabled and disabled.
struct CloudConflictRule: Rule {
    static let description = RuleDescription(
        id: .cloudConflict,
        name: "Cloud conflict",
        summary: "A cloud is listed in both `cloudEnvironments` and `disableClouds`.",
        rationale: """
            `disableClouds` wins, so the article is not shown in that cloud although `cloudEnvironments` \
            says it is; one of the two lists is wrong (9 real files). Warning.
            """,
        category: .metadata, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article([#"cloudEnvironments="public, mooncake""#, #"disableClouds="↓mooncake""#])
                .expecting("`mooncake` is in both `cloudEnvironments` and `disableClouds`; the article is hidden there"),
        ],
        nonTriggeringExamples: [
            Example.article([#"cloudEnvironments="public, fairfax""#, #"disableClouds="mooncake""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let disabled = article.attribute(.disableClouds) else { return [] }
        let enabled = Set(article.metadata.cloudEnvironments)
        return disabled.tokens().compactMap { token in
            let cloud = CloudEnvironment(raw: token.text)
            guard enabled.contains(cloud) else { return nil }
            return context.diagnostic(offsets: token.offsets, "`\(cloud.name)` is in both `cloudEnvironments` and `disableClouds`; the article is hidden there")
        }
    }
}
