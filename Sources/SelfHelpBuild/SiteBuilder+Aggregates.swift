import SelfHelpKit
import Foundation

extension SiteBuilder {
    /// The findings across articles (links to other articles and files, shared ids) from the facts
    /// the stream gathered, merged with each article's own (taken out of `streamed`), in report order.
    func crossArticleFindings(_ streamed: inout StreamedArticles) -> FindingList {
        options.progress(.indexing, 0, streamed.outcome.facts.count)
        let across = streamed.validator.crossArticleFindings(streamed.outcome.facts, jobs: options.jobs,
                                                             fileExists: LinkTargets.exist(articles: streamed.paths, below: knowledgeBase))
        // The stream's list is let go once merged: a knowledge base can have hundreds of thousands of findings.
        let own = streamed.outcome.findings
        streamed.outcome.findings = FindingList()
        return own.merging(across)
    }

    /// Gives each article page its surroundings, then starts writing the other pages, the media and
    /// the site's record on a thread of their own, and the search index on another; the
    /// task's value (once both are done) is the aggregates' digests with the listings' as they are
    /// now. `previousSite`: the previous build's site record, when its records are trusted (its manifest was read).
    func startSite(_ facts: consuming [ArticleFacts], outcome: ArticleStream.Outcome, diagnostics: FindingList, output: BuildOutput, outputsIntact: Bool,
                   previousSite: SiteRecord?, previousAggregates: AggregateDigests?) throws -> BackgroundTask<AggregateDigests> {
        let root = knowledgeBase
        let site = try SitePass(output: output, knowledgeBase: knowledgeBase, renderer: ArticleOutputRenderer(render: options.render, chunking: options.chunking),
                                maximumArticleSize: options.configuration.maximumArticleSize, jobs: options.jobs, outputsIntact: outputsIntact)
            .run(facts: facts, diagnostics: diagnostics, rendered: outcome.rendered, previous: previousSite)
        let timings = options.timings
        let searchIndex = BackgroundTask(enabled: options.jobs > 1) {
            try BuildTimings.beside(timings, "search shards and result documents") {
                try SearchIndexWriter(output: output).write(site.entries, postings: site.record.postings)
            }
        }
        return BackgroundTask(enabled: options.jobs > 1) {
            let aggregates = try BuildTimings.beside(timings, "listings, media and the site's record") {
                let aggregates = try SiteWriter(knowledgeBase: root, output: output).write(site.entries, aggregates: previousAggregates ?? AggregateDigests())
                let record = try StreamingFile(output.path(BuildFile.siteRecord.path))
                try site.record.write { try record.append($0) }
                try record.finish()
                return aggregates
            }
            try searchIndex.result()
            return aggregates
        }
    }

    /// Writes the SARIF log of `diagnostics`, unless the previous build wrote the same one and it
    /// is untouched; returns the log's digest and signature.
    func writeSARIF(_ diagnostics: FindingList, output: BuildOutput, previous: AggregateDigests?) throws -> AggregateDigests.Output? {
        let digest = AggregateDigests.sarifDigest(diagnostics)
        if let previous, previous.isCurrent(AggregateDigests.sarif, digest: digest, in: output) {
            return previous.outputs[AggregateDigests.sarif]
        }
        let sarif = try StreamingFile(output.path(BuildFile.sarifLog.path))
        try SARIFReporter.write(diagnostics) { try sarif.append($0) }
        try sarif.finish()
        return AggregateDigests.Output(digest: digest, writing: [BuildFile.sarifLog.path], in: output)
    }
}
