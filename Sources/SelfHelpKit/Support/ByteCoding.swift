/// A small binary encoding for the build's own caches, which must load in a few milliseconds:
/// integers as zigzag LEB128 varints, strings as a length and their UTF-8 bytes.
package struct ByteWriter {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    /// A writer holding `bytes` already (what another writer wrote).
    package init(bytes: [UInt8]) { self.bytes = bytes }

    package mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64((value << 1) ^ (value >> (Int.bitWidth - 1))))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    package mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Bytes another writer wrote, as they are.
    package mutating func append(_ written: ArraySlice<UInt8>) { bytes += written }

    /// The bytes written so far, leaving the writer empty (for output written a piece at a time).
    package mutating func take() -> [UInt8] {
        defer { bytes.removeAll(keepingCapacity: true) }
        return bytes
    }

    package mutating func string(_ value: String) {
        // Copied from the string's contiguous UTF-8 at once, not a code unit at a time.
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    package mutating func strings(_ values: [String]) {
        int(values.count)
        values.forEach { string($0) }
    }

    /// A flag, then the string when there is one.
    package mutating func optionalString(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }
}

/// Reads what ``ByteWriter`` wrote. Every read returns nil, and the reader stays failed, when
/// the bytes run out or do not hold what was asked: a damaged cache reads as no cache.
package struct ByteReader {
    private let bytes: [UInt8]
    /// Where the next read starts.
    package private(set) var position = 0

    package init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// A reader of `bytes` from `position` (past the end: at its end, reading nothing).
    package init(_ bytes: [UInt8], at position: Int) {
        self.bytes = bytes
        self.position = min(max(position, 0), bytes.count)
    }

    /// The bytes read between `start` (an earlier ``position``) and the current one.
    package func bytes(since start: Int) -> ArraySlice<UInt8> { bytes[start..<min(position, bytes.count)] }

    package var isAtEnd: Bool { position == bytes.count }

    package mutating func int() -> Int? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift < 64 {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 {
                let decoded = Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1)))
                return Int(exactly: decoded)
            }
            shift += 7
        }
        position = bytes.count + 1
        return nil
    }

    /// A count of items that follow (each at least one byte): nil when negative or larger than
    /// what is left, so a damaged count cannot make a reader reserve gigabytes.
    package mutating func count() -> Int? {
        guard let n = int(), n >= 0, n <= bytes.count - min(position, bytes.count) else { return fail() }
        return n
    }

    package mutating func bool() -> Bool? {
        guard position < bytes.count, bytes[position] <= 1 else { return fail() }
        position += 1
        return bytes[position - 1] == 1
    }

    package mutating func string() -> String? {
        guard let length = count() else { return nil }
        defer { position += length }
        return String(decoding: bytes[position..<(position + length)], as: UTF8.self)
    }

    /// Moves past a string without making it; false when the bytes do not hold one.
    package mutating func skipString() -> Bool {
        guard let length = count() else { return false }
        position += length
        return true
    }

    package mutating func strings() -> [String]? {
        guard let n = count() else { return nil }
        var values: [String] = []
        values.reserveCapacity(n)
        for _ in 0..<n {
            guard let value = string() else { return nil }
            values.append(value)
        }
        return values
    }

    /// What ``ByteWriter/optionalString(_:)`` wrote: `.some(nil)` for no string, nil when the bytes are damaged.
    package mutating func optionalString() -> String?? {
        guard let present = bool() else { return nil }
        guard present else { return .some(nil) }
        guard let value = string() else { return nil }
        return .some(value)
    }

    private mutating func fail<T>() -> T? {
        position = bytes.count + 1
        return nil
    }
}
