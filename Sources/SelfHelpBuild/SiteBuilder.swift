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
        let relativePaths = found.files.map(relativePath)
        let settings = settingsFingerprint()

        // 0. Nothing touched since the last build: done, without reading the articles.
        let stamp = BuildStamp.load(from: outDir)
        let fileSignatures = found.files.map(FileSignature.of)
        let signature = BuildStamp.inputSignature(fileSignatures, relativePaths: relativePaths, settings: settings)
        if let stamp, signature != nil, stamp.inputSignature == signature, found.errors.isEmpty, outputsExist(relativePaths, output) {
            return BuildResult(summary: stamp.summary.unchangedRebuild, diagnostics: [], failures: [])
        }

        // 1. Read every file, and hash it unless its file signature is the one the previous build
        // recorded with its hash (as for the stamp, an edit always changes the signature).
        let previous = BuildManifest.load(from: outDir)
        let previousChrome = previous == nil ? nil : PageChromeDigests.load(from: outDir) // site hook: trusted with the manifest only
        options.progress(.reading, 0, found.files.count)
        let read = ParallelMap.run(found.files, jobs: options.jobs) { path -> Result<[UInt8], ToolError> in
            do { return .success(try ArticleLoader.readBytes(path)) } catch let error as ToolError { return .failure(error) } catch {
                return .failure(ToolError(.unreadable, path: path, message: "\(error)"))
            }
        }
        var failures = found.errors
        var inputs: [(index: Int, bytes: [UInt8])] = []
        for (index, result) in read.enumerated() {
            switch result {
            case .success(let bytes): inputs.append((index, bytes))
            case .failure(let error): failures.append(error)
            }
        }
        let hashes = ParallelMap.run(inputs, jobs: options.jobs) { input -> String in
            if let signature = fileSignatures[input.index], let entry = previous?.entries[relativePaths[input.index]],
               entry.signature == signature { return entry.hash }
            return SHA256.hexDigest(input.bytes)
        }
        var fingerprintInput = "\(SelfHelpVersion.current)\n\(settings)\n"
        for (i, input) in inputs.enumerated() { fingerprintInput += "\(relativePaths[input.index])\t\(hashes[i])\n" }
        let fingerprint = SHA256.hexDigest(Array(fingerprintInput.utf8))

        // Same contents (files touched, say by a checkout): done, and the stamp remembers the new metadata.
        if var stamp, stamp.fingerprint == fingerprint, failures.isEmpty, outputsExist(relativePaths, output) {
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
            for record in [BuildStamp.path, BuildManifest.path, PageChromeDigests.path] { unlink(output.path(record)) }
            output.removeLeftoverTemporaryFiles(under: previous == nil ? "" : ".selfhelp")
        }

        // 2. Parse and validate everything: cross-article rules need the whole set.
        options.progress(.parsing, 0, inputs.count)
        let articles = ParallelMap.run(inputs, jobs: options.jobs) { input in
            ArticleParser.parse(input.bytes, path: relativePaths[input.index])
        }
        // The search index's articles and full-text tables need nothing but the parsed articles:
        // written on a thread of their own while validation and rendering run.
        try output.createFolders(for: ["kb.sqlite"])
        let searchIndex = BackgroundTask(enabled: options.jobs > 1) {
            try SearchIndexFile(KnowledgeBase(articles: articles), to: output.path("kb.sqlite"))
        }

        // Each article's cache key; an article whose key is unchanged keeps its own findings.
        let keys = ParallelMap.run(hashes, jobs: options.jobs) { SHA256.hexDigest(Array("\($0)\n\(settings)\n\(SelfHelpVersion.current)".utf8)) }
        var unchanged: [Int: BuildManifest.Entry] = [:]
        for (i, article) in articles.enumerated() {
            if let entry = previous?.entries[article.path], entry.key == keys[i] { unchanged[i] = entry }
        }

        options.progress(.validating, 0, articles.count)
        let validator = Validator(configuration: options.configuration, root: nil)
        let root = knowledgeBase
        let (diagnostics, articleFindings) = validator.validate(articles, jobs: options.jobs, fileExists: { path in
            FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent(path))
        }, known: unchanged.mapValues(\.diagnostics))
        // ── Site hook (Site/): each article's SiteEntry, made once from the article, its findings and its page.
        let site = SiteBuild(articles: articles, diagnostics: diagnostics, previous: previousChrome, output: output, jobs: options.jobs)
        // The SARIF log needs nothing but the articles and the findings: it is made on a thread of
        // its own while the articles render and the feeds are put together.
        let sarif = BackgroundTask(enabled: options.jobs > 1) {
            let sources = Dictionary(articles.map { ($0.path, $0.source) }, uniquingKeysWith: { a, _ in a })
            try output.write(SARIFReporter.renderBytes(diagnostics, source: { sources[$0] }), to: "diagnostics.sarif")
        }

        // 3. Render what changed: an article is copied from the previous feeds only when its key,
        // its outputs and its lines there are all as the previous build left them.
        let previousFeeds = previous.flatMap { PreviousFeeds($0, output) }
        var kept: [Int: (json: ArraySlice<UInt8>, chunks: ArraySlice<UInt8>)] = [:]
        var toRender: [Int] = []
        for (i, article) in articles.enumerated() {
            if let entry = unchanged[i], SiteBuilder.outputs(for: article.path).allSatisfy(output.exists),
               let lines = previousFeeds?.lines(of: entry) {
                kept[i] = lines
            } else {
                toRender.append(i)
            }
        }
        // ── Site hook: an unchanged article's search record is read back and its page gets its new
        // surroundings (findings, related articles) when they changed; one that cannot renders.
        let keptBefore = kept.keys.sorted()
        let keptSite = ParallelMap.run(keptBefore, jobs: options.jobs) { index in Result { try site.keep(index) } }
        for (index, result) in zip(keptBefore, keptSite) {
            if let (record, digest) = try result.get() { site.set(index, record: record, digest: digest) } else { kept[index] = nil; toRender.append(index) }
        }
        toRender.sort()
        let renderer = ArticleOutputRenderer(render: options.render, chunking: options.chunking)
        try output.createFolders(for: toRender.flatMap { SiteBuilder.outputs(for: articles[$0].path) }
                                 + SiteBuilder.aggregateOutputs + [BuildManifest.path])
        // Rendered and written on all cores, in batches so progress can be reported; the JSON and
        // chunk lines are kept for the aggregates below (the pages are not).
        var renderedFeeds: [Int: (json: [UInt8], chunks: [UInt8], searchChunks: [SearchChunk])] = [:]
        options.progress(.rendering, 0, toRender.count)
        let batchSize = max(64, options.jobs * 32)
        for start in stride(from: 0, to: toRender.count, by: batchSize) {
            let batch = Array(toRender[start..<min(start + batchSize, toRender.count)])
            let results = ParallelMap.run(batch, jobs: options.jobs) { index -> Result<(ArticleOutputRenderer.Rendered, SearchRecord, Int), ToolError> in
                let rendered = renderer.render(articles[index], fileBytes: inputs[index].bytes, fileHash: hashes[index])
                let outputs = SiteBuilder.outputs(for: articles[index].path)
                let page = site.page(index, body: rendered.body, sections: rendered.sections) // site hook: the page around the HTML, its search record
                do {
                    try output.write(page.page, to: outputs[0])
                    try output.write(rendered.json, to: outputs[1])
                    try output.write(page.record.bytes(), to: outputs[2])
                } catch let error as ToolError {
                    return .failure(error)
                } catch {
                    return .failure(ToolError(.writeFailed, path: output.path(outputs[0]), message: "\(error)"))
                }
                return .success((rendered, page.record, page.digest))
            }
            for (index, result) in zip(batch, results) {
                let (rendered, record, digest) = try result.get()
                site.set(index, record: record, digest: digest)
                renderedFeeds[index] = (rendered.json, rendered.chunks, rendered.searchChunks)
            }
            options.progress(.rendering, min(start + batchSize, toRender.count), toRender.count)
        }

        // 4. Remove the outputs of deleted articles, and what earlier formats kept in `.selfhelp/`.
        var removed = 0
        let currentPaths = Set(articles.map(\.path))
        for (path, entry) in previous?.entries ?? [:] where !currentPaths.contains(path) {
            entry.outputs.forEach(output.remove)
            removed += 1
        }
        if output.compareExisting {
            for former in [".selfhelp/chunks", ".selfhelp/manifest.json"] { try? FileManager.default.removeItem(atPath: output.path(former)) }
        }

        // ── Site hook: the site's other pages, its search index and media, on a thread of their own.
        let siteAggregates = BackgroundTask(enabled: options.jobs > 1) { try site.writeAggregates(knowledgeBase: root) }

        // 5. Aggregates, in path order; the manifest records where each article's lines are.
        options.progress(.indexing, 0, articles.count)
        var jsonl: [UInt8] = []
        var chunks: [UInt8] = []
        var searchChunks: [SearchChunk] = []
        var entries: [String: BuildManifest.Entry] = [:]
        jsonl.reserveCapacity((previousFeeds?.json.count ?? 0) + renderedFeeds.values.reduce(articles.count) { $0 + $1.json.count })
        chunks.reserveCapacity((previousFeeds?.chunks.count ?? 0) + renderedFeeds.values.reduce(0) { $0 + $1.chunks.count })
        let keptIndices = kept.keys.sorted()
        let keptChunks = Dictionary(uniqueKeysWithValues: zip(keptIndices, ParallelMap.run(keptIndices, jobs: options.jobs) { index in
            SearchIndexOutput.chunks(fromJSONL: Array(kept[index]?.chunks ?? []))
        }))
        for (index, article) in articles.enumerated() {
            let jsonStart = jsonl.count, chunksStart = chunks.count
            if let feeds = renderedFeeds[index] {
                jsonl += feeds.json
                chunks += feeds.chunks
                searchChunks += feeds.searchChunks
            } else if let lines = kept[index] {
                jsonl += lines.json
                chunks += lines.chunks
                searchChunks += keptChunks[index] ?? []
            }
            entries[article.path] = BuildManifest.Entry(key: keys[index], signature: fileSignatures[inputs[index].index], hash: hashes[index],
                                                        outputs: SiteBuilder.outputs(for: article.path),
                                                        json: .init(offset: jsonStart, count: jsonl.count - jsonStart),
                                                        chunks: .init(offset: chunksStart, count: chunks.count - chunksStart),
                                                        diagnostics: articleFindings[index])
            jsonl.append(0x0A)
        }
        try output.write(jsonl, to: PreviousFeeds.jsonPath)
        try output.write(chunks, to: PreviousFeeds.chunksPath)
        try searchIndex.result().finish(chunks: searchChunks)
        try siteAggregates.result()
        try sarif.result()
        output.flush()

        var summary = BuildSummary()
        summary.articles = articles.count
        summary.rendered = toRender.count
        summary.unchanged = articles.count - toRender.count
        summary.removed = removed
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: summary.errors += 1
            case .warning: summary.warnings += 1
            case .info: summary.infos += 1
            }
        }
        summary.failures = failures.count
        var feeds: [String: String] = [:]
        for path in [PreviousFeeds.jsonPath, PreviousFeeds.chunksPath] { feeds[path] = FileSignature.of(output.path(path)) }
        let manifest = BuildManifest(toolVersion: SelfHelpVersion.current, fingerprint: fingerprint, entries: entries, feeds: feeds, summary: summary)
        try output.write(manifest.bytes(), to: BuildManifest.path)
        let newStamp = BuildStamp(fingerprint: fingerprint, inputSignature: failures.isEmpty ? signature : nil, summary: summary)
        try output.write(newStamp.bytes(), to: BuildStamp.path)
        return BuildResult(summary: summary, diagnostics: diagnostics, failures: failures)
    }

    /// Whether every output of the articles at `relativePaths`, and every aggregate, exists.
    func outputsExist(_ relativePaths: [String], _ output: BuildOutput) -> Bool {
        SiteBuilder.aggregateOutputs.allSatisfy(output.exists) && relativePaths.allSatisfy { SiteBuilder.outputs(for: $0).allSatisfy(output.exists) }
    }

    /// Files every build writes besides the per-article ones.
    static let aggregateOutputs = ["articles.jsonl", "chunks.jsonl", "kb.sqlite", "diagnostics.sarif"] + SiteWriter.outputs

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
            + "overrides:\(overrides);vars:\(variables);ids:\(options.render.idPrefix);chunk:\(options.chunking.fingerprint)"
    }
}
