import SelfHelpKit

/// An open editor buffer: its bytes (UTF-8, as the client sent them, byte-order mark included)
/// and where its lines start, to turn LSP positions into byte offsets and back.
///
/// Lines end at `\n`, `\r\n` or `\r`, as LSP counts them. A position past the end of its line
/// means the line's end; a line past the last means the end of the text.
struct TextDocument {
    let uri: String
    let path: String
    var version: Int
    private(set) var bytes: [UInt8]
    private(set) var lineStarts: [Int] = [0]

    init(uri: String, path: String, version: Int, text: String) {
        self.uri = uri
        self.path = path
        self.version = version
        self.bytes = Array(text.utf8)
        indexLines()
    }

    /// The byte offset of an LSP position.
    func offset(line: Int, character: Int, encoding: PositionEncoding) -> Int {
        guard line >= 0 else { return 0 }
        guard line < lineStarts.count else { return bytes.count }
        let end = lineEnd(line)
        var offset = lineStarts[line]
        var counted = 0
        while offset < end, counted < character {
            let (length, units) = encoding.units(ofSequenceStartingWith: bytes[offset])
            if counted + units > character { break }
            counted += units
            offset = min(end, offset + length)
        }
        return offset
    }

    /// The LSP position of a byte offset (clamped to the text).
    func position(ofOffset raw: Int, encoding: PositionEncoding) -> (line: Int, character: Int) {
        let offset = max(0, min(raw, bytes.count))
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var i = lineStarts[low]
        var character = 0
        while i < offset {
            let (length, units) = encoding.units(ofSequenceStartingWith: bytes[i])
            character += units
            i += length
        }
        return (low, character)
    }

    /// The offset just past the last character of `line` (before its line break).
    func lineEnd(_ line: Int) -> Int {
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        if end > lineStarts[line], bytes[end - 1] == 10 { end -= 1 }
        if end > lineStarts[line], bytes[end - 1] == 13 { end -= 1 }
        return end
    }

    /// Replaces the bytes of `range` with `text` (an incremental change), or everything.
    mutating func replace(_ range: Range<Int>?, with text: String) {
        if let range {
            let lower = max(0, min(range.lowerBound, bytes.count))
            let upper = max(lower, min(range.upperBound, bytes.count))
            bytes.replaceSubrange(lower..<upper, with: Array(text.utf8))
        } else {
            bytes = Array(text.utf8)
        }
        indexLines()
    }

    private mutating func indexLines() {
        lineStarts = SourceText.lineStarts(of: bytes)
    }
}
