import SelfHelpKit
extension SearchIndex {
    /// The text indexed for an article (the `text` column): its plain text as
    /// `selfhelp render --to text` writes it (``PlainTextRenderer``, default render options, no
    /// wrapping), after the header's `pageTitle` as a block of its own when it differs from the
    /// article's first H1 (``PlainTextRenderer/leadsWithPageTitle``), and with links as their
    /// text alone (``PlainTextRenderer/showsLinkURLs`` off: a URL's words would make an article
    /// match what it only links to).
    ///
    /// So the index holds what the reader sees: the body's text, the text of raw HTML and the
    /// JSON payload's readable lines.
    public static func searchableText(for article: Article) -> String {
        PlainTextRenderer(showsLinkURLs: false, leadsWithPageTitle: true).render(article)
    }

    /// The title shown for an article: its first H1, else `pageTitle`, else `fallback`.
    static func displayTitle(for article: Article, fallback: String) -> String {
        if let title = article.title, !title.isEmpty { return title }
        if let pageTitle = article.metadata.pageTitle, !pageTitle.isEmpty { return pageTitle }
        return fallback
    }
}
