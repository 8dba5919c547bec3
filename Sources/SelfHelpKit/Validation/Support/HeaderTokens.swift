/// A list entry of a header value (`a, b`) with its byte offsets in the file.
struct HeaderToken {
    var text: String
    var offsets: Range<Int>
}

extension HeaderAttribute {
    /// The entries of a list value as written (split on `,`, `;`, line breaks and, when
    /// `splittingSpaces`, on spaces too), with their places in the file. Entities are not decoded.
    func tokens(splittingSpaces: Bool = false) -> [HeaderToken] {
        let bytes = Array(rawValue.utf8)
        let base = valueRange.start.offset
        var tokens: [HeaderToken] = []
        var start: Int?
        func isSeparator(_ i: Int) -> Bool {
            let b = bytes[i]
            if b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == 0x0A || b == 0x0D { return true }
            if b == 0x20 || b == 0x09 { return splittingSpaces }
            // Fullwidth comma U+FF0C (EF BC 8C).
            return b == 0xEF && i + 2 < bytes.count && bytes[i + 1] == 0xBC && bytes[i + 2] == 0x8C
        }
        func close(_ end: Int) {
            guard let s = start else { return }
            var lo = s, hi = end
            while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
            while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
            if lo < hi {
                tokens.append(HeaderToken(text: String(decoding: bytes[lo..<hi], as: UTF8.self), offsets: (base + lo)..<(base + hi)))
            }
            start = nil
        }
        var i = 0
        while i < bytes.count {
            if isSeparator(i) {
                close(i)
                i += bytes[i] == 0xEF ? 3 : 1
                continue
            }
            if start == nil { start = i }
            i += 1
        }
        close(bytes.count)
        return tokens
    }
}

extension Article {
    /// The header attribute that sets `key` (the last one), if any.
    package func attribute(_ key: HeaderKey) -> HeaderAttribute? { header?.attribute(key) }

    /// Where to report a finding about the header as a whole: the `<properties` tag, or the
    /// start of the file when there is none.
    var headerRange: SourceRange {
        if let header { return SourceRange(start: header.range.start, end: header.range.start) }
        let start = source.location(ofOffset: 0)
        return SourceRange(start: start, end: start)
    }
}
