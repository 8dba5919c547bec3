/// A failure of the tool rather than a finding about an article: a file that cannot be read,
/// a bad configuration, a bad command line. Reported on stderr with exit status 2.
public struct ToolError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        case unreadable
        case notFound
        case invalidConfiguration
        case writeFailed
        case usage
    }

    public var kind: Kind
    /// The path concerned, if any.
    public var path: String?
    public var message: String

    public init(_ kind: Kind, path: String?, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String {
        if let path { return "\(path): error: \(message)" }
        return "error: \(message)"
    }
}
