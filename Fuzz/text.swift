/// Fuzz target `text`: ``PlainTextRenderer`` on arbitrary articles.
///
/// Properties: it never crashes, and no raw HTML `<script` tag survives into the plain text:
/// the output holds `<script` (any case) at most as often as the article's literal content
/// (code, decoded text, header values, payload strings; ``TextCheck``).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let article = ArticleParser.parse(Fuzz.bytes(data, size), path: "fuzz.md")
    let text = PlainTextRenderer().render(article)
    let found = TextCheck.count(in: text), allowed = TextCheck.allowedScriptTags(in: article)
    fuzzCheck(found <= allowed, "\(found) `<script` in the plain text, \(allowed) in the article's literal content; around the first:\n\(TextCheck.excerpt(text))")
    return 0
}
