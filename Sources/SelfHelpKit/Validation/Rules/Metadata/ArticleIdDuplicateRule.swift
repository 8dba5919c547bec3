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
        // Each id's first article, and the articles of each id more than one holds: most ids are
        // unique, and get no list of their own. (An id in ASCII lower case is its own key, not a copy.)
        var first: [String: Int] = [:]
        var shared: [String: [Int]] = [:]
        for (index, article) in facts.enumerated() {
            guard let id = article.articleId else { continue }
            let key = id.utf8.allSatisfy { $0 < 0x80 } ? UTF8Text.asciiLowercased(id) : id.lowercased()
            if let earlier = first[key] {
                shared[key, default: [earlier]].append(index)
            } else {
                first[key] = index
            }
        }
        var diagnostics: [Diagnostic] = []
        for (_, indices) in shared {
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
