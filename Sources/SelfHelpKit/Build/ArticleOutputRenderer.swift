/// Renders one article's build outputs: the standalone page, the compact JSON rendering (one
/// line, as in `articles.jsonl`), and its chunk lines (as in `chunks.jsonl`).
struct ArticleOutputRenderer: Sendable {
    struct Rendered {
        var html: [UInt8]
        var json: [UInt8]
        var chunks: [UInt8]
    }

    let render: RenderOptions
    let chunkSize: Int

    func render(_ article: Article, fileBytes: [UInt8]) -> Rendered {
        let html = HTMLRenderer(options: render, standalone: true).renderBytes(article)
        let json = JSONRenderer(options: render, chunkSize: chunkSize).encode(article, fileBytes: fileBytes)
        var chunkLines: [UInt8] = []
        if case .object(let members) = json, let chunks = members.first(where: { $0.0 == "chunks" })?.1, case .array(let items) = chunks {
            for item in items {
                chunkLines += Array(item.serialized().utf8)
                chunkLines.append(0x0A)
            }
        }
        return Rendered(html: html, json: Array(json.serialized().utf8), chunks: chunkLines)
    }
}
