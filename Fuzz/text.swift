/// Fuzz target `text`: ``PlainTextRenderer`` on arbitrary articles.
///
/// Properties: it never crashes, and its output never contains `<script` (any case).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let article = ArticleParser.parse(Fuzz.bytes(data, size), path: "fuzz.md")
    let text = PlainTextRenderer().render(article)
    fuzzCheck(!text.lowercased().contains("<script"), "`<script` in the plain text:\n\(text.prefix(2000))")
    return 0
}
