/// A value of an open set (clouds, self-help types): a canonical name for known values, the raw
/// text kept. Equality, hashing and coding go by the canonical name, so `Fairfax` equals `fairfax`.
public protocol OpenSetValue: Hashable, Codable, Sendable {
    /// The canonical name (or the raw text for an unknown value).
    var name: String { get }
    /// Reads a value as written.
    init(raw: String)
}

extension OpenSetValue {
    public static func == (a: Self, b: Self) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    public init(from decoder: Decoder) throws {
        self.init(raw: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
