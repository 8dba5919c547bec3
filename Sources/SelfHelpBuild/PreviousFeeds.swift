/// The feeds a previous build wrote (`articles.jsonl`, `chunks.jsonl`), while they are still as
/// it left them: a rebuild copies an unchanged article's JSON line and chunk lines from them
/// instead of rendering it again.
struct PreviousFeeds {
    static let jsonPath = "articles.jsonl"
    static let chunksPath = "chunks.jsonl"

    let json: [UInt8]
    let chunks: [UInt8]

    /// An article's JSON line (without newline) and chunk lines, or nil when the entry's slices do
    /// not fit the files (a JSON line is a whole line, chunk lines end with a newline).
    func lines(of entry: BuildManifest.Entry) -> (json: ArraySlice<UInt8>, chunks: ArraySlice<UInt8>)? {
        guard let json = PreviousFeeds.slice(json, entry.json), json.endIndex < self.json.count, self.json[json.endIndex] == 0x0A,
              json.startIndex == 0 || self.json[json.startIndex - 1] == 0x0A,
              let chunks = PreviousFeeds.slice(chunks, entry.chunks), chunks.isEmpty || chunks.last == 0x0A else { return nil }
        return (json, chunks)
    }

    private static func slice(_ bytes: [UInt8], _ slice: BuildManifest.FeedSlice) -> ArraySlice<UInt8>? {
        guard slice.offset >= 0, slice.count >= 0, slice.offset <= bytes.count, slice.count <= bytes.count - slice.offset else { return nil }
        return bytes[slice.offset..<(slice.offset + slice.count)]
    }
}

extension PreviousFeeds {
    /// The feeds `manifest` describes, or nil when either is missing or was changed since (its
    /// ``FileSignature`` differs from the manifest's).
    init?(_ manifest: BuildManifest, _ output: BuildOutput) {
        for path in [PreviousFeeds.jsonPath, PreviousFeeds.chunksPath] {
            guard let recorded = manifest.feeds[path], FileSignature.of(output.path(path)) == recorded else { return nil }
        }
        guard let json = output.read(PreviousFeeds.jsonPath), let chunks = output.read(PreviousFeeds.chunksPath) else { return nil }
        self.init(json: json, chunks: chunks)
    }
}
