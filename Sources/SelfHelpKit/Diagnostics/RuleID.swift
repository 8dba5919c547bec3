/// The stable identifier of a diagnostic's rule, such as `header-key-case`.
///
/// Ids are a contract: configuration files, suppressions and CI logs name them, so an id is
/// never renamed or reused. It is an open set (a struct around the raw string) so that
/// diagnostics from rules added later, or from other tools, still fit.
public struct RuleID: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }
    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

// Ids of the findings the parser itself makes while reading an article. The validation rules
// with these ids report them (see `Validation/Rules`).
extension RuleID {
    public static let articleTooLarge: RuleID = "article-too-large"
    public static let encodingInvalidUTF8: RuleID = "encoding-invalid-utf8"
    public static let encodingBOM: RuleID = "encoding-bom"
    public static let headerMissing: RuleID = "header-missing"
    public static let headerUnterminated: RuleID = "header-unterminated"
    public static let headerLeadingText: RuleID = "header-leading-text"
    public static let headerTrailingText: RuleID = "header-trailing-text"
    public static let headerEntityUnknown: RuleID = "header-entity-unknown"
    public static let encodingNotText: RuleID = "encoding-not-text"
    public static let headerSyntax: RuleID = "header-syntax"
    public static let headerDuplicateKey: RuleID = "header-duplicate-key"
    public static let payloadJSONInvalid: RuleID = "payload-json-invalid"
}
