/// `cloud-unknown`: a cloud name that is none of the six clouds.
struct CloudUnknownRule: Rule {
    static let description = RuleDescription(
        id: .cloudUnknown,
        name: "Unknown cloud",
        summary: "`cloudEnvironments` or `disableClouds` names a cloud other than public, fairfax, mooncake, blackforest, usnat, ussec.",
        rationale: """
            The portal shows an article only in the clouds it names; a misspelt cloud (`fairfx`) hides it \
            from that sovereign cloud without any other sign. Error: the article is lost in that cloud.
            """,
        category: .metadata, defaultSeverity: .error,
        triggeringExamples: [
            Example.article([#"cloudEnvironments="public, ↓fairfx""#])
                .expecting("unknown cloud `fairfx` in `cloudEnvironments`; did you mean `fairfax`?"),
            Example.article([#"disableClouds="↓china""#]),
        ],
        nonTriggeringExamples: [
            Example.article([#"cloudEnvironments="public, fairfax, mooncake, blackforest, usnat, ussec""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for key in [HeaderKey.cloudEnvironments, .disableClouds] {
            guard let attribute = article.attribute(key) else { continue }
            for token in attribute.tokens() where !CloudEnvironment(raw: token.text).isKnown {
                let suggestion = EditDistance.nearest(to: token.text, in: CloudEnvironment.allKnown.map(\.name)).map { "; did you mean `\($0)`?" }
                    ?? "; expected one of public, fairfax, mooncake, blackforest, usnat, ussec"
                diagnostics.append(context.diagnostic(offsets: token.offsets, "unknown cloud `\(token.text)` in `\(attribute.rawKey)`\(suggestion)"))
            }
        }
        return diagnostics
    }
}
