/// A 64-bit FNV-1a digest of a sequence of texts and numbers, each followed by a separator, so
/// that `["ab", "c"]` and `["a", "bc"]` differ. Stable across runs and machines (unlike `Hasher`),
/// so build records can keep it; a digest, not a cryptographic hash: it tells a rebuild that what
/// an output is made from has not changed.
struct ContentDigest {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds a text.
    mutating func add(_ text: String) {
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        value = (value ^ 0xFF) &* 0x100_0000_01b3
    }

    /// Adds bytes.
    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        value = (value ^ 0xFD) &* 0x100_0000_01b3
    }

    /// Adds a number.
    mutating func add(_ number: Int) {
        var bits = UInt64(bitPattern: Int64(number))
        for _ in 0..<8 {
            value = (value ^ (bits & 0xFF)) &* 0x100_0000_01b3
            bits >>= 8
        }
        value = (value ^ 0xFE) &* 0x100_0000_01b3
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
}
