import SelfHelpKit
import Foundation

/// The site's part of a build once the articles have streamed by and every finding is known:
/// each article page gets its surroundings (header, metadata, findings, related articles) around
/// the body the stream wrote, and the site's other pages get their inputs (``SiteEntry`` values and
/// the search records).
///
/// An article that was not rendered again keeps its page untouched when what its surroundings
/// show did not change (``PageChromeDigests``); otherwise its body is kept and new surroundings are
/// spliced around it. A page or record that is not in the expected shape is made again from the
/// article file.
struct SitePass {
    let output: BuildOutput
    let knowledgeBase: String
    let renderer: ArticleOutputRenderer
    let maximumArticleSize: Int
    let jobs: Int

    /// What the site's other pages are made from.
    struct Site {
        var entries: [SiteEntry]
        /// The search records' postings (the result documents are written already).
        var postings: SearchPostings
        /// Each result document's digest, by id, for the next build.
        var documents: [Int]
        var digests: PageChromeDigests
    }

    /// Articles whose search records are in memory at once: each batch's go into the postings.
    static let batchSize = 1_024

    /// - Parameters:
    ///   - facts: every article's facts, in path order.
    ///   - diagnostics: every finding, in report order.
    ///   - rendered: the articles the stream rendered in this build (their pages have no surroundings yet).
    ///   - files: each article's file on disk, by path.
    ///   - previous: the page digests of the previous build.
    ///   - previousDocuments: the previous build's result document digests, by id.
    func run(facts: [ArticleFacts], diagnostics: [Diagnostic], rendered: Set<String>, files: [String: String],
             previous: PageChromeDigests?, previousDocuments: [Int]) throws -> Site {
        let entries = SitePages.entries(facts, diagnostics)
        let findings = SiteEntry.findingsByFile(diagnostics)
        let related = RelatedArticles(entries)
        let search = SearchIndexWriter(output: output)
        try output.createFolders(for: ["\(SearchIndexWriter.folder)/d/x"])
        var site = Site(entries: entries, postings: SearchPostings(), documents: [], digests: PageChromeDigests())
        for start in stride(from: 0, to: entries.count, by: Self.batchSize) {
            let batch = Array(start..<min(start + Self.batchSize, entries.count))
            let results = ParallelMap.run(batch, jobs: jobs) { index -> Result<(chrome: Int, record: SearchRecord?, document: Int), ToolError> in
                let entry = entries[index]
                let found = Array(findings[entry.path] ?? [])
                let neighbours = related.related(to: index, in: entries).map { entries[$0] }
                return page(entry, findings: found, related: neighbours, rendered: rendered.contains(entry.path), file: files[entry.path],
                            previous: previous).flatMap { made in
                    Result { try search.writeDocument(entry, made.record, id: index, previous: previousDocuments) }
                        .map { (chrome: made.chrome, record: made.record, document: $0) }
                        .mapError { ToolError(wrapping: $0, .writeFailed, path: output.path("\(SearchIndexWriter.folder)/d/\(index).json")) }
                }
            }
            for (index, result) in zip(batch, results) {
                let (chrome, record, document) = try result.get()
                site.postings.add(record)
                site.documents.append(document)
                site.digests.digests[entries[index].path] = chrome
            }
        }
        return site
    }

    /// Gives the page of `entry` its surroundings; returns their digest and the article's search
    /// record. A page whose surroundings did not change is left as it is.
    private func page(_ entry: SiteEntry, findings found: [Diagnostic], related neighbours: [SiteEntry], rendered: Bool, file: String?,
                      previous: PageChromeDigests?) -> Result<(chrome: Int, record: SearchRecord?), ToolError> {
        let digest = PageChromeDigests.digest(entry, findings: found, related: neighbours)
        let outputs = ArticleOutputs(articlePath: entry.path)
        let record = output.read(outputs.searchRecord).flatMap(SearchRecord.init(bytes:))
        if !rendered, record != nil, previous?.digests[entry.path] == digest { return .success((digest, record)) }
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
        let rendered = renderer.render(article, fileBytes: bytes, fileHash: SHA256.hexDigest(bytes))
        try output.write(page(rendered.body), to: outputs.page)
        try output.write(rendered.siteSearch.bytes(), to: outputs.searchRecord)
        return rendered.siteSearch
    }
}
