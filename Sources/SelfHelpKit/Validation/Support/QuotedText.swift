/// Quoted text in prose: what a rule about the author's own wording should leave alone (an error
/// message quoted in a heading, a button's label in quotes).
extension Article {
    /// Whether byte `offset` of the source lies between a pair of double quotes (`"…"` or
    /// `“…”`) on its line. Quotes are paired left to right; an unpaired opening quote quotes
    /// nothing.
    func isQuoted(_ offset: Int) -> Bool {
        let bytes = source.bytes
        guard offset >= 0, offset < bytes.count else { return false }
        let line = source.location(ofOffset: offset).line
        let start = source.lineStarts[line - 1]
        let end = line < source.lineStarts.count ? source.lineStarts[line] : bytes.count
        var open: Int? = nil
        var i = start
        while i < end {
            let b = bytes[i]
            var length = 0
            var kind = 0 // 1 straight, 2 curly opening, 3 curly closing
            if b == UInt8(ascii: "\"") { length = 1; kind = 1 }
            else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C { length = 3; kind = 2 }
            else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9D { length = 3; kind = 3 }
            if kind != 0 {
                if let o = open, kind != 2 {
                    if offset > o, offset < i { return true }
                    open = nil
                } else if kind != 3 {
                    open = i
                }
                i += length
                continue
            }
            i += 1
        }
        return false
    }
}

extension Article {
    /// ``wordOccurrences(_:inTextNode:range:)`` outside quoted text: where a prose rule about the
    /// author's wording may report (a quoted error message is not the author's wording).
    func proseOccurrences(_ word: String, inTextNode text: Substring, range: SourceRange) -> [Int] {
        wordOccurrences(word, inTextNode: text, range: range).filter { !isQuoted($0) }
    }
}
