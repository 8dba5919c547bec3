import SelfHelpKit
import SelfHelpSearch
/// The chunks of a build's `kb.sqlite`, read from the rendering (``SearchIndexFile`` writes them).
enum SearchIndexOutput {
    /// The chunks of chunk lines (`chunks.jsonl` lines, as an unchanged article's cache holds them).
    static func chunks(fromJSONL lines: [UInt8]) -> [SearchChunk] {
        let source = SourceText(decoding: lines)
        var chunks: [SearchChunk] = []
        var start = 0
        for next in source.lineStarts.dropFirst() + [source.bytes.count] where next > start {
            if case .success(let line) = JSONParser.parse(source, range: start..<next), let id = line["id"]?.value.stringValue {
                chunks.append(SearchChunk(id: id, articlePath: line["path"]?.value.stringValue ?? "",
                                          headingPath: line["headingPath"]?.value.arrayValue?.compactMap(\.value.stringValue) ?? [],
                                          text: line["text"]?.value.stringValue ?? ""))
            }
            start = next
        }
        return chunks
    }

    /// The chunk a chunk object of the JSON rendering describes (nil without an `id`).
    static func chunk(_ value: JSONOutput) -> SearchChunk? {
        guard case .object(let members) = value else { return nil }
        func member(_ key: String) -> JSONOutput? { members.first { $0.0 == key }?.1 }
        guard case .string(let id)? = member("id") else { return nil }
        var path = "", text = ""
        var headingPath: [String] = []
        if case .string(let value)? = member("path") { path = value }
        if case .string(let value)? = member("text") { text = value }
        if case .array(let items)? = member("headingPath") {
            headingPath = items.compactMap { if case .string(let heading) = $0 { return heading } else { return nil } }
        }
        return SearchChunk(id: id, articlePath: path, headingPath: headingPath, text: text)
    }
}
