/// A 64-bit digest of a sequence of texts and numbers, each closed by its length and kind, so that
/// `["ab", "c"]` and `["a", "bc"]` differ. Stable across runs and machines (unlike `Hasher`), so
/// build records can keep it; a digest, not a cryptographic hash: it tells a rebuild that what an
/// output is made from has not changed. Texts are taken eight bytes at a time (a rebuild digests
/// every finding and every page's surroundings: tens of megabytes).
struct ContentDigest {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds a text.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add($0, kind: 0xFF) }
    }

    /// Adds bytes.
    mutating func add(_ bytes: [UInt8]) {
        add(bytes[...])
    }

    /// Adds bytes.
    mutating func add(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { add($0, kind: 0xFD) }
    }

    /// Adds a number.
    mutating func add(_ number: Int) {
        mix(UInt64(bitPattern: Int64(number)))
        mix(0xFE)
    }

    /// Adds an optional text (nil differs from every text, the empty one included).
    mutating func add(_ text: String?) {
        if let text { add(text) } else { add(-1) }
    }

    /// Adds a list of texts, with its length.
    mutating func add(_ texts: [String]) {
        add(texts.count)
        for text in texts { add(text) }
    }

    /// The digest as a signed integer, as records store it.
    var intValue: Int { Int(truncatingIfNeeded: value) }

    /// Mixes in `bytes` eight at a time (little-endian, whatever the machine), then their last
    /// bytes with their count and `kind`.
    private mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, kind: UInt64) {
        let raw = UnsafeRawBufferPointer(bytes)
        var offset = 0
        while offset + 8 <= raw.count {
            mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        var tail: UInt64 = 0
        for (shift, byte) in raw[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
        mix(tail)
        mix(UInt64(raw.count) << 8 | kind)
    }

    private mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
        value ^= value >> 29
    }
}
