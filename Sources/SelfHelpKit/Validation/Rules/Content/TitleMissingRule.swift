/// `title-missing`: no H1 title.
struct TitleMissingRule: Rule {
    static let description = RuleDescription(
        id: .titleMissing,
        name: "Title missing",
        summary: "The body has no H1 heading (`# Title`).",
        rationale: """
            Every template starts the body with an H1, which the portal shows as the article's heading. \
            Without it the article opens on its first paragraph. Warning: the portal still shows \
            `pageTitle`. `PartnerCenterQuickStart` articles, which have no H1 by design, are exempt.
            """,
        category: .content, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "\n↓Remove the lock, then delete the account.\n")
                .expecting("the article has no H1 title; start the body with `# Title`"),
            Example.article(body: "\n↓## Storage account cannot be deleted\n\nRemove the lock.\n"),
        ],
        nonTriggeringExamples: [
            Example.article(),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard article.header?.isTerminated ?? false, article.metadata.selfHelpType != .partnerCenterQuickStart,
              !article.sections.contains(where: { $0.level == 1 }) else { return [] }
        let nodes = article.markdown.nodes
        let at = nodes.count > 1 ? SourceRange(start: nodes[1].range.start, end: nodes[1].range.start) : article.headerRange
        return [context.diagnostic(at, "the article has no H1 title; start the body with `# Title`")]
    }
}
