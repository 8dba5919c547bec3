import SelfHelpKit
import SelfHelpSearch
import Foundation

/// Builds a knowledge base into a folder of outputs: validated, rendered, indexed.
///
/// Writes into `outDir`: `articles/<path>.html` (standalone pages) and `articles/<path>.json`
/// (the JSON rendering), `index.html`, `articles.jsonl`, `chunks.jsonl`, `kb.sqlite`,
/// `diagnostics.sarif`, and `.selfhelp/` (the cache manifest and stamp).
///
/// Incremental: an article is rendered again only when its bytes, the tool version or the
/// configuration changed; when no input changed at all, nothing is read beyond the files'
/// bytes. Deterministic: the same input gives byte-identical outputs. Atomic: every file is
/// written to a temporary file and renamed. It never writes into the knowledge-base folder.
public struct SiteBuilder {
    /// What a build is doing, for progress reports.
    public enum Phase: String, Sendable {
        /// Reading and hashing the article files.
        case reading
        case parsing
        case validating
        /// Rendering the articles that changed and writing their pages and JSON.
        case rendering
        /// Writing the feeds, the site index, the SARIF log and the search index.
        case indexing
    }

    public struct Options {
        public var configuration: Configuration
        public var render: RenderOptions
        /// How the JSON renderings and `chunks.jsonl` cut articles into chunks.
        public var chunking: ChunkingOptions
        /// Worker threads; defaults to the number of cores.
        public var jobs: Int
        /// Called with the phase and progress (done, total), from the calling thread.
        public var progress: (Phase, Int, Int) -> Void

        public init(configuration: Configuration = Configuration(), render: RenderOptions = RenderOptions(rewriteArticleLinks: true),
                    chunking: ChunkingOptions = ChunkingOptions(), jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                    progress: @escaping (Phase, Int, Int) -> Void = { _, _, _ in }) {
            self.configuration = configuration
            self.render = render
            self.chunking = chunking
            self.jobs = max(1, jobs)
            self.progress = progress
        }
    }

    /// What a build produced.
    public struct BuildResult: CustomStringConvertible {
        /// The counts `selfhelp build` prints.
        public var summary: BuildSummary
        /// Every finding of the build, in report order (empty for a rebuild that found nothing
        /// changed: the previous findings are in `diagnostics.sarif`).
        public var diagnostics: [Diagnostic]
        /// Files that could not be read (they are skipped, and reported).
        public var failures: [ToolError]

        /// The summary line, then each unreadable file.
        public var description: String {
            ([summary.line] + failures.map(\.description)).joined(separator: "\n")
        }
    }

    public let knowledgeBase: String
    public let outDir: String
    public var options: Options

    public init(knowledgeBase: String, outDir: String, options: Options = Options()) {
        self.knowledgeBase = knowledgeBase
        self.outDir = outDir
        self.options = options
    }

    /// Runs the build.
    ///
    /// - Throws: ``ToolError`` when the knowledge-base folder is missing or holds no article,
    ///   when the output folder is the knowledge base or inside it (`usage`: a build would write
    ///   into its own input), or when an output cannot be written. Unreadable articles do not
    ///   throw: they are in ``BuildResult/failures``.
    public func build() throws -> BuildResult {
        if let problem = OutputPlacement.problem(output: outDir, knowledgeBase: knowledgeBase) { throw problem }
        var output = BuildOutput(root: outDir)
        let found = ArticleLoader.articleFiles(in: [knowledgeBase])
        if found.files.isEmpty, let missing = found.errors.first(where: { $0.kind == .notFound }) { throw missing }
        let files = found.files.map { (file: $0, path: relativePath($0)) }.sorted { $0.path < $1.path }
        let relativePaths = files.map(\.path)
        let settings = settingsFingerprint()

        // 0. Nothing touched since the last build: done, without reading the articles.
        let stamp = BuildStamp.load(from: outDir)
        let fileSignatures = files.map { FileSignature.of($0.file) }
        let signature = BuildStamp.inputSignature(fileSignatures, relativePaths: relativePaths, settings: settings)
        if let stamp, signature != nil, stamp.inputSignature == signature, found.errors.isEmpty, outputsExist(relativePaths, output) {
            return BuildResult(summary: stamp.summary.unchangedRebuild, diagnostics: [], failures: [])
        }

        // 1. Hash every file whose file signature is not the one the previous build recorded with
        // its hash (as for the stamp, an edit always changes the signature), to find out whether
        // the contents changed at all; with no stamp to compare with, hashing waits for step 2.
        let previous = BuildManifest.load(from: outDir)
        // The site's page digests are trusted with the manifest only.
        let previousChrome = previous == nil ? nil : PageChromeDigests.load(from: outDir)
        let previousAggregates = previous == nil ? nil : AggregateDigests.load(from: outDir)
        options.progress(.reading, 0, files.count)
        let hashes = ParallelMap.run(Array(files.indices), jobs: options.jobs) { i -> Result<String?, ToolError> in
            if let signature = fileSignatures[i], let entry = previous?.entries[relativePaths[i]], entry.signature == signature {
                return .success(entry.hash)
            }
            guard stamp != nil else { return .success(nil) }
            return ArticleLoader.readResult(files[i].file).map { SHA256.hexDigest($0) }
        }
        var failures = found.errors
        var inputs: [ArticleStream.Input] = []
        for (i, hash) in hashes.enumerated() {
            switch hash {
            case .success(let hash): inputs.append(.init(file: files[i].file, path: relativePaths[i], signature: fileSignatures[i], hash: hash))
            case .failure(let error): failures.append(error)
            }
        }

        // Same contents (files touched, say by a checkout): done, and the stamp remembers the new metadata.
        let known = inputs.compactMap { input in input.hash.map { (input.path, $0) } }
        if var stamp, known.count == inputs.count, stamp.fingerprint == fingerprint(known, settings: settings), failures.isEmpty,
           outputsExist(relativePaths, output) {
            stamp.inputSignature = signature
            // The stamp only saves the next build the hashing: if it cannot be refreshed, that
            // build hashes the files again and comes here once more.
            _ = try? output.write(stamp.bytes(), to: BuildStamp.path)
            return BuildResult(summary: stamp.summary.unchangedRebuild, diagnostics: [], failures: [])
        }

        output.compareExisting = previous != nil || FileManager.default.fileExists(atPath: outDir)
        if output.compareExisting {
            // From here on the outputs change: the old manifest and stamp go first, so a build
            // interrupted now is never taken for the previous one (undoing an edit would bring
            // back the old fingerprint), and whatever an interrupted build left half-done goes too.
            // A build that wrote its manifest finished every output, so only a missing manifest
            // can mean temporary files among the outputs; the records' own are in `.selfhelp/`.
            for record in [BuildStamp.path, BuildManifest.path, PageChromeDigests.path, AggregateDigests.path] { unlink(output.path(record)) }
            output.removeLeftoverTemporaryFiles(under: previous == nil ? "" : ".selfhelp")
        }
        try output.createFolders(for: inputs.flatMap { SiteBuilder.outputs(for: $0.path) } + SiteBuilder.aggregateOutputs + [BuildManifest.path])

        // 2. Stream the articles: render what changed, copy the rest from the previous outputs.
        let streamed = try streamArticles(inputs, previous: previous, output: output, settings: settings)
        failures += streamed.outcome.failures

        // 3. Cross-article findings from the facts, then the aggregates made from facts alone.
        options.progress(.indexing, 0, streamed.outcome.facts.count)
        let root = knowledgeBase
        let diagnostics = streamed.validator.diagnostics(streamed.outcome.facts,
                                                         fileExists: LinkTargets.exist(articles: Set(streamed.outcome.entries.keys), below: root))
        let facts = streamed.outcome.facts
        // The site: each article page gets its surroundings, then the other pages, the search
        // index and the media, on a thread of their own while the SARIF log is written.
        let site = try SitePass(output: output, knowledgeBase: knowledgeBase, renderer: ArticleOutputRenderer(render: options.render, chunking: options.chunking),
                                maximumArticleSize: options.configuration.maximumArticleSize, jobs: options.jobs)
            .run(facts: facts, diagnostics: diagnostics, rendered: streamed.outcome.rendered, files: Dictionary(inputs.map { ($0.path, $0.file) }, uniquingKeysWith: { a, _ in a }),
                 previous: previousChrome)
        let siteWriter = BackgroundTask(enabled: options.jobs > 1) {
            let aggregates = try SiteWriter(knowledgeBase: root, output: output)
                .write(site.entries, records: site.records, aggregates: previousAggregates ?? AggregateDigests())
            try output.write(site.digests.bytes(), to: PageChromeDigests.path)
            return aggregates
        }
        let sarif = try writeSARIF(diagnostics, output: output, previous: previousAggregates)

        var summary = BuildSummary(counting: diagnostics)
        summary.articles = facts.count
        summary.rendered = streamed.outcome.rendered.count
        summary.unchanged = facts.count - streamed.outcome.rendered.count
        summary.removed = streamed.removed
        summary.failures = failures.count
        var records: [String: String] = [:]
        for path in Feed.allCases.map(\.rawValue) + [SiteBuilder.searchIndex] { records[path] = FileSignature.of(output.path(path)) }
        let inputFingerprint = fingerprint(streamed.outcome.entries.map { ($0.key, $0.value.hash) }.sorted { $0.0 < $1.0 }, settings: settings)
        let manifest = BuildManifest(toolVersion: SelfHelpVersion.current, fingerprint: inputFingerprint, entries: streamed.outcome.entries,
                                     feeds: records, summary: summary)
        // The manifest is written while the site is, and put in place once every output is.
        let manifestFile = try StreamingFile(output.path(BuildManifest.path))
        try manifest.write { try manifestFile.append($0) }
        var aggregates = try siteWriter.result()
        aggregates.outputs[AggregateDigests.sarif] = sarif
        try output.write(aggregates.bytes(), to: AggregateDigests.path)
        output.flush()
        try manifestFile.finish()
        let newStamp = BuildStamp(fingerprint: inputFingerprint, inputSignature: failures.isEmpty ? signature : nil, summary: summary)
        try output.write(newStamp.bytes(), to: BuildStamp.path)
        return BuildResult(summary: summary, diagnostics: diagnostics, failures: failures)
    }

    /// Writes the SARIF log of `diagnostics`, unless the previous build wrote the same one and it
    /// is untouched; returns the log's digest and signature.
    private func writeSARIF(_ diagnostics: [Diagnostic], output: BuildOutput, previous: AggregateDigests?) throws -> AggregateDigests.Output? {
        let digest = AggregateDigests.sarifDigest(diagnostics)
        if let previous, previous.isCurrent(AggregateDigests.sarif, digest: digest, in: output) {
            return previous.outputs[AggregateDigests.sarif]
        }
        let sarif = try StreamingFile(output.path(SiteBuilder.sarifLog))
        try SARIFReporter.write(diagnostics) { try sarif.append($0) }
        try sarif.finish()
        return AggregateDigests.Output(digest: digest, writing: [SiteBuilder.sarifLog], in: output)
    }

    /// Runs the article stream into new feeds and the search index (updated in place when the
    /// previous build's is intact), then removes what deleted articles left.
    private func streamArticles(_ inputs: [ArticleStream.Input], previous: BuildManifest?, output: BuildOutput,
                                settings: String) throws -> (outcome: ArticleStream.Outcome, removed: Int, validator: Validator) {
        let searchIntact = previous.map { FileSignature.of(output.path(SiteBuilder.searchIndex)) == $0.feeds[SiteBuilder.searchIndex] } ?? false
        let search = try SearchIndexFile(at: output.path(SiteBuilder.searchIndex), update: searchIntact)
        var previousFeeds: (articles: FeedReader, chunks: FeedReader)?
        if let previous, let articles = FeedReader(output.path(Feed.articles.rawValue), recorded: previous.feeds[Feed.articles.rawValue]),
           let chunks = FeedReader(output.path(Feed.chunks.rawValue), recorded: previous.feeds[Feed.chunks.rawValue]) {
            previousFeeds = (articles, chunks)
        }
        let feeds = (articles: try StreamingFile(output.path(Feed.articles.rawValue)), chunks: try StreamingFile(output.path(Feed.chunks.rawValue)))
        let validator = Validator(configuration: options.configuration, root: nil)
        let stream = ArticleStream(output: output, validator: validator, renderer: ArticleOutputRenderer(render: options.render, chunking: options.chunking),
                                   settings: settings, jobs: options.jobs, previous: previous, previousFeeds: previousFeeds)
        options.progress(.rendering, 0, inputs.count)
        let outcome = try stream.run(inputs, feeds: feeds, search: search) { options.progress(.rendering, $0, inputs.count) }

        // Deleted articles (and files that can no longer be read): their outputs and rows go.
        let removed = (previous?.entries ?? [:]).filter { outcome.entries[$0.key] == nil }
        for entry in removed.values { entry.outputs.forEach(output.remove) }
        try search.remove(paths: removed.keys.sorted())
        if output.compareExisting {
            for former in [".selfhelp/chunks", ".selfhelp/manifest.json"] { try? FileManager.default.removeItem(atPath: output.path(former)) }
        }
        try feeds.articles.finish()
        try feeds.chunks.finish()
        try search.finish()
        return (outcome, removed.count, validator)
    }

    /// Whether every output of the articles at `relativePaths`, and every aggregate, exists.
    func outputsExist(_ relativePaths: [String], _ output: BuildOutput) -> Bool {
        SiteBuilder.aggregateOutputs.allSatisfy(output.exists) && relativePaths.allSatisfy { SiteBuilder.outputs(for: $0).allSatisfy(output.exists) }
    }

    static let searchIndex = "kb.sqlite"
    static let sarifLog = "diagnostics.sarif"
    /// Files every build writes besides the per-article ones (and the site's listing pages and search shards).
    static let aggregateOutputs = Feed.allCases.map(\.rawValue) + [searchIndex, sarifLog] + SiteWriter.outputs

    /// The fingerprint of a build's inputs: every article's path and hash (in path order), the
    /// settings and the tool version.
    func fingerprint(_ hashes: [(path: String, hash: String)], settings: String) -> String {
        var text = "\(SelfHelpVersion.current)\n\(settings)\n"
        for (path, hash) in hashes { text += "\(path)\t\(hash)\n" }
        return SHA256.hexDigest(Array(text.utf8))
    }

    /// An article's cache key: its bytes' hash, the settings and the tool version.
    static func cacheKey(hash: String, settings: String) -> String {
        SHA256.hexDigest(Array("\(hash)\n\(settings)\n\(SelfHelpVersion.current)".utf8))
    }

    /// An article's outputs: page, JSON rendering, and the site search's record of it.
    static func outputs(for relativePath: String) -> [String] {
        let stem = relativePath.hasSuffix(".md") ? String(relativePath.dropLast(3)) : relativePath
        return ["articles/\(stem).html", "articles/\(stem).json", ".selfhelp/search/\(stem).record"]
    }

    func relativePath(_ path: String) -> String {
        let prefix = knowledgeBase.hasSuffix("/") ? knowledgeBase : knowledgeBase + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Everything about the settings that changes outputs.
    func settingsFingerprint() -> String {
        let configuration = options.configuration
        let rules = configuration.rules.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        let overrides = configuration.overrides.map { "\($0.patterns)\($0.rules.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })" }
        let variables = options.render.variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        return "rules:\(rules);services:\(configuration.extraServices.sorted());keys:\(configuration.extraKeys.sorted());"
            + "catalog:\(configuration.catalog?.fingerprint ?? "");names:\(configuration.productNames.sorted { $0.key < $1.key });words:\(configuration.words.sorted());"
            + "overrides:\(overrides);vars:\(variables);ids:\(options.render.idPrefix);chunk:\(options.chunking.fingerprint)"
    }
}
