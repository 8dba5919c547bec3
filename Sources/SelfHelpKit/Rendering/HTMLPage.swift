/// The frame of a standalone page: doctype, charset, a strict Content-Security-Policy, the title
/// and a small inline stylesheet. The page makes no external request of its own.
package enum HTMLPage {
    /// The Content-Security-Policy of standalone pages: nothing may load or run except images
    /// (`'self'`, `https:`, `data:`) and the inline stylesheet; no script at all, no `<base>`, no
    /// form submission. A defence in depth: the sanitizer already removes all script.
    package static let contentSecurityPolicy = "default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

    package static let stylesheet: StaticString = """
    body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff;margin:0}
    .selfhelp-article{max-width:46rem;margin:2rem auto;padding:0 1rem}
    h1,h2,h3{line-height:1.25}a{color:#0f5fb8}img{max-width:100%}
    pre{background:#f4f4f4;padding:.75rem;overflow:auto}code{font-family:ui-monospace,Consolas,monospace;font-size:.92em}
    blockquote{border-left:4px solid #ccc;margin-left:0;padding-left:1rem;color:#444}
    table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem}
    .placeholder{background:#fff4ce;border-bottom:1px dashed #b58900}
    .region{display:block;border-left:3px solid #c7e0f4;padding-left:.75rem}span.region{display:inline}
    [role=note]{border:1px solid #c7e0f4;background:#f3f9fd;padding:.5rem 1rem;margin:1rem 0}
    .apollo-label,.form-title,.payload-heading{font-weight:600}
    .form-elements>li{margin-bottom:.75rem}.required{color:#a4262c}.form-meta{color:#555;font-size:.9em}
    dt{font-weight:600}dd{margin:0 0 .5rem 1rem}
    """

    /// The page title: `pageTitle`, else the H1, else the path.
    package static func title(of article: Article) -> String {
        if let pageTitle = article.metadata.pageTitle, !pageTitle.isEmpty { return pageTitle }
        if let title = article.title, !title.isEmpty { return title }
        return article.path
    }

    static func writeHead(title: String, into writer: inout HTMLWriter) {
        writer.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\"")
        writer.attribute("content", contentSecurityPolicy)
        writer.raw(">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>")
        writer.text(title)
        writer.raw("</title>\n<style>\n")
        writer.raw(stylesheet)
        writer.raw("\n</style>\n</head>\n<body>\n<article class=\"selfhelp-article\">\n")
    }

    static func writeTail(into writer: inout HTMLWriter) {
        writer.raw("</article>\n</body>\n</html>\n")
    }
}
