import SelfHelpKit

/// The pages of a build one at a time, for a server that renders them on request
/// (`selfhelp serve`): the same bytes ``SiteBuilder`` writes for the same articles and findings,
/// at the same paths, for the home and listing pages; an article's page is its preview (the
/// article alone as a standalone page, which the server decorates with its findings).
package enum SitePages {
    /// `index.html` for the articles' facts (named relative to the knowledge base, as the build
    /// parses them) and their findings in report order.
    package static func indexPage(facts: [ArticleFacts], diagnostics: [Diagnostic]) -> [UInt8] {
        HomePage.render(entries(facts, diagnostics))
    }

    /// The listing page at `path` (`services/storage.html`, `findings.html`), or nil when there is none.
    package static func listingPage(_ path: String, facts: [ArticleFacts], diagnostics: [Diagnostic]) -> [UInt8]? {
        ListingPages.render(entries(facts, diagnostics)).first { $0.path == path }?.bytes
    }

    /// An article's preview page and JSON rendering, from the file's bytes.
    package static func articleOutputs(_ article: Article, fileBytes: [UInt8]) -> (page: [UInt8], json: [UInt8]) {
        let options = SiteBuilder.Options()
        // Without a file the rendering stays in memory, and there is nothing to fail.
        let rendered = try? ArticleOutputRenderer(render: options.render, chunking: options.chunking)
            .render(article, fileBytes: fileBytes, fileHash: SHA256.hexDigest(fileBytes))
        var json: [UInt8] = []
        if case .bytes(let bytes)? = rendered?.json { json = bytes }
        return (HTMLRenderer(options: options.render, standalone: true).renderBytes(article), json)
    }

    /// For checks of a build's outputs: whether `bytes` are a whole record of the site's at `path`
    /// (a search record `.selfhelp/search/*.record`, the site pass's record, the aggregates' digests,
    /// the list of copied media); nil when `path` is neither.
    package static func isWholeSiteRecord(_ path: String, _ bytes: [UInt8]) -> Bool? {
        if path == BuildFile.siteRecord.path { return SiteRecord(bytes: bytes) != nil }
        if path == BuildFile.aggregateDigests.path { return AggregateDigests(bytes: bytes) != nil }
        if path == BuildFile.siteMediaList.path { return bytes.isEmpty || bytes.last == 0x0A }
        if path.hasPrefix(BuildFolder.searchRecords.path + "/"), path.hasSuffix(".record") { return SearchRecord(bytes: bytes) != nil }
        return nil
    }

    /// Each article's ``SiteEntry``, from its facts and its findings (in report order), made on
    /// every core.
    static func entries(_ facts: [ArticleFacts], _ diagnostics: [Diagnostic]) -> [SiteEntry] {
        entries(facts, findings: FindingList(diagnostics), jobs: ParallelMap.defaultJobs)
    }

    /// Each article's ``SiteEntry``, from its facts and `findings` (in report order), made on `jobs` threads.
    static func entries(_ facts: [ArticleFacts], findings: FindingList, jobs: Int) -> [SiteEntry] {
        ParallelMap.run(facts, jobs: jobs) {
            SiteEntry(facts: $0, findings: findings.counts(in: $0.path))
        }
    }
}
