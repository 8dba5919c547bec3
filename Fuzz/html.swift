/// Fuzz target `html`: ``HTMLSanitizer`` on arbitrary text, and ``HTMLRenderer`` on arbitrary
/// articles.
///
/// Properties (``HTMLCheck``): neither crashes; their output has no tag or attribute outside
/// ``HTMLAllowlist`` (plus the renderer's own `class`, `id`, `rel`, `role`, `data-placeholder`, `data-region`,
/// and a form preview's controls, each `disabled`), no event handler,
/// no `<script`, and no `javascript:`, `vbscript:` or `data:` URL in an `href` or `src`; and the
/// content property (``ContentProperty``, from the tests): every word of the body's plain text
/// appears in the body's HTML.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let sanitized = HTMLSanitizer().sanitize(String(decoding: bytes, as: UTF8.self))
    if let problem = HTMLCheck.problem(in: sanitized) { fuzzCheck(false, "sanitizer: \(problem)\n--- output:\n\(sanitized.prefix(2000))") }
    let article = ArticleParser.parse(bytes, path: "fuzz.md")
    let html = HTMLRenderer().render(article)
    if let problem = HTMLCheck.problem(in: html, formPreview: true) { fuzzCheck(false, "renderer: \(problem)\n--- output:\n\(html.prefix(2000))") }
    let body = 1..<article.markdown.nodes.count
    let bodyText = PlainTextRenderer().renderFragment(article.markdown, body)
    let bodyHTML = HTMLRenderer().renderFragment(article.markdown, body, slugs: HeadingSlugs.compute(article.markdown))
    let missing = ContentProperty.missingWords(text: bodyText, html: bodyHTML)
    fuzzCheck(missing.isEmpty, "content: plain-text words missing from the HTML: \(missing.prefix(10))\n--- text:\n\(bodyText.prefix(2000))\n--- html:\n\(bodyHTML.prefix(2000))")
    return 0
}
