import SelfHelpKit

/// The digest of what an article page's surroundings (``ArticlePage/chrome(_:findings:related:)``)
/// are made from, which the last build kept for each article (``SiteRecord``): a rebuild makes,
/// reads and rewrites an unchanged article's page only when its surroundings changed (its
/// findings, its related articles, a title it links to), not every page every time.
enum PageChromeDigests {
    /// A ``ContentDigest`` of everything the surroundings show: the entry, the article's findings
    /// (their records, ``FindingList/records(in:)``: the same findings are the same bytes, and
    /// nothing needs decoding) and its related articles. It changes with ``formatVersion`` too, so
    /// a build whose pages look different redoes them all.
    static func digest(_ entry: SiteEntry, findingRecords: [UInt8], related: [SiteEntry]) -> Int {
        var digest = ContentDigest()
        digest.add(formatVersion)
        for text in [entry.path, entry.page, entry.title, entry.articleId ?? "", entry.service ?? "", entry.resource ?? "", entry.type ?? ""] { digest.add(text) }
        for list in [entry.clouds, entry.supportTopicIds, entry.productIds] { digest.add(list) }
        digest.add(findingRecords)
        digest.add("related")
        for other in related { digest.add(other.page); digest.add(other.title) }
        return digest.intValue
    }

    /// Changed whenever the pages' surroundings are written differently for the same inputs.
    static let formatVersion = "2"
}
