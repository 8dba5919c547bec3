import SelfHelpKit
import SelfHelpSearch
/// Renders one article's build outputs: its HTML (a fragment: ``ArticlePage`` puts the site around
/// it), the compact JSON rendering (one line, as in `articles.jsonl`), its chunk lines (as in
/// `chunks.jsonl`), and its sections as the site's search reads them.
struct ArticleOutputRenderer: Sendable {
    struct Rendered {
        /// The article as an HTML fragment.
        var body: [UInt8]
        var json: [UInt8]
        var chunks: [UInt8]
        /// The article's rows in `kb.sqlite`.
        var search: SearchRows
        /// The article as the site's search reads it (its sections' headings and text).
        var siteSearch: SearchRecord
    }

    let render: RenderOptions
    let chunking: ChunkingOptions

    /// - Parameter fileHash: the SHA-256 (hex) of `fileBytes`, already computed by the build.
    func render(_ article: Article, fileBytes: [UInt8], fileHash: String) -> Rendered {
        let body = HTMLRenderer(options: render).renderBytes(article)
        var json = JSONRenderer(options: render, chunking: chunking).encode(article, fileBytes: fileBytes, fileHash: fileHash)
        // `chunks` is the rendering's last member: each chunk is serialized once, for both the
        // JSON line and the chunk lines.
        var chunkValues: [JSONOutput] = []
        var sections: [(anchor: String?, heading: String?, text: String)] = []
        if case .object(let members) = json, case .array(let items)? = members.first(where: { $0.0 == "sections" })?.1 {
            sections = items.map(Self.section)
        }
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
        return Rendered(body: body, json: jsonBytes, chunks: chunkLines,
                        search: SearchRows(article, path: article.path, chunks: chunkValues.compactMap(SearchIndexOutput.chunk)),
                        siteSearch: SearchRecord(title: HTMLPage.title(of: article), service: article.metadata.service?.normalized, sections: sections))
    }

    /// A section object of the JSON rendering: its `id`, `heading` and `text`.
    static func section(_ value: JSONOutput) -> (anchor: String?, heading: String?, text: String) {
        guard case .object(let members) = value else { return (nil, nil, "") }
        func string(_ key: String) -> String? {
            if case .string(let s)? = members.first(where: { $0.0 == key })?.1 { return s }
            return nil
        }
        return (string("id"), string("heading"), string("text") ?? "")
    }
}
