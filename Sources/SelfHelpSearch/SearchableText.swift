import SelfHelpKit
extension SearchIndex {
    /// The text indexed for an article (the `text` column): the `pageTitle` when the body's
    /// H1 differs from it, then the body's text, one line per block.
    ///
    /// Takes text, inline code and code blocks; skips raw HTML and the JSON payload (blanked
    /// by the parser). This is the single place to swap in the rendering's plain-text form.
    public static func searchableText(for article: Article) -> String {
        var out = ""
        if let pageTitle = article.metadata.pageTitle, pageTitle != article.title {
            out += pageTitle
        }
        let tree = article.markdown
        for node in tree.nodes {
            switch node.kind {
            case .paragraph, .heading, .item, .blockQuote, .thematicBreak:
                newline(&out)
            case .codeBlock(_, let literal):
                newline(&out)
                out += literal
            case .text(let text):
                out += text
            case .code(let text):
                out += text
            case .softBreak, .lineBreak:
                out += " "
            default:
                break
            }
        }
        while out.last?.isWhitespace == true { out.removeLast() }
        return out
    }

    /// The title shown for an article: its first H1, else `pageTitle`, else `fallback`.
    static func displayTitle(for article: Article, fallback: String) -> String {
        if let title = article.title, !title.isEmpty { return title }
        if let pageTitle = article.metadata.pageTitle, !pageTitle.isEmpty { return pageTitle }
        return fallback
    }

    private static func newline(_ out: inout String) {
        if !out.isEmpty, out.last != "\n" { out += "\n" }
    }
}
