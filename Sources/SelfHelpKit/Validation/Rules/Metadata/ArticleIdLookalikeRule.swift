/// `article-id-lookalike`: an `articleId` that can work but looks like a mistake.
struct ArticleIdLookalikeRule: Rule {
    static let description = RuleDescription(
        id: .articleIdLookalike,
        name: "Article id look-alike",
        summary: "`articleId` looks like a mistyped GUID (a wrong group length, a letter beyond `f`, no dashes, an extra character) or is digits that are not the article's support topic.",
        rationale: """
            Such ids are valid URL segments, and some are deliberate (a series of ids numbered inside a \
            GUID-shaped pattern, an id equal to the article's own support-topic id), so nothing shows that \
            the portal loses these articles. But a GUID with one digit too many or a `p` among hex digits \
            is usually a typo that another tool will reject. Warning: check the id; ids that cannot work at \
            all are `article-id-format` errors.
            """,
        category: .metadata, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article([#"articleId="↓634644cb-e6f8-4125-82fd-b1eb6321ep49""#])
                .expecting("the articleId `634644cb-e6f8-4125-82fd-b1eb6321ep49` is shaped like a GUID but is not one (a group has a wrong length or a letter beyond `f`); check that it is the id you meant"),
            Example.article([#"articleId="↓6713c21e-3851-4ba7-bbf4-a1e9ecfa17c51""#]),
            Example.article([#"articleId="↓35b4075ca21d47c7b82383744226a444""#]),
            // A series numbered inside a GUID-shaped pattern: usable, but reported for a check.
            Example.article([#"articleId="↓ac92ca9c-01p2-017a-9b3c-0a1b2c3d47p2""#]),
            Example.article([#"articleId="↓32600901""#, #"supportTopicIds="32600902""#]),
        ],
        nonTriggeringExamples: [
            Example.article([#"articleId="634644CB-E6F8-4125-82FD-B1EB6321EB49""#]),
            Example.article([#"articleId="634644cb-e6f8-4125-82fd-b1eb6321eb49_Fairfax""#]),
            Example.article([#"articleId="storage-account-delete.v2""#]),
            // An all-digit id equal to the article's own support topic is deliberate.
            Example.article([#"articleId="32600901""#, #"supportTopicIds="32600901, 32600905""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let attribute = article.attribute(.articleId) else { return [] }
        let id = attribute.trimmedValue
        guard !id.isEmpty, IDFormat.articleIdBreakage(id, raw: attribute.value) == nil,
              let problem = IDFormat.articleIdLookalike(id, topics: article.metadata.supportTopicIds) else { return [] }
        return [context.diagnostic(attribute.valueRange, Self.lookalike(id, problem))]
    }

    static func lookalike(_ id: String, _ problem: String) -> String {
        "the articleId `\(id)` \(problem); check that it is the id you meant"
    }
}
