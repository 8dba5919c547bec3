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
        /// Parsing the articles. Not reported today: the stream parses as it renders (``rendering``).
        case parsing
        /// Running the rules. Not reported today: the stream validates as it renders (``rendering``).
        case validating
        /// Rendering the articles that changed and writing their pages and JSON.
        case rendering
        /// Writing the feeds, the site index, the SARIF log and the search index.
        case indexing
    }

    /// How to build: the rules' configuration, the rendering and chunking options, threads and
    /// a progress callback.
    public struct Options {
        /// The rules' configuration (and catalog) the articles are validated with.
        public var configuration: Configuration
        /// How the pages and JSON renderings are rendered (variables, id prefix, link rewriting).
        public var render: RenderOptions
        /// How the JSON renderings and `chunks.jsonl` cut articles into chunks.
        public var chunking: ChunkingOptions
        /// Worker threads; defaults to the number of cores.
        public var jobs: Int
        /// Called with the phase and progress (done, total), from the calling thread.
        public var progress: (Phase, Int, Int) -> Void
        /// Where to add the time of each step and rule (nil, the default: nothing is timed).
        public var timings: BuildTimings?

        /// Options with the defaults: the default configuration, article links rewritten to
        /// `.html`, the default chunking, every core and no progress reports. `jobs` below 1
        /// counts as 1.
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
        ///
        /// The result holds the findings as compact records (a build of 46,000 articles can have
        /// 120,000 findings, about 50 MB as values): each read decodes them, so read it once.
        public var diagnostics: [Diagnostic] {
            get { Array(findings) }
            set { findings = FindingList(newValue) }
        }
        /// Files that could not be read (they are skipped, and reported).
        public var failures: [ToolError]
        /// The findings, as the build holds them.
        private var findings: FindingList
        /// Whether part of the findings' records are in the build's spill file.
        var findingsSpilled: Bool { findings.hasSpilled }

        init(summary: BuildSummary, findings: FindingList, failures: [ToolError]) {
            self.summary = summary
            self.findings = findings
            self.failures = failures
        }

        /// The summary line, then each unreadable file.
        public var description: String {
            ([summary.line] + failures.map(\.description)).joined(separator: "\n")
        }
    }

    /// The knowledge-base folder the articles are read from (never written to).
    public let knowledgeBase: String
    /// The output folder; it must lie outside ``knowledgeBase``.
    public let outDir: String
    /// How to build.
    public var options: Options
    /// The bytes of findings' records a build holds in memory before it spills them to disk
    /// (``FindingRecordLog``): the default, but for tests that make a small build spill.
    var findingsSpillThreshold = FindingRecordLog.spillThreshold

    /// A builder of `knowledgeBase` into `outDir`; nothing is read or written until ``build()``.
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
        var clock = StepClock(options.timings)
        let found = try BuildInputs.find(in: knowledgeBase, jobs: options.jobs)
        let settings = settingsFingerprint()
        let signature = found.signature(settings: settings)
        clock.lap("list the knowledge base")

        // 0. Nothing touched since the last build: done, without reading the articles.
        let stamp = BuildStamp.load(from: outDir)
        let inputsUntouched = stamp != nil && signature != nil && stamp?.inputSignature == signature && found.errors.isEmpty
        // Touched inputs need the previous manifest: it is read while the outputs' folders are checked.
        let outDir = self.outDir
        let settingsDigest = Self.settingsDigest(settings), jobs = options.jobs
        let manifest = inputsUntouched ? nil : BackgroundTask(enabled: options.jobs > 1) { BuildManifest.load(from: outDir, settingsDigest: settingsDigest, jobs: jobs) }
        // Whether every article output of the last build is still there (its folders untouched since).
        let outputFolders = BuildStamp.outputFolders(found.paths)
        let outputSignature = BuildStamp.outputSignature(outputFolders, in: output)
        let outputsIntact = outputSignature != nil && stamp?.outputSignature == outputSignature
        clock.lap("check the outputs' folders")
        if let stamp, inputsUntouched, outputsIntact, outputsExist(found.paths, output, articlesIntact: outputsIntact) {
            return BuildResult(summary: stamp.summary.unchangedRebuild, findings: FindingList(), failures: [])
        }

        // 1. Hash the files whose contents may have changed.
        let previous = try manifest?.result() ?? BuildManifest.load(from: outDir, settingsDigest: settingsDigest, jobs: options.jobs)
        // The site's records are trusted with the manifest only.
        let previousAggregates = previous == nil ? nil : AggregateDigests.load(from: outDir)
        clock.lap("read the previous build's records")
        options.progress(.reading, 0, found.files.count)
        let (inputs, hashFailures) = found.hashed(previous: previous, readingChanged: stamp != nil, jobs: options.jobs)
        clock.lap("hash the files that may have changed")
        var failures = found.errors + hashFailures

        // Same contents (files touched, say by a checkout): done, and the stamp remembers the new metadata.
        let known = inputs.compactMap { input in input.hash.map { (input.path, $0) } }
        let knownFingerprint = stamp != nil && known.count == inputs.count ? fingerprint(known, settings: settings) : nil
        if var stamp, let knownFingerprint, stamp.fingerprint == knownFingerprint, failures.isEmpty,
           outputsExist(found.paths, output, articlesIntact: outputsIntact) {
            stamp.inputSignature = signature
            stamp.outputSignature = outputSignature
            // The stamp only saves the next build the hashing: if it cannot be refreshed, that
            // build hashes the files again and comes here once more.
            _ = try? output.write(stamp.bytes(), to: BuildFile.stamp.path)
            return BuildResult(summary: stamp.summary.unchangedRebuild, findings: FindingList(), failures: [])
        }
        try prepare(&output, outputFolders: outputFolders, outputsIntact: outputsIntact, previous: previous)
        clock.lap("prepare the output folder")

        // The previous site record (the search postings) is read while the articles stream.
        let trusted = previous != nil
        let previousSite = BackgroundTask(enabled: options.jobs > 1) { trusted ? SiteRecord.load(from: outDir) : nil }

        // 2. Stream the articles: render what changed, copy the rest from the previous outputs.
        // What found the inputs is not needed past here (tens of thousands of paths and signatures
        // at scale): freed on another thread, and the stream lets go of each input it is done with.
        releaseInBackground(consume found)
        var streamed = try streamArticles(consume inputs, previous: previous, outputsIntact: outputsIntact, output: output, settings: settings)
        failures += streamed.outcome.failures
        // The record of the inputs the next build starts from; every path and hash goes after it.
        let inputFingerprint = fingerprint(streamed.outcome.hashes, settings: settings, known: knownFingerprint.map { (known, $0) })
        streamed.outcome.hashes = []
        clock.lap("stream the articles: read, parse, check, render, write")

        // 3. Cross-article findings from the facts, then the aggregates made from facts alone: the
        // site on a thread of its own while the SARIF log and the manifest are written.
        let diagnostics = crossArticleFindings(&streamed)
        clock.lap("cross-article rules")
        // The previous manifest's entries (hundreds of thousands of strings at scale) are freed on
        // another thread, not in the way of the site.
        releaseInBackground(consume previous)
        // The facts go to the site, which lets go of them once it has its entries: they are not
        // held while the pages, the listings, the search index and the SARIF log are written.
        let articleCount = streamed.outcome.facts.count
        let facts = streamed.outcome.facts
        streamed.outcome.facts = []
        // What the facts share goes with them.
        streamed.outcome.interner = FactsInterner()
        let siteWriter = try startSite(consume facts, outcome: streamed.outcome, diagnostics: diagnostics, output: output, outputsIntact: outputsIntact,
                                       previousSite: try previousSite.result(), previousAggregates: previousAggregates)
        clock.lap("the pages' surroundings (cross-article findings, related articles)")
        let sarif = try writeSARIF(diagnostics, output: output, previous: previousAggregates)
        clock.lap("SARIF log")
        var summary = BuildSummary(counting: diagnostics.counts)
        summary.articles = articleCount
        summary.rendered = streamed.outcome.rendered.count
        summary.unchanged = articleCount - streamed.outcome.rendered.count
        summary.removed = streamed.removed
        summary.failures = failures.count

        // 4. The records the next build starts from.
        try writeRecords(streamed, summary: summary, siteWriter: siteWriter, sarif: sarif, fingerprint: inputFingerprint,
                         inputSignature: failures.isEmpty ? signature : nil, outputFolders: outputFolders, output: output, clock: &clock)
        releaseInBackground(streamed)
        return BuildResult(summary: summary, findings: diagnostics, failures: failures)
    }

    /// Writes the records the next build starts from: the manifest is written while the site is,
    /// and put in place once every output is (the site's, the aggregates' digests); the stamp last.
    private func writeRecords(_ streamed: StreamedArticles, summary: BuildSummary, siteWriter: BackgroundTask<AggregateDigests>,
                              sarif: AggregateDigests.Output?, fingerprint: String, inputSignature: String?, outputFolders: [String],
                              output: BuildOutput, clock: inout StepClock) throws {
        try streamed.feeds.result()
        var feedSignatures: [String: String] = [:]
        for file in Feed.allCases.map(\.file) + [BuildFile.searchIndex] { feedSignatures[file.path] = FileSignature.of(output.path(file.path)) }
        let manifestFile = try streamed.manifest.finish(toolVersion: SelfHelpVersion.current, fingerprint: fingerprint, summary: summary,
                                                        feeds: feedSignatures)
        clock.lap("feeds and manifest")
        var aggregates = try siteWriter.result()
        clock.lap("wait for the site")
        aggregates.outputs[AggregateDigests.sarif] = sarif
        try output.write(aggregates.bytes(), to: BuildFile.aggregateDigests.path)
        output.flush()
        try manifestFile.finish()
        let newStamp = BuildStamp(fingerprint: fingerprint, inputSignature: inputSignature,
                                  outputSignature: BuildStamp.outputSignature(outputFolders, in: output), summary: summary)
        try output.write(newStamp.bytes(), to: BuildFile.stamp.path)
        clock.lap("records in place")
    }

    /// Whether every output of the articles at `relativePaths`, and every aggregate, exists; the
    /// articles' are taken as there when `articlesIntact` (the stamp's signature of their folders holds).
    func outputsExist(_ relativePaths: [String], _ output: BuildOutput, articlesIntact: Bool) -> Bool {
        BuildFile.aggregates.allSatisfy { output.exists($0.path) }
            && (articlesIntact || relativePaths.allSatisfy { ArticleOutputs(articlePath: $0).all.allSatisfy(output.exists) })
    }
}
