import SelfHelpKit

/// The digest of what an article page's surroundings (``ArticlePage/chrome(_:findings:related:)``)
/// are made from, which the last build kept for each article (``SiteRecord``): a rebuild makes,
/// reads and rewrites an unchanged article's page only when its surroundings changed (its
/// findings, its related articles, a title it links to), not every page every time.
enum PageChromeDigests {
    /// A ``ContentDigest`` of everything the surroundings show: the entry, the article's findings
    /// (their records, ``FindingList/records(in:)``: the same findings are the same bytes, and
    /// nothing needs decoding) and its related articles (`related`: their indices in `entries`,
    /// read in place: a rebuild makes this digest for every article). It changes with
    /// ``formatVersion`` too, so a build whose pages look different redoes them all.
    static func digest(_ entry: SiteEntry, findingRecords: [UInt8], related: [Int], in entries: [SiteEntry]) -> Int {
        var digest = ContentDigest()
        digest.add(formatVersion)
        // The page's path is made from the article's (``SiteEntry/page``): the path says both.
        digest.add(entry.path)
        digest.add(entry.title)
        digest.add(entry.articleId ?? "")
        digest.add(entry.service ?? "")
        digest.add(entry.resource ?? "")
        digest.add(entry.type ?? "")
        digest.add(entry.clouds)
        digest.add(entry.supportTopicIds)
        digest.add(entry.productIds)
        digest.add(findingRecords)
        digest.add("related")
        for index in related {
            digest.add(entries[index].path)
            digest.add(entries[index].title)
        }
        return digest.intValue
    }

    /// Changed whenever the pages' surroundings are written differently for the same inputs.
    static let formatVersion = "2"
}
