/// `article-id-duplicate`: two articles with one id.
struct ArticleIdDuplicateRule: KnowledgeBaseRule {
    static let description = RuleDescription(
        id: .articleIdDuplicate,
        name: "Duplicate article id",
        summary: "Another article of the knowledge base has the same `articleId` (compared case-insensitively).",
        rationale: """
            The portal keys articles by id: when two share one, one overwrites the other and an article is \
            lost (15 pairs in the full corpus, mostly a generic article and a form). Error: one of the two articles is lost. The message \
            names the other file.
            """,
        category: .metadata, defaultSeverity: .error,
        triggeringExamples: [
            Example.article([#"articleId="↓634644cb-e6f8-4125-82fd-b1eb6321eb49""#],
                            otherFiles: ["articles/other.md": Example.articleText()])
                .expecting("the articleId `634644cb-e6f8-4125-82fd-b1eb6321eb49` is also used by `articles/other.md`; ids must be unique"),
        ],
        nonTriggeringExamples: [
            Example.article(otherFiles: ["articles/other.md": Example.articleText([#"articleId="other-article""#])]),
        ])

    init() {}

    func check(_ facts: [ArticleFacts], in knowledgeBase: KnowledgeBaseContext) -> [Diagnostic] {
        var byId: [String: [Int]] = [:]
        for (index, article) in facts.enumerated() {
            guard let id = article.articleId else { continue }
            byId[id.lowercased(), default: []].append(index)
        }
        var diagnostics: [Diagnostic] = []
        for (_, indices) in byId where indices.count > 1 {
            for index in indices {
                let article = facts[index]
                let others = indices.filter { $0 != index }.map { facts[$0].path }.sorted()
                guard let id = article.articleId, let range = article.articleIdRange else { continue }
                if let diagnostic = knowledgeBase.diagnostic(inFile: article.path, range,
                                                             "the articleId `\(id.trimmingHeaderWhitespace())` is also used by \(OtherArticles.list(others)); ids must be unique",
                                                             notes: OtherArticles.notes(others)) {
                    diagnostics.append(diagnostic)
                }
            }
        }
        return diagnostics
    }
}
