import SelfHelpKit
import Foundation

/// The site's part of a build once the articles have streamed by and every finding is known:
/// each article page gets its surroundings (header, metadata, findings, related articles) around
/// the body the stream wrote, and the site's other pages get their inputs (``SiteEntry`` values and
/// the search postings).
///
/// An article that was not rendered again keeps its page untouched when what its surroundings
/// show did not change (``PageChromeDigests``, kept in the previous build's ``SiteRecord``), and
/// its postings and result document from that record; otherwise its body is kept and new
/// surroundings are spliced around it. A page or record that is not in the expected shape is made
/// again from the article file.
struct SitePass {
    let output: BuildOutput
    let knowledgeBase: String
    let renderer: ArticleOutputRenderer
    let maximumArticleSize: Int
    let jobs: Int
    /// Whether every output the previous build wrote is known to be there (its stamp's signature
    /// of the outputs' folders holds): an unchanged result document is then not `stat`ed.
    let outputsIntact: Bool

    /// What the site's other pages are made from.
    struct Site {
        var entries: [SiteEntry]
        /// Each article's page and result document digests and the search postings (the result
        /// documents are written already), for the index and the next build.
        var record: SiteRecord
    }

    /// Articles whose search records are in memory at once: each batch's go into the postings.
    static let batchSize = 1_024

    /// One article's part of the site.
    private struct Made {
        var chrome: Int
        var document: Int
        var documentSize: Int
        /// Its search record, to go into the postings (nil: it has none, or its postings are carried over).
        var record: SearchRecord?
    }

    /// - Parameters:
    ///   - facts: every article's facts, in path order.
    ///   - diagnostics: every finding, in report order.
    ///   - rendered: the articles the stream rendered in this build (their pages have no surroundings yet).
    ///   - previous: what the previous build's site pass left.
    func run(facts: consuming [ArticleFacts], diagnostics: FindingList, rendered: Set<String>,
             previous: SiteRecord?) throws -> Site {
        let entries = SitePages.entries(facts, findings: diagnostics, jobs: jobs)
        // The entries are all the site needs of the facts: they are freed now (on another thread),
        // not held while the pages are written.
        releaseInBackground(consume facts)
        let related = RelatedArticles(entries)
        let previousDocuments = previous?.articles ?? []
        let carried = CarriedArticles(previous ?? SiteRecord(), entries: entries, rendered: rendered)
        try output.createFolders([SearchIndexWriter.documentFolder])
        var record = SiteRecord(articles: [], postings: carried.postings)
        record.articles.reserveCapacity(entries.count)
        for start in stride(from: 0, to: entries.count, by: Self.batchSize) {
            let batch = Array(start..<min(start + Self.batchSize, entries.count))
            let results = ParallelMap.run(batch, jobs: jobs) { index -> Result<Made, ToolError> in
                let entry = entries[index]
                return site(of: entry, id: index, findings: diagnostics, related: related.related(to: index, in: entries), in: entries,
                            rendered: rendered.contains(entry.path),
                            before: carried.before(index, in: previousDocuments), previousDocument: index < previousDocuments.count ? previousDocuments[index] : nil,
                            file: BuildInputs.file(entry.path, in: knowledgeBase))
            }
            for (index, result) in zip(batch, results) {
                let made = try result.get()
                if !carried.carries(index) { record.postings.set(made.record, doc: index) }
                record.articles.append(SiteRecord.Article(path: entries[index].path, chrome: made.chrome, document: made.document,
                                                          documentSize: made.documentSize))
            }
        }
        record.postings.finish()
        return Site(entries: entries, record: record)
    }

    /// The page and result document of article `id`. `before` is the previous build's record of
    /// it when its postings carry over (it was not rendered again); `previousDocument` the
    /// previous build's record of the article whose result document was at `id`.
    private func site(of entry: SiteEntry, id: Int, findings: FindingList, related: [Int], in entries: [SiteEntry], rendered: Bool,
                      before: SiteRecord.Article?, previousDocument: SiteRecord.Article?, file: String?) -> Result<Made, ToolError> {
        page(entry, findings: findings, related: related, in: entries, rendered: rendered, before: before, file: file).flatMap { chrome, record in
            let path = SearchIndexWriter.documentPath(id)
            // The same article at the same id, not rendered again: the same document, untouched if its size holds.
            if let before, before == previousDocument, outputsIntact || output.size(of: path) == before.documentSize {
                return .success(Made(chrome: chrome, document: before.document, documentSize: before.documentSize, record: nil))
            }
            var searchRecord = record ?? output.read(ArticleOutputs(articlePath: entry.path).searchRecord).flatMap(SearchRecord.init(bytes:))
            if searchRecord == nil, record == nil {
                // The page was left as it is, but its record is gone: both are made again.
                switch page(entry, findings: findings, related: related, in: entries, rendered: rendered, before: nil, file: file) {
                case .success(let made): searchRecord = made.record
                case .failure(let error): return .failure(error)
                }
            }
            return Result { try SearchIndexWriter(output: output).writeDocument(entry, searchRecord, id: id, previous: previousDocument) }
                .map { Made(chrome: chrome, document: $0.digest, documentSize: $0.size, record: before == nil ? searchRecord : nil) }
                .mapError { ToolError(wrapping: $0, .writeFailed, path: output.path(path)) }
        }
    }

    /// Gives the page of `entry` its surroundings; returns their digest and the article's search
    /// record (nil when the page was left as it is). A page whose surroundings did not change is
    /// left as it is. `related`: the indices in `entries` of its related articles.
    private func page(_ entry: SiteEntry, findings: FindingList, related: [Int], in entries: [SiteEntry], rendered: Bool, before: SiteRecord.Article?,
                      file: String?) -> Result<(chrome: Int, record: SearchRecord?), ToolError> {
        // The findings are decoded, and the related entries copied, only for a page whose surroundings change.
        let digest = PageChromeDigests.digest(entry, findingRecords: findings.records(in: entry.path), related: related, in: entries)
        if !rendered, let before, before.chrome == digest { return .success((digest, nil)) }
        let found = findings.findings(in: entry.path)
        let neighbours = related.map { entries[$0] }
        let outputs = ArticleOutputs(articlePath: entry.path)
        let record = output.read(outputs.searchRecord).flatMap(SearchRecord.init(bytes:))
        let chrome = ArticlePage.chrome(entry, findings: found, related: neighbours)
        do {
            if record != nil, let page = output.read(outputs.page), let spliced = ArticlePage.splice(page, top: chrome.top, bottom: chrome.bottom) {
                try output.write(spliced, to: outputs.page)
                return .success((digest, record))
            }
            // Not in the expected shape (edited or cut behind the build's back): made again from the article.
            let remade = try remake(entry, file: file, outputs: outputs) { body in
                ArticlePage.render(entry, findings: found, related: neighbours, body: body)
            }
            return .success((digest, remade))
        } catch {
            return .failure(ToolError(wrapping: error, .writeFailed, path: output.path(outputs.page)))
        }
    }

    /// The page (`page` puts the surroundings around the body) and search record of one article,
    /// made from its file.
    private func remake(_ entry: SiteEntry, file: String?, outputs: ArticleOutputs, page: ([UInt8]) -> [UInt8]) throws -> SearchRecord? {
        guard let file, case .success(let bytes) = ArticleLoader.readResult(file) else { return nil }
        let article = ArticleParser.parse(bytes, path: entry.path, maximumSize: maximumArticleSize)
        let rendered = try renderer.render(article, fileBytes: bytes, fileHash: SHA256.hexDigest(bytes))
        try output.write(page(rendered.body), to: outputs.page)
        try output.write(rendered.siteSearch.bytes(), to: outputs.searchRecord)
        return rendered.siteSearch
    }
}

/// The articles whose search postings a rebuild carries over from the previous build's
/// ``SiteRecord``: those it did not render again.
private struct CarriedArticles {
    /// For each article (by id), the previous build's id of it when its postings carry over, else
    /// -1 (4 bytes an article, where the record itself would take 40); empty when none carries over.
    private let carriedFrom: [Int32]
    /// The previous build's postings of those articles, at their ids in this build; the other
    /// articles have none yet.
    let postings: SearchPostings

    init(_ previous: consuming SiteRecord, entries: [SiteEntry], rendered: Set<String>) {
        var previousIDs: [String: Int] = [:]
        previousIDs.reserveCapacity(previous.articles.count)
        for (id, article) in previous.articles.enumerated() { previousIDs[article.path] = id }
        var carriedFrom = [Int32](repeating: -1, count: previous.articles.isEmpty ? 0 : entries.count)
        var ids = [Int32?](repeating: nil, count: previous.articles.count)
        for id in entries.indices where !rendered.contains(entries[id].path) {
            guard let old = previousIDs[entries[id].path] else { continue }
            carriedFrom[id] = Int32(old)
            ids[old] = Int32(id)
        }
        self.carriedFrom = carriedFrom
        postings = SearchPostings(carrying: previous.postings, ids: ids, documentCount: entries.count)
    }

    /// Whether the postings of article `id` carry over.
    func carries(_ id: Int) -> Bool {
        id < carriedFrom.count && carriedFrom[id] >= 0
    }

    /// The previous build's record of article `id` when its postings carry over; `previous`: that
    /// build's records of its articles.
    func before(_ id: Int, in previous: [SiteRecord.Article]) -> SiteRecord.Article? {
        carries(id) ? previous[Int(carriedFrom[id])] : nil
    }
}
