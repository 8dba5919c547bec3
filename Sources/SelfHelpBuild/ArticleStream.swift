import SelfHelpKit
import SelfHelpSearch
import Foundation

/// The streaming part of a build: articles flow in path order, in bounded batches on all cores,
/// through read → parse → article rules → render → write. Each parsed article is dropped once
/// its page and JSON are written; what stays is its ``ArticleFacts``, its lines in the feeds
/// (streamed to disk) and its rows in the search index (sent to SQLite as the batch ends).
///
/// An article whose cache key is the previous build's, whose outputs exist and whose lines the
/// previous feeds still hold is not read at all: its facts come from the build records, its
/// lines are copied from the previous feeds, and its rows stay in the search index.
struct ArticleStream {
    /// One article file of the build, in path order.
    struct Input: Sendable {
        /// The file on disk, and its path below the knowledge base (the name it is parsed with).
        var file: String
        var path: String
        var signature: String?
        /// The SHA-256 of its bytes, from the first pass (read, or recorded for an untouched file);
        /// nil when the first pass did not need it (no previous build to compare with).
        var hash: String?
    }

    /// What the stream leaves for the aggregates (each article's manifest entry went to the
    /// ``ManifestWriter`` as it came).
    struct Outcome {
        /// Every article's facts, in path order, without their findings (those are in ``findings``,
        /// so that a knowledge base's findings are in memory once).
        var facts: [ArticleFacts] = []
        /// Every article's own findings, article after article (each article's in report order),
        /// as records: a finding's values take about three times the memory.
        var findings = FindingList()
        /// Each article's path and content hash, in path order.
        var hashes: [(path: String, hash: String)] = []
        /// The paths of the articles rendered (the others were copied).
        var rendered: Set<String> = []
        var failures: [ToolError] = []
        /// Shares the values the facts repeat among them (held as long as the facts are).
        var interner = FactsInterner()
    }

    let output: BuildOutput
    let validator: Validator
    let renderer: ArticleOutputRenderer
    /// ``SiteBuilder/settingsDigest(_:)`` of the build's settings.
    let settingsDigest: String
    let jobs: Int
    let previous: BuildManifest?
    /// Whether the previous build ran under this build's settings (its entries' cache keys say
    /// so; a build makes all its entries under one): then an entry whose hash is the article's is
    /// current, without working its key out again.
    let previousSettingsMatch: Bool
    /// The previous feeds, when they can be copied from (nil: every article renders). An unchanged
    /// article's lines are copied from them as the stream reaches it, consecutive ones at once.
    let previousFeeds: (articles: FeedReader, chunks: FeedReader)?
    /// Whether every output of the previous build's articles is known to exist (the stamp's
    /// signature of their folders holds): then an unchanged article's outputs are not looked at one by one.
    let previousOutputsIntact: Bool
    /// The bytes of findings' records the stream's list holds in memory before it spills them to
    /// a file in the output's `.selfhelp/` (``FindingList/init(spillingTo:threshold:)``).
    var findingsSpillThreshold = FindingRecordLog.spillThreshold

    private enum Produced {
        case kept(BuildManifest.Entry)
        case rendered(ArticleFacts, hash: String, key: String, ArticleOutputRenderer.Rendered)
        case failed(ToolError)
    }

    /// Streams `inputs` (in path order) into the feeds and the search index, letting go of each
    /// batch's inputs as it takes them (their paths and signatures are tens of megabytes at scale).
    func run(_ inputs: consuming [Input], feeds: (articles: StreamingFile, chunks: StreamingFile), search: SearchIndexFile, manifest: ManifestWriter,
             progress: (Int) -> Void) throws -> Outcome {
        var outcome = Outcome()
        outcome.facts.reserveCapacity(inputs.count)
        outcome.hashes.reserveCapacity(inputs.count)
        // Tens of megabytes of records at scale: kept on disk, beside the build's other records.
        outcome.findings = FindingList(spillingTo: output.path(BuildFolder.records.path), threshold: findingsSpillThreshold)
        // The search index takes each batch's rows, and the manifest its entries, on threads of
        // their own while the next batch renders.
        let indexing = SerialWork(), recording = SerialWork()
        let batchSize = max(64, jobs * 32)
        for start in stride(from: 0, to: inputs.count, by: batchSize) {
            let range = start..<min(start + batchSize, inputs.count)
            let batch = Array(inputs[range])
            for index in range { inputs[index] = Input(file: "", path: "") }
            let produced = ParallelMap.run(batch, jobs: jobs) { input in produce(input, reuse: !search.isNew) }
            var records: [SearchRows] = []
            var entries: [(BuildManifest.Entry, path: String)] = []
            for (input, item) in zip(batch, produced) {
                switch item {
                case .kept(var entry):
                    guard let previousFeeds else { continue }
                    entry.json.offset = try feeds.articles.copy(entry.json, from: previousFeeds.articles)
                    entry.chunks.offset = try feeds.chunks.copy(entry.chunks, from: previousFeeds.chunks)
                    entry.signature = input.signature
                    outcome.add(entry, path: input.path)
                    entries.append((entry, input.path))
                case .rendered(var facts, let hash, let key, let rendered):
                    // A kept entry's facts were interned as the previous manifest was read.
                    outcome.interner.intern(&facts)
                    let findings = FindingRecords(facts.findings)
                    facts.findings = []
                    let json = try feeds.articles.append(rendered.json)
                    try feeds.articles.append(CollectionOfOne(0x0A))
                    let chunks = try feeds.chunks.append(rendered.chunks)
                    records.append(rendered.search)
                    let entry = BuildManifest.Entry(
                        key: key, signature: input.signature, hash: hash,
                        json: .init(offset: json, count: rendered.json.count + 1), chunks: .init(offset: chunks, count: rendered.chunks.count),
                        facts: facts, findings: findings)
                    outcome.add(entry, path: input.path)
                    entries.append((entry, input.path))
                    outcome.rendered.insert(input.path)
                case .failed(let error):
                    // An article that cannot be read is skipped and reported; an output that
                    // cannot be written ends the build.
                    if error.kind == .writeFailed { throw error }
                    outcome.failures.append(error)
                }
            }
            indexing.add { try search.replace(records) }
            recording.add { for (entry, path) in entries { try manifest.add(entry, path: path) } }
            progress(min(start + batchSize, inputs.count))
        }
        try indexing.finish()
        try recording.finish()
        return outcome
    }

    /// One article's part of the build, on a worker thread.
    private func produce(_ input: Input, reuse: Bool) -> Produced {
        if reuse, previousSettingsMatch, let hash = input.hash, let entry = previous?.entries[input.path], entry.hash == hash,
           previousOutputsIntact || entry.outputs.allSatisfy(output.exists), let feeds = previousFeeds,
           feeds.articles.holdsLines(entry.json), feeds.chunks.holdsLines(entry.chunks) {
            return .kept(entry)
        }
        let bytes: [UInt8]
        switch ArticleLoader.readResult(input.file) {
        case .success(let read): bytes = read
        case .failure(let error): return .failed(error)
        }
        // Hashed again: the file may have changed since the first pass, and the outputs must
        // match the bytes they were made from.
        let hash = SHA256.hexDigest(bytes)
        let article = validator.parse(bytes, path: input.path)
        let facts = validator.facts(of: article, contentHash: hash)
        if bytes.count >= FreedMemory.largeArticle { FreedMemory.release() }
        let outputs = ArticleOutputs(articlePath: input.path)
        let rendered: ArticleOutputRenderer.Rendered
        do {
            // The page's final surroundings (cross-article findings, related articles) need every
            // article's facts: ``SitePass`` splices them in once the stream is done. Until then the
            // page is whole, with the surroundings the article alone gives. It is written, and its
            // HTML dropped, before the JSON rendering is made (a large article's HTML and JSON are
            // each several times its size).
            // A large page goes to its file as it is made (``SpillingOutput``).
            let entry = SiteEntry(facts: facts, findings: SeverityCounts(facts.findings))
            let page = SpillingOutput(file: output.path(outputs.page))
            var pageBytes: [UInt8] = []
            ArticlePage.write(entry, findings: facts.findings, related: [], body: { renderer.body(of: article) }, into: &pageBytes, spill: page.spill)
            if case .bytes(let bytes) = try page.finish(pageBytes) { try output.write(bytes, to: outputs.page) }
            // A large rendering is written to its file as it is made (the feed copies it from there).
            rendered = try renderer.render(article, fileBytes: bytes, fileHash: hash, withBody: false, jsonFile: output.path(outputs.json))
            if case .bytes(let json) = rendered.json { try output.write(json, to: outputs.json) }
            try output.write(rendered.siteSearch.bytes(), to: outputs.searchRecord)
        } catch {
            return .failed(ToolError(wrapping: error, .writeFailed, path: output.path(outputs.page)))
        }
        return .rendered(facts, hash: hash, key: SiteBuilder.cacheKey(hash: hash, settingsDigest: settingsDigest), rendered)
    }
}

extension ArticleStream.Outcome {
    /// Takes in the entry of the article at `path` (which goes to the manifest whole): its facts, findings and hash.
    mutating func add(_ entry: BuildManifest.Entry, path: String) {
        let facts = entry.facts
        findings.append(entry.findings, file: path)
        // The hash is the facts' own (one string, not two), unless the entry says otherwise.
        hashes.append((facts.path, facts.contentHash == entry.hash ? facts.contentHash : entry.hash))
        self.facts.append(facts)
    }
}

extension StreamingFile {
    /// Appends an output the build made first (an article's JSON rendering, its chunk lines),
    /// from its file when it was written to one (``SpillingOutput``); returns where it starts.
    func append(_ written: SpillingOutput.Written) throws -> Int {
        let start = count
        switch written {
        case .bytes(let bytes): try append(bytes)
        case .file(let path, let length): try append(fileAt: path, count: length)
        case .scratch(let file):
            try append(contentsOf: file)
            file.discard()
        }
        return start
    }
}
