/// Splits a header list value (`"a, b,c"`, also across line breaks or with `;`) into trimmed,
/// non-empty entries, in order, duplicates kept (the `id-list-duplicate-entry` rule reports them).
public enum ListValue {
    public static func split(_ value: String) -> [String] {
        value.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" || $0 == "\r" || $0 == "\u{FF0C}" })
            .map { String($0).trimmingHeaderWhitespace() }
            .filter { !$0.isEmpty }
    }
}

/// The `displayOrder` value: an integer, or the text that is not one.
public enum DisplayOrder: Hashable, Sendable {
    case value(Int)
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
