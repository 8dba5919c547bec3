import SelfHelpKit

/// The pages of a build one at a time, for a server that renders them on request
/// (`selfhelp serve`): the same bytes ``SiteBuilder`` writes for the same articles and findings,
/// at the same paths.
package enum SitePages {
    /// `index.html` for the articles' facts (named relative to the knowledge base, as the build
    /// parses them) and their findings in report order.
    package static func indexPage(facts: [ArticleFacts], diagnostics: [Diagnostic]) -> [UInt8] {
        SiteIndexPage.render(facts: facts, diagnostics: diagnostics, outputs: { SiteBuilder.outputs(for: $0)[0] })
    }

    /// An article's page and JSON rendering, from the file's bytes.
    package static func articleOutputs(_ article: Article, fileBytes: [UInt8]) -> (page: [UInt8], json: [UInt8]) {
        let options = SiteBuilder.Options()
        let rendered = ArticleOutputRenderer(render: options.render, chunking: options.chunking)
            .render(article, fileBytes: fileBytes, fileHash: SHA256.hexDigest(fileBytes))
        return (rendered.html, rendered.json)
    }
}
