/// The Azure service an article belongs to (`service`), normally a resource-provider namespace
/// such as `microsoft.storage`. An open set: any text is kept; ``isNamespace`` says whether it
/// has the expected `A.B` shape.
public struct Service: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The value as written (trimmed).
    public let raw: String

    /// A service as written in the header.
    public init(raw: String) { self.raw = raw }

    /// The lower-case form used for lookups: namespaces are case-insensitive.
    public var normalized: String { raw.lowercased() }

    /// Whether the value is a namespace: dot-separated words of letters, digits, `-` and `_`,
    /// at least two of them, with no `/`, space or comma.
    public var isNamespace: Bool {
        let parts = raw.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        }
    }

    public var description: String { raw }

    public static func == (a: Service, b: Service) -> Bool { a.normalized == b.normalized }
    public func hash(into hasher: inout Hasher) { hasher.combine(normalized) }

    public init(from decoder: Decoder) throws {
        raw = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(raw)
    }
}
