/// `cloud-spelling`: a known cloud not written in lower case.
struct CloudSpellingRule: Rule {
    static let description = RuleDescription(
        id: .cloudSpelling,
        name: "Cloud spelling",
        summary: "A cloud name is not written in lower case (`FairFax` → `fairfax`).",
        rationale: """
            Cloud names are compared case-insensitively today, yet 8,255 real files write them in a dozen \
            spellings, which defeats searches and exact-match tools. Warning, with a safe fix that lower-cases \
            the name and changes nothing else.
            """,
        category: .metadata, defaultSeverity: .warning, isFixable: true,
        triggeringExamples: [
            Example.article([#"cloudEnvironments="public, ↓FairFax, ↓MoonCake""#])
                .expecting(
                    "write the cloud `FairFax` as `fairfax`",
                    "write the cloud `MoonCake` as `mooncake`"),
            Example.article([#"disableClouds="↓USSec""#]),
        ],
        nonTriggeringExamples: [
            Example.article([#"cloudEnvironments="public, fairfax, mooncake""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for key in [HeaderKey.cloudEnvironments, .disableClouds] {
            guard let attribute = article.attribute(key) else { continue }
            for token in attribute.tokens() {
                let cloud = CloudEnvironment(raw: token.text)
                guard cloud.isKnown, token.text != cloud.name else { continue }
                let range = context.source.range(token.offsets)
                diagnostics.append(context.diagnostic(range, "write the cloud `\(token.text)` as `\(cloud.name)`",
                                                      fix: Fix(summary: "write `\(cloud.name)`", range: range, replacement: cloud.name)))
            }
        }
        return diagnostics
    }
}
