import SelfHelpKit
import SelfHelpSearch
import Foundation

extension SiteBuilder {
    /// Readies the output folder for a build that changes it: drops the previous build's records
    /// and leftovers, and creates every output's folder.
    func prepare(_ output: inout BuildOutput, for inputs: [ArticleStream.Input], previous: BuildManifest?) throws {
        output.compareExisting = previous != nil || FileManager.default.fileExists(atPath: outDir)
        if output.compareExisting {
            // From here on the outputs change: the old manifest and stamp go first, so a build
            // interrupted now is never taken for the previous one (undoing an edit would bring
            // back the old fingerprint), and whatever an interrupted build left half-done goes too.
            // A build that wrote its manifest finished every output, so only a missing manifest
            // can mean temporary files among the outputs; the records' own are in `.selfhelp/`.
            for record in [BuildFile.stamp, .manifest, .pageChromeDigests, .aggregateDigests] { unlink(output.path(record.path)) }
            output.removeLeftoverTemporaryFiles(under: previous == nil ? "" : BuildFolder.records.path)
        }
        try output.createFolders(for: inputs.flatMap { ArticleOutputs(articlePath: $0.path).all } + BuildFile.aggregates.map(\.path)
                                 + [BuildFile.manifest.path])
    }

    /// Runs the article stream into new feeds and the search index (updated in place when the
    /// previous build's is intact), then removes what deleted articles left.
    func streamArticles(_ inputs: [ArticleStream.Input], previous: BuildManifest?, output: BuildOutput,
                        settings: String) throws -> (outcome: ArticleStream.Outcome, removed: Int, validator: Validator) {
        let searchIndex = BuildFile.searchIndex.path
        let searchIntact = previous.map { FileSignature.of(output.path(searchIndex)) == $0.feeds[searchIndex] } ?? false
        let search = try SearchIndexFile(at: output.path(searchIndex), update: searchIntact)
        var previousFeeds: (articles: FeedReader, chunks: FeedReader)?
        if let previous, let articles = FeedReader(output.path(Feed.articles.file.path), recorded: previous.feeds[Feed.articles.file.path]),
           let chunks = FeedReader(output.path(Feed.chunks.file.path), recorded: previous.feeds[Feed.chunks.file.path]) {
            previousFeeds = (articles, chunks)
        }
        let feeds = (articles: try StreamingFile(output.path(Feed.articles.file.path)), chunks: try StreamingFile(output.path(Feed.chunks.file.path)))
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
            for former in BuildFile.formerRecords { try? FileManager.default.removeItem(atPath: output.path(former)) }
        }
        try feeds.articles.finish()
        try feeds.chunks.finish()
        try search.finish()
        return (outcome, removed.count, validator)
    }

    /// The findings across articles (links to other articles and files, shared ids) from the facts
    /// the stream gathered, with each article's own, in report order.
    func crossArticleFindings(_ streamed: (outcome: ArticleStream.Outcome, removed: Int, validator: Validator)) -> [Diagnostic] {
        options.progress(.indexing, 0, streamed.outcome.facts.count)
        let articles = Set(streamed.outcome.entries.keys)
        return streamed.validator.diagnostics(streamed.outcome.facts, fileExists: LinkTargets.exist(articles: articles, below: knowledgeBase))
    }

    /// Gives each article page its surroundings, then starts writing the other pages, the search
    /// index and the media on a thread of their own; the task's value is the aggregates' digests
    /// with the listings' and search documents' as they are now.
    func startSite(_ outcome: ArticleStream.Outcome, diagnostics: [Diagnostic], inputs: [ArticleStream.Input], output: BuildOutput,
                   previousChrome: PageChromeDigests?, previousAggregates: AggregateDigests?) throws -> BackgroundTask<AggregateDigests> {
        let root = knowledgeBase
        let site = try SitePass(output: output, knowledgeBase: knowledgeBase, renderer: ArticleOutputRenderer(render: options.render, chunking: options.chunking),
                                maximumArticleSize: options.configuration.maximumArticleSize, jobs: options.jobs)
            .run(facts: outcome.facts, diagnostics: diagnostics, rendered: outcome.rendered, files: Dictionary(inputs.map { ($0.path, $0.file) }, uniquingKeysWith: { a, _ in a }),
                 previous: previousChrome)
        return BackgroundTask(enabled: options.jobs > 1) {
            let aggregates = try SiteWriter(knowledgeBase: root, output: output)
                .write(site.entries, records: site.records, aggregates: previousAggregates ?? AggregateDigests())
            try output.write(site.digests.bytes(), to: BuildFile.pageChromeDigests.path)
            return aggregates
        }
    }

    /// Writes the SARIF log of `diagnostics`, unless the previous build wrote the same one and it
    /// is untouched; returns the log's digest and signature.
    func writeSARIF(_ diagnostics: [Diagnostic], output: BuildOutput, previous: AggregateDigests?) throws -> AggregateDigests.Output? {
        let digest = AggregateDigests.sarifDigest(diagnostics)
        if let previous, previous.isCurrent(AggregateDigests.sarif, digest: digest, in: output) {
            return previous.outputs[AggregateDigests.sarif]
        }
        let sarif = try StreamingFile(output.path(BuildFile.sarifLog.path))
        try SARIFReporter.write(diagnostics) { try sarif.append($0) }
        try sarif.finish()
        return AggregateDigests.Output(digest: digest, writing: [BuildFile.sarifLog.path], in: output)
    }

    /// Streams the manifest (each article's entry, the signatures of the feeds and the search
    /// index, the summary) into its temporary file; the caller puts it in place with
    /// ``StreamingFile/finish()`` once every other output is written.
    func writeManifest(_ entries: [String: BuildManifest.Entry], fingerprint: String, summary: BuildSummary,
                       output: BuildOutput) throws -> StreamingFile {
        var records: [String: String] = [:]
        for file in Feed.allCases.map(\.file) + [BuildFile.searchIndex] { records[file.path] = FileSignature.of(output.path(file.path)) }
        let manifest = BuildManifest(toolVersion: SelfHelpVersion.current, fingerprint: fingerprint, entries: entries,
                                     feeds: records, summary: summary)
        let manifestFile = try StreamingFile(output.path(BuildFile.manifest.path))
        try manifest.write { try manifestFile.append($0) }
        return manifestFile
    }
}
