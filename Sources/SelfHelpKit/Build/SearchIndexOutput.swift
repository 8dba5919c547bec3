/// Writes a build's `kb.sqlite` from its articles and the chunk lines of `chunks.jsonl`.
enum SearchIndexOutput {
    static func write(articles: [Article], chunksJSONL: [UInt8], to path: String) throws {
        let source = SourceText(decoding: chunksJSONL)
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
        try SearchIndex.write(KnowledgeBase(articles: articles), chunks: chunks, to: path)
    }
}
