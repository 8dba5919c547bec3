#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds and repairs invalid UTF-8 without going through `String` (which would hide where).
enum UTF8Validation {
    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            let n = buffer.count
            guard let base = buffer.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base)
            while i < n {
                // Eight ASCII bytes at a time.
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                if buffer[i] < 0x80 { i += 1; continue }
                let length = sequenceLength(buffer, at: i)
                if length == 0 { return i }
                i += length
            }
            return nil
        }
    }

    /// Whether `bytes` look like text: NUL bytes are less than 1 in 64 of the first 8 KB, and
    /// invalid UTF-8 sequences less than a quarter of the first KB.
    ///
    /// git calls a file binary at its first NUL; an article is text written by hand, where a stray
    /// NUL (a copy-and-paste accident, a hostile byte inside a tag) must not make the whole article
    /// vanish. Binary formats and UTF-16 text hold far more NULs than 1 in 64.
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        let window = min(bytes.count, 8_192)
        let nuls = bytes.withUnsafeBufferPointer { b -> Int in
            guard var p = b.baseAddress else { return 0 }
            let end = p + window
            var count = 0
            while p < end, let hit = memchr(p, 0, end - p) {
                count += 1
                p = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return count
        }
        if nuls > 0, nuls * 64 >= window { return false }
        guard !isASCII(bytes.prefix(1_024)) else { return true }
        let head = Array(bytes.prefix(1_024))
        guard let first = firstInvalidOffset(head) else { return true }
        let (_, offsets, _) = repair(head, from: first)
        return offsets.count * 4 < max(head.count, 16)
    }

    /// Whether every byte is ASCII (eight bytes at a time).
    static func isASCII(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i + 8 <= buffer.count {
                if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
                i += 8
            }
            while i < buffer.count { if buffer[i] >= 0x80 { return false }; i += 1 }
            return true
        }
    }

    /// Replaces each maximal invalid subsequence with U+FFFD (EF BF BD), returning the new
    /// bytes, the offsets (in the new bytes) of the replacements and the first original byte of each.
    static func repair(_ bytes: [UInt8], from first: Int) -> ([UInt8], [Int], [UInt8]) {
        var out = Array(bytes[0..<first])
        out.reserveCapacity(bytes.count + 16)
        var offsets: [Int] = []
        var originals: [UInt8] = []
        bytes.withUnsafeBufferPointer { buffer in
            var i = first
            let n = buffer.count
            while i < n {
                if buffer[i] < 0x80 { out.append(buffer[i]); i += 1; continue }
                let length = sequenceLength(buffer, at: i)
                if length > 0 {
                    out.append(contentsOf: buffer[i..<(i + length)])
                    i += length
                } else {
                    offsets.append(out.count)
                    originals.append(buffer[i])
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    i += 1
                    while i < n, buffer[i] & 0xC0 == 0x80 { i += 1 }
                }
            }
        }
        return (out, offsets, originals)
    }

    /// The length of the valid sequence starting at `i`, or 0 when it is invalid.
    private static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = b.count
        let lead = b[i]
        func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
        switch lead {
        case 0xC2...0xDF:
            return cont(1) ? 2 : 0
        case 0xE0:
            return i + 1 < n && (0xA0...0xBF).contains(b[i + 1]) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return cont(1) && cont(2) ? 3 : 0
        case 0xED:
            return i + 1 < n && (0x80...0x9F).contains(b[i + 1]) && cont(2) ? 3 : 0
        case 0xF0:
            return i + 1 < n && (0x90...0xBF).contains(b[i + 1]) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3:
            return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4:
            return i + 1 < n && (0x80...0x8F).contains(b[i + 1]) && cont(2) && cont(3) ? 4 : 0
        default:
            return 0
        }
    }
}
