import SelfHelpKit

/// The site's part of one build, which `SiteBuilder` calls from its marked hooks: the articles'
/// ``SiteEntry`` values (made once, after validation), each article's page around its HTML and its
/// ``SearchRecord`` (when it renders), an unchanged article's record and surroundings (when it does
/// not), then the aggregate pages, search index and media (``SiteWriter``).
///
/// Methods that take an index may run on several threads at once for different articles; ``set``
/// runs on the build's own thread.
final class SiteBuild: @unchecked Sendable {
    let entries: [SiteEntry]
    private let findings: [String: ArraySlice<Diagnostic>]
    private let related: RelatedArticles
    /// What the last build's pages showed around each article, when its manifest is trusted.
    private let previous: PageChromeDigests?
    private let output: BuildOutput
    private var records: [SearchRecord?]
    private var digests: [Int]

    init(articles: [Article], diagnostics: [Diagnostic], previous: PageChromeDigests?, output: BuildOutput, jobs: Int) {
        let findings = SiteEntry.findingsByFile(diagnostics)
        entries = ParallelMap.run(Array(articles.indices), jobs: jobs) { index in
            SiteEntry(article: articles[index], findings: findings[articles[index].path] ?? [], page: SiteBuilder.outputs(for: articles[index].path)[0])
        }
        self.findings = findings
        related = RelatedArticles(entries)
        self.previous = previous
        self.output = output
        records = Array(repeating: nil, count: articles.count)
        digests = Array(repeating: 0, count: articles.count)
    }

    /// What an article that renders writes: its page around `body` (its HTML fragment), its search
    /// record from the rendering's sections, and the digest of its surroundings for ``set``.
    func page(_ index: Int, body: [UInt8], sections: [(anchor: String?, heading: String?, text: String)]) -> (page: [UInt8], record: SearchRecord, digest: Int) {
        let chrome = self.chrome(index)
        let record = SearchRecord(title: entries[index].title, service: entries[index].service, sections: sections)
        return (chrome.top + ArticlePage.bodyStart + body + ArticlePage.bodyEnd + chrome.bottom, record, digest(index))
    }

    /// An unchanged article: its record read back, and its page given new surroundings when what they
    /// show changed. Nil when the article must render after all (no record, or a page not in the
    /// shape this build writes). Throws when the page cannot be written.
    func keep(_ index: Int) throws -> (record: SearchRecord, digest: Int)? {
        let outputs = SiteBuilder.outputs(for: entries[index].path)
        let digest = digest(index)
        guard let record = output.read(outputs[2]).flatMap(SearchRecord.init(bytes:)) else { return nil }
        if previous?.digests[entries[index].path] == digest { return (record, digest) }
        let chrome = self.chrome(index)
        guard let page = output.read(outputs[0]), let spliced = ArticlePage.splice(page, top: chrome.top, bottom: chrome.bottom) else { return nil }
        try output.write(spliced, to: outputs[0])
        return (record, digest)
    }

    /// Records what ``page`` or ``keep`` gave for an article (on the build's thread).
    func set(_ index: Int, record: SearchRecord, digest: Int) {
        records[index] = record
        digests[index] = digest
    }

    /// The home, listing and search pages, the search index, the media, and the digests of the
    /// pages' surroundings (written last: the next build trusts what they say).
    func writeAggregates(knowledgeBase: String) throws {
        try SiteWriter(knowledgeBase: knowledgeBase, output: output).write(entries, records: records)
        let paths = entries.map(\.path)
        try output.write(PageChromeDigests(digests: Dictionary(zip(paths, digests), uniquingKeysWith: { a, _ in a })).bytes(), to: PageChromeDigests.path)
    }

    private func chrome(_ index: Int) -> (top: [UInt8], bottom: [UInt8]) {
        ArticlePage.chrome(entries[index], findings: Array(findings[entries[index].path] ?? []), related: relatedEntries(index))
    }

    private func digest(_ index: Int) -> Int {
        PageChromeDigests.digest(entries[index], findings: findings[entries[index].path] ?? [], related: relatedEntries(index))
    }

    private func relatedEntries(_ index: Int) -> [SiteEntry] {
        related.related(to: index, in: entries).map { entries[$0] }
    }
}
