import SelfHelpKit

/// What the site's pages know of one article: its metadata, its page, its finding counts. Small
/// (no Markdown, no text), so that the aggregate pages of a 15,000-article knowledge base are made
/// from a few megabytes; ``init(facts:findings:)`` is the one place an article's
/// ``ArticleFacts`` become one (the build keeps facts, not articles).
struct SiteEntry: Hashable, Sendable {
    /// Relative to the knowledge base (`storage/blob-access-denied.md`).
    var path: String
    var title: String
    var articleId: String?
    /// Lower case (``Service/normalized``), nil when the header names none.
    var service: String?
    var resource: String?
    var type: String?
    var clouds: [String]
    var supportTopicIds: [String]
    var productIds: [String]
    /// The files its relative links and images point at (``ArticleFacts/linkedFiles``).
    var linkedFiles: [String]
    var errors = 0
    var warnings = 0
    var infos = 0

    /// The entry of the article with these facts, whose findings are counted in `findings`.
    init(facts: ArticleFacts, findings: SeverityCounts) {
        path = facts.path
        title = facts.displayTitle
        articleId = facts.articleId
        service = facts.service?.normalized
        resource = facts.resource
        type = facts.selfHelpType?.name
        clouds = facts.cloudNames
        supportTopicIds = facts.supportTopicIds
        productIds = facts.productPesIds
        linkedFiles = facts.linkedFiles
        (errors, warnings, infos) = (findings.errors, findings.warnings, findings.infos)
    }

    var findingCount: Int { errors + warnings + infos }

    /// The article's page, relative to the output folder (`articles/storage/blob-access-denied.html`):
    /// made from the path when asked for, not kept for each of tens of thousands of entries.
    var page: String { ArticleOutputs.page(of: path) }
}
