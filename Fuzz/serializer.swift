/// Fuzz target `serializer`: ``HeaderSerializer`` on the header of arbitrary bytes.
///
/// Properties: the canonical header (LF, and CRLF with a tab indent) read back by
/// ``HeaderScanner`` has the same keys (unknown keys with their spelling) and decoded values, in
/// order, and so the same ``ArticleMetadata``; it is terminated, has no syntax findings, and
/// serializing it again gives the same text. ``HeaderSerializer/serialize(_:)-(ArticleMetadata)``
/// reads back as the same metadata.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = SourceText(decoding: Fuzz.bytes(data, size))
    let original = HeaderScanner.scan(source, file: "fuzz.md").header
    let metadata = ArticleMetadata(header: original)
    for serializer in [HeaderSerializer(), HeaderSerializer(indent: "\t", lineEnding: "\r\n")] {
        let text = serializer.serialize(original)
        let scan = HeaderScanner.scan(SourceText(text), file: "canonical.md")
        guard let header = scan.header else { fuzzCheck(false, "the canonical header was not found:\n\(text.prefix(2000))"); return 0 }
        fuzzCheck(header.isTerminated && scan.diagnostics.allSatisfy { $0.rule == .headerDuplicateKey },
                  "the canonical header has findings \(scan.diagnostics.map(\.message).prefix(3)):\n\(text.prefix(2000))")
        let before = original?.attributes ?? []
        fuzzCheck(header.attributes.count == before.count, "\(before.count) attributes became \(header.attributes.count):\n\(text.prefix(2000))")
        for (a, b) in zip(before, header.attributes) {
            fuzzCheck(a.key == b.key && (a.key.isKnown || a.rawKey == b.rawKey), "key `\(a.rawKey)` became `\(b.rawKey)`")
            fuzzCheck(a.value == b.value, "value of `\(a.rawKey)`: \(a.value.debugDescription) became \(b.value.debugDescription)")
        }
        fuzzCheck(ArticleMetadata(header: header) == metadata, "the metadata changed")
        fuzzCheck(serializer.serialize(header) == text, "serializing the canonical header again gives other text")
    }
    let fromMetadata = HeaderScanner.scan(SourceText(HeaderSerializer().serialize(metadata)), file: "metadata.md")
    fuzzCheck(ArticleMetadata(header: fromMetadata.header) == metadata, "the header written from the metadata reads back differently")
    return 0
}
