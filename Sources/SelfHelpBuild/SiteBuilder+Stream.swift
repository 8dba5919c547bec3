import SelfHelpKit
import SelfHelpSearch
import Foundation

extension SiteBuilder {
    /// Readies the output folder for a build that changes it: drops the previous build's records
    /// and leftovers, and creates every output's folder (`outputFolders`: the articles' ones,
    /// from ``BuildStamp/outputFolders(_:)``).
    func prepare(_ output: inout BuildOutput, outputFolders: [String], outputsIntact: Bool, previous: BuildManifest?) throws {
        output.compareExisting = previous != nil || FileManager.default.fileExists(atPath: outDir)
        if output.compareExisting {
            // From here on the outputs change: the old manifest and stamp go first, so a build
            // interrupted now is never taken for the previous one (undoing an edit would bring
            // back the old fingerprint), and whatever an interrupted build left half-done goes too.
            // A build that wrote its manifest finished every output (the search records below
            // `.selfhelp/` too), so only a missing manifest can mean temporary files among the
            // outputs; the records written after the manifest are in `.selfhelp/` itself.
            for record in [BuildFile.stamp, .manifest, .aggregateDigests] { unlink(output.path(record.path)) }
            output.removeLeftoverTemporaryFiles(under: previous == nil ? "" : BuildFolder.records.path, descending: previous == nil)
        }
        // The articles' output folders (`outputFolders`) are there when the stamp's signature of them holds.
        if !outputsIntact { try output.createFolders(outputFolders) }
        try output.createFolders(for: BuildFile.aggregates.map(\.path) + [BuildFile.manifest.path])
    }

    /// Runs the article stream into new feeds and the search index (updated in place when the
    /// previous build's is intact), then removes what deleted articles left. The stream lets go of
    /// each input once it is done with it.
    func streamArticles(_ inputs: consuming [ArticleStream.Input], previous: BuildManifest?, outputsIntact: Bool, output: BuildOutput,
                        settings: String) throws -> StreamedArticles {
        let searchIndex = BuildFile.searchIndex.path
        let settingsDigest = Self.settingsDigest(settings)
        // Under other settings than the previous build's every article renders again: the index is
        // then written anew in one pass, not updated a row at a time. The manifest was read for
        // these settings, so it says which (its facts were dropped when it was made under others).
        let sameSettings = previous.map { !$0.entries.isEmpty && !$0.factsDropped } ?? false
        let searchIntact = sameSettings && previous.map { FileSignature.of(output.path(searchIndex)) == $0.feeds[searchIndex] } ?? false
        let search = try SearchIndexFile(at: output.path(searchIndex), update: searchIntact)
        var previousFeeds: (articles: FeedReader, chunks: FeedReader)?
        if let previous, let articles = FeedReader(output.path(Feed.articles.file.path), recorded: previous.feeds[Feed.articles.file.path]),
           let chunks = FeedReader(output.path(Feed.chunks.file.path), recorded: previous.feeds[Feed.chunks.file.path]) {
            previousFeeds = (articles, chunks)
        }
        let feeds = (articles: try StreamingFile(output.path(Feed.articles.file.path)), chunks: try StreamingFile(output.path(Feed.chunks.file.path)))
        var validator = Validator(configuration: options.configuration, root: nil)
        validator.timings = options.timings?.rules
        let stream = ArticleStream(output: output, validator: validator, renderer: ArticleOutputRenderer(render: options.render, chunking: options.chunking),
                                   settingsDigest: settingsDigest, jobs: options.jobs, previous: previous, previousSettingsMatch: sameSettings,
                                   previousFeeds: previousFeeds,
                                   previousOutputsIntact: outputsIntact, findingsSpillThreshold: findingsSpillThreshold)
        let total = inputs.count
        options.progress(.rendering, 0, total)
        let manifest = try ManifestWriter(output: output)
        let outcome = try stream.run(consume inputs, feeds: feeds, search: search, manifest: manifest) { options.progress(.rendering, $0, total) }

        // Deleted articles (and files that can no longer be read): their outputs and rows go.
        let present = Set(outcome.hashes.map(\.path))
        // By their paths: filtering the entries would copy each one.
        let removed = (previous?.entries.keys).map { $0.filter { !present.contains($0) } } ?? []
        for path in removed { previous?.entries[path]?.outputs.forEach(output.remove) }
        try search.remove(paths: removed.sorted())
        if output.compareExisting {
            for former in BuildFile.formerRecords { try? FileManager.default.removeItem(atPath: output.path(former)) }
        }
        // The feeds' last lines are copied from the previous feeds (all of them but the edited
        // article's, in a rebuild), and a new search index builds its full-text index (seconds at
        // tens of thousands of articles): on a thread of their own while the cross-article checks
        // and the site run.
        let feedsDone = BackgroundTask(enabled: options.jobs > 1) {
            try feeds.articles.finish()
            try feeds.chunks.finish()
            try search.finish()
        }
        return StreamedArticles(outcome: outcome, paths: present, removed: removed.count, validator: validator, manifest: manifest,
                                feeds: feedsDone)
    }
}

/// What the article stream left for the rest of the build.
struct StreamedArticles {
    /// Every article's facts, findings and hash, what was rendered, and what could not be read
    /// (a variable: the cross-article step takes the findings out).
    var outcome: ArticleStream.Outcome
    /// The paths of the articles in the build (those in ``outcome``).
    let paths: Set<String>
    /// How many articles of the previous build are gone.
    let removed: Int
    /// The validator the stream ran, for the cross-article checks.
    let validator: Validator
    /// The manifest, its entries written; its header is written once the build knows it.
    let manifest: ManifestWriter
    /// The feeds and the search index being put in place.
    let feeds: BackgroundTask<Void>
}
