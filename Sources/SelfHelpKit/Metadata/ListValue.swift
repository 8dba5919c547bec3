/// Splits a header list value (`"a, b,c"`, also across line breaks or with `;`) into trimmed,
/// non-empty entries, in order, duplicates kept (the `id-list-duplicate-entry` rule reports them).
public enum ListValue {
    /// The entries of a list value: cut at `,`, `;`, full-width commas and line breaks, each trimmed, empty ones dropped.
    public static func split(_ value: String) -> [String] {
        var copy = value
        return copy.withUTF8 { b -> [String] in
            var entries: [String] = []
            var start = 0
            var i = 0
            func flush(_ end: Int) {
                let range = UTF8Text.trimmed(b, start, end)
                if !range.isEmpty { entries.append(String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self)) }
            }
            while i < b.count {
                let byte = b[i]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == 0x0A || byte == 0x0D {
                    flush(i)
                    start = i + 1
                } else if byte == 0xEF, i + 2 < b.count, b[i + 1] == 0xBC, b[i + 2] == 0x8C { // fullwidth comma
                    flush(i)
                    start = i + 3
                    i += 2
                }
                i += 1
            }
            flush(b.count)
            return entries
        }
    }
}

/// The `displayOrder` value: an integer, or the text that is not one.
public enum DisplayOrder: Hashable, Sendable {
    /// An integer.
    case value(Int)
    /// Text that is not an integer, trimmed.
    case invalid(String)

    init?(raw: String) {
        let trimmed = raw.trimmingHeaderWhitespace()
        if trimmed.isEmpty { return nil }
        if let number = Int(trimmed) { self = .value(number) } else { self = .invalid(trimmed) }
    }

    /// The integer, when valid.
    public var intValue: Int? {
        if case .value(let number) = self { return number }
        return nil
    }
}
