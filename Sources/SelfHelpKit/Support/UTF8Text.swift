#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers for the hot paths of parsing: they work on UTF-8 directly instead of
/// `Character`s, whose Unicode property look-ups dominate otherwise.
package enum UTF8Text {
    /// Length of header whitespace at `i`: ASCII space, tab, CR, LF, FF, NBSP (C2 A0),
    /// ZWSP (E2 80 8B), narrow NBSP (E2 80 AF), ideographic space (E3 80 80) or a BOM (EF BB BF); 0 if none.
    @inline(__always)
    package static func whitespaceLength(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        switch b[i] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B: return 1
        case 0xC2: return i + 1 < b.count && b[i + 1] == 0xA0 ? 2 : 0
        case 0xE2: return i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0x8B || b[i + 2] == 0xAF) ? 3 : 0
        case 0xE3: return i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : 0
        case 0xEF: return i + 2 < b.count && b[i + 1] == 0xBB && b[i + 2] == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// Whether a whitespace sequence ends just before `end`; returns its length or 0.
    @inline(__always)
    package static func whitespaceLength(endingAt end: Int, _ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let last = b[end - 1]
        if last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D || last == 0x0C || last == 0x0B { return 1 }
        if end - 2 >= start, b[end - 2] == 0xC2, last == 0xA0 { return 2 }
        if end - 3 >= start {
            let (x, y) = (b[end - 3], b[end - 2])
            if x == 0xE2, y == 0x80, last == 0x8B || last == 0xAF { return 3 }
            if x == 0xE3, y == 0x80, last == 0x80 { return 3 }
            if x == 0xEF, y == 0xBB, last == 0xBF { return 3 }
        }
        return 0
    }

    /// The byte range of `b[start..<end]` without header whitespace at either end.
    package static func trimmed(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int> {
        var lower = start, upper = end
        while lower < upper {
            let n = whitespaceLength(b, lower)
            if n == 0 { break }
            lower += n
        }
        while upper > lower {
            let n = whitespaceLength(endingAt: upper, b, from: lower)
            if n == 0 { break }
            upper -= n
        }
        return lower..<upper
    }

    /// The offset of the first `byte` in `bytes[from..<to]` (memchr), or nil.
    package static func find(_ byte: UInt8, in bytes: [UInt8], from: Int, to: Int) -> Int? {
        guard from < to else { return nil }
        return bytes.withUnsafeBufferPointer { b -> Int? in
            guard let base = b.baseAddress, let hit = memchr(base + from, Int32(byte), to - from) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The ASCII letters of `text`, lower-cased, everything else dropped.
    package static func asciiLettersLowercased(_ text: String) -> String {
        var text = text
        return text.withUTF8 { b in
            String(unsafeUninitializedCapacity: b.count) { out in
                var n = 0
                for byte in b {
                    let lower = byte | 0x20
                    if lower >= 0x61 && lower <= 0x7A && (byte <= 0x5A || byte >= 0x61) { out[n] = lower; n += 1 }
                }
                return n
            }
        }
    }

    /// ASCII lower-casing (non-ASCII bytes unchanged): enough for keys and schemes.
    package static func asciiLowercased(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { b in
            guard b.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return text }
            return String(unsafeUninitializedCapacity: b.count) { out in
                for (i, byte) in b.enumerated() { out[i] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                return b.count
            }
        }
    }

    /// `bytes` with every byte that `keep` refuses written as `%XX` (upper-case hex), as URLs and
    /// URIs want them; each caller says which bytes its kind of URL may hold literally.
    package static func percentEncoded<Bytes: Sequence<UInt8>>(_ bytes: Bytes, keeping keep: (UInt8) -> Bool) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount + 8)
        for byte in bytes {
            if keep(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// Removes whitespace at both ends as the header reads it: spaces, tabs, CR, LF, NBSP,
    /// narrow NBSP, ZWSP, the ideographic space and a stray BOM.
    package func trimmingHeaderWhitespace() -> String {
        var copy = self
        return copy.withUTF8 { b -> String in
            guard b.count > 0 else { return "" }
            let range = UTF8Text.trimmed(b, 0, b.count)
            if range.count == b.count { return self }
            return String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)
        }
    }
}
