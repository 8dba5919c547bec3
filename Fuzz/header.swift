/// Fuzz target `header`: ``HeaderScanner/scan(_:file:)`` on arbitrary bytes.
///
/// Properties: it never crashes; the header range lies in the file; every attribute's key,
/// value and whole range lie inside the header range, and attributes come in order without
/// overlapping; `bodyStart` is at or after the header's end; diagnostics point into the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = SourceText(decoding: Fuzz.bytes(data, size))
    let result = HeaderScanner.scan(source, file: "fuzz.md")
    let count = source.bytes.count
    fuzzCheck(result.bodyStart >= 0 && result.bodyStart <= count, "bodyStart \(result.bodyStart) outside 0...\(count)")
    for diagnostic in result.diagnostics {
        fuzzCheck(rangeIsInside(diagnostic.range, source), "diagnostic \(diagnostic) outside the file")
    }
    guard let header = result.header else {
        fuzzCheck(result.bodyStart == 0, "no header but bodyStart \(result.bodyStart)")
        return 0
    }
    let outer = header.range.offsets
    fuzzCheck(rangeIsInside(header.range, source), "header range \(header.range) outside the file")
    fuzzCheck(result.bodyStart >= outer.upperBound, "bodyStart \(result.bodyStart) before the header's end \(outer.upperBound)")
    var previousEnd = outer.lowerBound
    for attribute in header.attributes {
        for (name, range) in [("key", attribute.keyRange), ("value", attribute.valueRange), ("attribute", attribute.range)] {
            fuzzCheck(rangeIsInside(range, source), "\(name) range of `\(attribute.rawKey)` outside the file")
            fuzzCheck(range.start.offset >= outer.lowerBound && range.end.offset <= outer.upperBound,
                      "\(name) range \(range.offsets) of `\(attribute.rawKey)` outside the header \(outer)")
        }
        fuzzCheck(attribute.range.start.offset >= previousEnd, "attribute `\(attribute.rawKey)` starts before the previous one ends")
        fuzzCheck(attribute.keyRange.start.offset == attribute.range.start.offset, "key of `\(attribute.rawKey)` does not start its attribute")
        fuzzCheck(attribute.valueRange.end.offset <= attribute.range.end.offset, "value of `\(attribute.rawKey)` runs past its attribute")
        fuzzCheck(source.text(attribute.keyRange.offsets) == attribute.rawKey, "key range does not hold the raw key `\(attribute.rawKey)`")
        previousEnd = attribute.range.end.offset
    }
    return 0
}
