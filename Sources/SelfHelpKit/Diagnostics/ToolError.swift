/// A failure of the tool rather than a finding about an article: a file that cannot be read,
/// a bad configuration, a bad command line. Reported on stderr with exit status 2.
public struct ToolError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, which decides the wording and the exit status.
    public enum Kind: String, Sendable {
        /// A file or folder exists but cannot be read (permissions, a folder given as a file, I/O).
        case unreadable
        /// A file or folder does not exist.
        case notFound
        /// A configuration file is not valid JSON or names an unknown rule or value.
        case invalidConfiguration
        /// An output could not be written (full disk, permissions); nothing half-written is left.
        case writeFailed
        /// The command line is wrong.
        case usage
    }

    /// What went wrong.
    public var kind: Kind
    /// The path concerned, if any.
    public var path: String?
    /// A sentence for people, without the path (``description`` adds it).
    public var message: String

    /// An error of `kind` about `path` (nil when no file is concerned).
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
