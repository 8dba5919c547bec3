import SelfHelpKit
import SelfHelpSearch
/// Renders one article's build outputs: the standalone page, the compact JSON rendering (one
/// line, as in `articles.jsonl`), and its chunk lines (as in `chunks.jsonl`).
struct ArticleOutputRenderer: Sendable {
    struct Rendered {
        var html: [UInt8]
        var json: [UInt8]
        var chunks: [UInt8]
        /// The article's rows in the search index.
        var search: SearchRows
    }

    let render: RenderOptions
    let chunking: ChunkingOptions

    /// - Parameter fileHash: the SHA-256 (hex) of `fileBytes`, already computed by the build.
    func render(_ article: Article, fileBytes: [UInt8], fileHash: String) -> Rendered {
        let html = HTMLRenderer(options: render, standalone: true).renderBytes(article)
        var json = JSONRenderer(options: render, chunking: chunking).encode(article, fileBytes: fileBytes, fileHash: fileHash)
        // `chunks` is the rendering's last member: each chunk is serialized once, for both the
        // JSON line and the chunk lines.
        var chunkValues: [JSONOutput] = []
        if case .object(var members) = json, let last = members.last, last.0 == "chunks", case .array(let items) = last.1 {
            members.removeLast()
            json = .object(members)
            chunkValues = items
        }
        var jsonBytes: [UInt8] = []
        json.write(into: &jsonBytes, indent: nil, level: 0)
        var chunkLines: [UInt8] = []
        if jsonBytes.last == UInt8(ascii: "}"), jsonBytes.count > 2 {
            jsonBytes.removeLast()
            jsonBytes.append(contentsOf: #","chunks":["#.utf8)
            for (i, item) in chunkValues.enumerated() {
                let start = chunkLines.count
                item.write(into: &chunkLines, indent: nil, level: 0)
                if i > 0 { jsonBytes.append(UInt8(ascii: ",")) }
                jsonBytes.append(contentsOf: chunkLines[start...])
                chunkLines.append(0x0A)
            }
            jsonBytes.append(contentsOf: "]}".utf8)
        }
        return Rendered(html: html, json: jsonBytes, chunks: chunkLines,
                        search: SearchRows(article, path: article.path, chunks: chunkValues.compactMap(SearchIndexOutput.chunk)))
    }
}
