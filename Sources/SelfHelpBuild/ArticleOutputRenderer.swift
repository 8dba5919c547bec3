import SelfHelpKit
import SelfHelpSearch
/// Renders one article's build outputs: its HTML (a fragment: ``ArticlePage`` puts the site around
/// it), the compact JSON rendering (one line, as in `articles.jsonl`), its chunk lines (as in
/// `chunks.jsonl`), and its sections as the site's search reads them.
struct ArticleOutputRenderer: Sendable {
    struct Rendered {
        /// The article as an HTML fragment.
        var body: [UInt8]
        /// The JSON rendering (one line, without its line break): its bytes, or, for a large
        /// article rendered for a build, its file (``SpillingLine``).
        var json: SpillingLine.Line
        var chunks: [UInt8]
        /// The article's rows in `kb.sqlite`.
        var search: SearchRows
        /// The article as the site's search reads it (its sections' headings and text).
        var siteSearch: SearchRecord
    }

    let render: RenderOptions
    let chunking: ChunkingOptions

    /// - Parameter fileHash: the SHA-256 (hex) of `fileBytes`, already computed by the build.
    /// - Parameter withBody: whether to render the HTML fragment (`false`: ``Rendered/body`` is
    ///   empty; a build renders and writes the page first, so that a large article's HTML and its
    ///   JSON rendering are not in memory together).
    /// - Parameter jsonFile: the JSON rendering's file (absolute path): a rendering over
    ///   ``SpillingLine/threshold`` is written there as it is made, and ``Rendered/json`` names the
    ///   file; a smaller one is not written (the caller writes its bytes). Nil: always in memory.
    /// - Throws: the error writing `jsonFile`.
    func render(_ article: Article, fileBytes: [UInt8], fileHash: String, withBody: Bool = true, jsonFile: String? = nil) throws -> Rendered {
        let body = withBody ? self.body(of: article) : []
        // The links are written one at a time into the bytes (a large article's links as JSON
        // values would be several times the article's size); `links` holds their place.
        var members = Self.members(JSONRenderer(options: render, chunking: chunking).encode(article, fileBytes: fileBytes, fileHash: fileHash, links: .null))
        var sections: [(anchor: String?, heading: String?, text: String)] = []
        if case .array(let items)? = members.first(where: { $0.0 == "sections" })?.1 {
            sections = items.map(Self.section)
        }
        // Each chunk is serialized once, for both the JSON line and the chunk lines.
        var chunkValues: [JSONOutput] = []
        if case .array(let items)? = members.first(where: { $0.0 == "chunks" })?.1 { chunkValues = items }
        // Reserved at more than they usually take (about 6 and 1.2 times the file for a large
        // article): growing a large array by doubling holds its old and new copies at once, while
        // reserved pages that are never written take no memory.
        var jsonBytes: [UInt8] = []
        jsonBytes.reserveCapacity(fileBytes.count * 8 + 4096)
        var chunkLines: [UInt8] = []
        chunkLines.reserveCapacity(fileBytes.count * 2 + 1024)
        let line = SpillingLine(file: jsonFile)
        Self.write(&members, links: article.links, chunks: chunkValues, json: &jsonBytes, chunkLines: &chunkLines, spill: line.spill)
        return Rendered(body: body, json: try line.finish(jsonBytes), chunks: chunkLines,
                        search: SearchRows(article, path: article.path, chunks: chunkValues.compactMap(SearchIndexOutput.chunk)),
                        siteSearch: SearchRecord(title: HTMLPage.title(of: article), service: article.metadata.service?.normalized, sections: sections))
    }

    /// The members of the rendering's object (taking the value, so that the array is the
    /// caller's alone and its members can be dropped as they are written).
    static func members(_ json: JSONOutput) -> [(String, JSONOutput)] {
        if case .object(let members) = json { return members }
        return []
    }

    /// Writes the rendering's object (compact): `members`, the `links` member's value written
    /// from `links` and the `chunks` member's from `chunks`, each chunk also written as a line of
    /// `chunkLines`. Each member's value is dropped once written (a large article's sections'
    /// HTML goes before the rest is written), and `spill` is given the bytes after each member,
    /// section, link and chunk (``SpillingLine/spill(_:)``).
    static func write(_ members: inout [(String, JSONOutput)], links: [Link], chunks: [JSONOutput], json: inout [UInt8], chunkLines: inout [UInt8],
                      spill: (inout [UInt8]) -> Void = { _ in }) {
        JSONOutput.writeObject(members.map(\.0), into: &json, indent: nil, level: 0) { i, json in
            switch members[i].0 {
            case "sections":
                // Taken out of the member, so that each section is dropped once written.
                var sections: [JSONOutput] = []
                if case .array(let items) = members[i].1 { sections = items }
                members[i].1 = .null
                JSONOutput.writeArray(sections.indices, into: &json, indent: nil, level: 1, { n in
                    defer { sections[n] = .null }
                    return sections[n]
                }, written: spill)
            case "links":
                JSONOutput.writeArray(links, into: &json, indent: nil, level: 1, ArticleJSON.link, written: spill)
            case "chunks":
                json.append(UInt8(ascii: "["))
                for (n, item) in chunks.enumerated() {
                    let start = chunkLines.count
                    item.write(into: &chunkLines, indent: nil, level: 0)
                    if n > 0 { json.append(UInt8(ascii: ",")) }
                    json.append(contentsOf: chunkLines[start...])
                    chunkLines.append(0x0A)
                    spill(&json)
                }
                json.append(UInt8(ascii: "]"))
            default:
                members[i].1.write(into: &json, indent: nil, level: 1)
            }
            members[i].1 = .null
            spill(&json)
        }
    }

    /// The article as an HTML fragment (``Rendered/body``).
    func body(of article: Article) -> [UInt8] {
        HTMLRenderer(options: render).renderBytes(article)
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
