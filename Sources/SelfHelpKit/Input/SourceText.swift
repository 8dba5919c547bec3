#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The decoded text of one article file, and the map from byte offsets to lines and columns.
///
/// `SourceText` never fails. It strips one or more leading UTF-8 byte-order marks,
/// replaces every invalid UTF-8 sequence with U+FFFD (and remembers where, so a rule can
/// report it), and keeps line endings as they were: LF, CRLF and a lone CR all end a line,
/// as in CommonMark. It does not normalise anything else.
public struct SourceText: Sendable {
    /// The file's content as valid UTF-8, without its leading byte-order marks.
    public let bytes: [UInt8]
    /// How many byte-order marks preceded the text (0, 1, or more for a doubled BOM).
    public let byteOrderMarks: Int
    /// Byte offsets (into ``bytes``) at which an invalid UTF-8 sequence was replaced by U+FFFD.
    public let invalidUTF8Offsets: [Int]
    /// The first original byte of each invalid sequence, parallel to ``invalidUTF8Offsets``
    /// (`0x92` for a Windows-1252 apostrophe), so a report can name it.
    public let invalidUTF8Bytes: [UInt8]
    /// Whether the file looks like text: false when its first 8 KB hold a NUL byte, or when at
    /// least a quarter of its first KB is invalid UTF-8 (an image or archive named `.md`).
    public let looksLikeText: Bool
    /// Byte offset of the first byte of every line; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// Whether the text holds any non-ASCII byte (else columns are byte columns).
    let hasNonASCII: Bool
    /// UTF-8 continuation bytes (`10xxxxxx`) before each 256-byte block of ``bytes``, so a column
    /// on a long line is found without scanning it; empty when no non-ASCII line is that long.
    let continuationCounts: [Int]

    /// Decodes raw file bytes. Never throws: see the type's description for what is repaired.
    public init(decoding raw: some Collection<UInt8>) {
        var input = Array(raw)
        var boms = 0
        var start = 0
        while input.count - start >= 3, input[start] == 0xEF, input[start + 1] == 0xBB, input[start + 2] == 0xBF {
            boms += 1
            start += 3
        }
        if start > 0 { input.removeFirst(start) }
        var invalid: [Int] = []
        var invalidBytes: [UInt8] = []
        let looksLikeText = UTF8Validation.looksLikeText(input)
        if let firstBad = UTF8Validation.firstInvalidOffset(input) {
            (input, invalid, invalidBytes) = UTF8Validation.repair(input, from: firstBad)
        }
        self.bytes = input
        self.byteOrderMarks = boms
        self.invalidUTF8Offsets = invalid
        self.invalidUTF8Bytes = invalidBytes
        self.looksLikeText = looksLikeText
        self.lineStarts = SourceText.lineStarts(of: input)
        self.hasNonASCII = !UTF8Validation.isASCII(input[...])
        self.continuationCounts = hasNonASCII && SourceText.hasLongLine(lineStarts, count: input.count) ? SourceText.continuationCounts(of: input) : []
    }

    /// Creates source text from a Swift string (already valid UTF-8).
    public init(_ string: String) {
        self.init(decoding: Array(string.utf8))
    }

    /// The whole text as a Swift string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The number of lines (a final line ending does not start a new, empty line).
    public var lineCount: Int {
        if let last = lineStarts.last, last == bytes.count, lineStarts.count > 1 { return lineStarts.count - 1 }
        return lineStarts.count
    }

    /// The location of a byte offset (clamped into the text); its column counts Unicode scalars.
    public func location(ofOffset offset: Int) -> SourceLocation {
        let offset = min(max(0, offset), bytes.count)
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(line: low + 1, column: column(ofOffset: offset, lineStart: lineStarts[low]), offset: offset)
    }

    /// The location of a 1-based line and **byte** column (as libcmark reports them), clamped
    /// into the text. The location's own column counts Unicode scalars.
    public func location(line: Int, byteColumn: Int) -> SourceLocation {
        let lineIndex = min(max(1, line), lineStarts.count) - 1
        let start = lineStarts[lineIndex]
        let end = lineIndex + 1 < lineStarts.count ? lineStarts[lineIndex + 1] : bytes.count
        let offset = min(start + max(1, byteColumn) - 1, end)
        return SourceLocation(line: lineIndex + 1, column: column(ofOffset: offset, lineStart: start), offset: offset)
    }

    /// The 1-based column, in Unicode scalars, of byte `offset` on the line that starts at byte
    /// `lineStart`.
    func column(ofOffset offset: Int, lineStart: Int) -> Int {
        guard hasNonASCII, offset > lineStart else { return offset - lineStart + 1 }
        if offset - lineStart <= 256 || continuationCounts.isEmpty {
            // Most lines are short: count the continuation bytes of the line's prefix directly.
            let continuation = bytes.withUnsafeBufferPointer { b -> Int in
                var count = 0
                for i in lineStart..<min(offset, b.count) where b[i] & 0xC0 == 0x80 { count += 1 }
                return count
            }
            return offset - lineStart + 1 - continuation
        }
        return offset - lineStart + 1 - (continuationBytes(before: offset) - continuationBytes(before: lineStart))
    }

    /// The 1-based byte column of a location (what libcmark counts).
    public func byteColumn(of location: SourceLocation) -> Int {
        guard location.line >= 1, location.line <= lineStarts.count else { return location.column }
        return location.offset - lineStarts[location.line - 1] + 1
    }

    /// The 1-based column of a location in UTF-16 code units, as the Language Server Protocol and
    /// SARIF's `utf16CodeUnits` count: a scalar above U+FFFF counts twice.
    public func utf16Column(of location: SourceLocation) -> Int {
        guard location.line >= 1, location.line <= lineStarts.count else { return location.column }
        let start = lineStarts[location.line - 1]
        let end = min(max(start, location.offset), bytes.count)
        var column = location.column
        for i in start..<end where bytes[i] >= 0xF0 { column += 1 }
        return column
    }

    /// Continuation bytes in `bytes[0..<offset]`.
    private func continuationBytes(before offset: Int) -> Int {
        guard !continuationCounts.isEmpty else { return 0 }
        let block = offset >> 8
        guard block < continuationCounts.count else { return 0 }
        var count = continuationCounts[block]
        var i = block << 8
        while i < offset {
            if bytes[i] & 0xC0 == 0x80 { count += 1 }
            i += 1
        }
        return count
    }

    /// Whether a line is longer than 256 bytes.
    static func hasLongLine(_ starts: [Int], count: Int) -> Bool {
        var previous = 0
        for start in starts.dropFirst() {
            if start - previous > 256 { return true }
            previous = start
        }
        return count - previous > 256
    }

    static func continuationCounts(of bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { b -> [Int] in
            var counts: [Int] = []
            var count = 0
            var block = 0
            while block < b.count {
                counts.append(count)
                let end = min(b.count, block + 256)
                for i in block..<end where b[i] & 0xC0 == 0x80 { count += 1 }
                block = end
            }
            if b.count & 0xFF == 0 { counts.append(count) }
            return counts
        }
    }

    /// The range between two byte offsets.
    public func range(_ offsets: Range<Int>) -> SourceRange {
        SourceRange(start: location(ofOffset: offsets.lowerBound), end: location(ofOffset: offsets.upperBound))
    }

    /// The text of a 1-based line, without its line ending.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The text between two byte offsets.
    public func text(_ offsets: Range<Int>) -> String {
        let lower = min(max(0, offsets.lowerBound), bytes.count)
        let upper = min(max(lower, offsets.upperBound), bytes.count)
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The offset of every line's first byte: lines end at `\n`, `\r\n` or `\r` (as LSP counts them).
    package static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let n = buffer.count
            if memchr(base, 0x0D, n) == nil {
                // LF only (most files): jump from line feed to line feed.
                var from = 0
                while from < n, let hit = memchr(base + from, 0x0A, n - from) {
                    from = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                    starts.append(from)
                }
                return
            }
            var i = 0
            while i < n {
                let byte = buffer[i]
                if byte == 0x0A {
                    starts.append(i + 1)
                } else if byte == 0x0D {
                    if i + 1 < n, buffer[i + 1] == 0x0A { i += 1 }
                    starts.append(i + 1)
                }
                i += 1
            }
        }
        return starts
    }
}
