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
        /// article rendered for a build, its file (``SpillingOutput``).
        var json: SpillingOutput.Written
        /// The chunk lines, each ending with a line break: their bytes, or, for a large article
        /// rendered for a build, a scratch file beside the JSON rendering's.
        var chunks: SpillingOutput.Written
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
    ///   ``SpillingOutput/threshold`` is written there as it is made, and ``Rendered/json`` names the
    ///   file; a smaller one is not written (the caller writes its bytes). Chunk lines over the
    ///   threshold go to a scratch file beside it. Nil: always in memory.
    /// - Throws: the error writing `jsonFile`.
    func render(_ article: Article, fileBytes: [UInt8], fileHash: String, withBody: Bool = true, jsonFile: String? = nil) throws -> Rendered {
        let body = withBody ? self.body(of: article) : []
        let renderer = JSONRenderer(options: render, chunking: chunking)
        var sections = renderer.sections(of: article)
        // The sections are written as they are made, the links one at a time (a large article's
        // links as JSON values would be several times the article's size), the text and the
        // chunks from `sections`: their members hold places.
        var members = renderer.members(article, fileBytes: fileBytes, fileHash: fileHash, sections: .null, links: .null, body: sections)
        // Reserved at more than they usually take (about 6 and 1.2 times the file for a large
        // article; the JSON is moved to its file a megabyte at a time when it has one): growing a
        // large array by doubling holds its old and new copies at once, while reserved pages that
        // are never written take no memory.
        var jsonBytes: [UInt8] = []
        jsonBytes.reserveCapacity(min(fileBytes.count * 8 + 4096, 4 * SpillingOutput.threshold))
        var chunkLines: [UInt8] = []
        chunkLines.reserveCapacity(min(fileBytes.count * 2 + 1024, 4 * SpillingOutput.threshold))
        let line = SpillingOutput(file: jsonFile), chunkFile = SpillingOutput(file: jsonFile.map { $0 + ".chunks" }, scratch: true)
        // The site's record is made once the sections are written, so that their texts can go.
        func record(_ sections: [(anchor: String?, heading: String?, text: String)]) -> SearchRecord {
            SearchRecord(title: HTMLPage.title(of: article), service: article.metadata.service?.normalized, sections: sections)
        }
        var siteSearch: SearchRecord?
        Self.write(&members, sections: &sections, links: article.links, json: &jsonBytes, chunkLines: &chunkLines, spill: line.spill,
                   spillChunks: chunkFile.spill) { siteSearch = record($0) }
        return Rendered(body: body, json: try line.finish(jsonBytes), chunks: try chunkFile.finish(chunkLines),
                        search: SearchRows(article, path: article.path, chunks: sections.chunks.compactMap(SearchIndexOutput.chunk)),
                        siteSearch: siteSearch ?? record([]))
    }

    /// Writes the rendering's object (compact): `members`, the `sections` member's value made
    /// by `sections` as it is written (the sections' anchors, headings and texts then given to
    /// `sectionsWritten`), the `links`
    /// member's from `links`, the `text` and `chunks` members' from `sections`, each chunk also
    /// written as a line of `chunkLines`. Each value is dropped once written (a large section's
    /// HTML before its chunks are cut), and `spill` is given the bytes after each member,
    /// section, link, chunk and megabyte of a long string (``SpillingOutput/spill(_:)``), and
    /// `spillChunks` the chunk lines after each chunk.
    static func write(_ members: inout [(String, JSONOutput)], sections: inout JSONSections, links: [Link], json: inout [UInt8], chunkLines: inout [UInt8],
                      spill: (inout [UInt8]) -> Void = { _ in }, spillChunks: (inout [UInt8]) -> Void = { _ in },
                      sectionsWritten: ([(anchor: String?, heading: String?, text: String)]) -> Void = { _ in }) {
        JSONOutput.writeObject(members.map(\.0), into: &json, indent: nil, level: 0) { i, json in
            switch members[i].0 {
            case "sections":
                json.append(UInt8(ascii: "["))
                var written: [(anchor: String?, heading: String?, text: String)] = []
                sections.addAll { section in
                    if !written.isEmpty { json.append(UInt8(ascii: ",")) }
                    written.append((section.id, section.heading, section.text))
                    write(section, into: &json, spill: spill)
                    spill(&json)
                }
                json.append(UInt8(ascii: "]"))
                sectionsWritten(written)
            case "links":
                JSONOutput.writeArray(links, into: &json, indent: nil, level: 1, ArticleJSON.link, written: spill)
            case "text":
                JSONOutput.writeString(sections.wholeText, into: &json, written: spill)
                sections.wholeText = ""
            case "chunks":
                json.append(UInt8(ascii: "["))
                for (n, item) in sections.chunks.enumerated() {
                    let start = chunkLines.count
                    item.write(into: &chunkLines, indent: nil, level: 0)
                    if n > 0 { json.append(UInt8(ascii: ",")) }
                    json.append(contentsOf: chunkLines[start...])
                    chunkLines.append(0x0A)
                    spill(&json)
                    spillChunks(&chunkLines)
                }
                json.append(UInt8(ascii: "]"))
            default:
                members[i].1.write(into: &json, indent: nil, level: 1)
            }
            members[i].1 = .null
            spill(&json)
        }
    }

    /// Writes a section object (compact), its HTML and text (a large section's) a megabyte at
    /// a time, `spill` given the bytes after each.
    static func write(_ section: JSONSections.Section, into json: inout [UInt8], spill: (inout [UInt8]) -> Void) {
        let fields = section.members(html: .null)
        JSONOutput.writeObject(fields.lazy.map(\.0), into: &json, indent: nil, level: 2) { i, json in
            switch fields[i] {
            case ("html", _): JSONOutput.writeString(utf8: section.html, into: &json, written: spill)
            case (_, .string(let text)): JSONOutput.writeString(text, into: &json, written: spill)
            default: fields[i].1.write(into: &json, indent: nil, level: 3)
            }
        }
    }

    /// The article as an HTML fragment (``Rendered/body``).
    func body(of article: Article) -> [UInt8] {
        HTMLRenderer(options: render).renderBytes(article)
    }
}
