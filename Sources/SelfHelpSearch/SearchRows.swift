import SelfHelpKit

/// One article's rows in the search index: what `articles`, `article_support_topics`,
/// `article_clouds`, `chunks` and the full-text table hold for it. A build makes it while the
/// article is parsed and hands it to ``SearchIndexFile``; the article itself is not kept.
package struct SearchRows: Sendable {
    package var path: String
    package var articleId: String?
    package var title: String
    package var pageTitle: String?
    package var description: String?
    package var service: String?
    package var resource: String?
    package var selfHelpType: String?
    package var clouds: [String]
    package var supportTopicIds: [String]
    package var text: String
    /// The article's chunks, in order.
    package var chunks: [SearchChunk]

    /// The rows of `article`, listed under `path` (its path below the knowledge base).
    package init(_ article: Article, path: String, chunks: [SearchChunk]) {
        let metadata = article.metadata
        self.path = path
        articleId = metadata.articleId
        title = SearchIndex.displayTitle(for: article, fallback: path)
        pageTitle = metadata.pageTitle
        description = metadata.description
        service = metadata.service?.raw
        resource = metadata.resource
        selfHelpType = metadata.selfHelpType?.name
        clouds = SearchRows.unique(metadata.effectiveClouds.map(\.name))
        supportTopicIds = SearchRows.unique(metadata.supportTopicIds)
        text = SearchIndex.searchableText(for: article)
        self.chunks = chunks
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
