extension ToolError {
    /// A tool error for any error a call threw: `error` itself when it is already a
    /// ``ToolError``, otherwise a new one of `kind` at `path` whose message is the error's own
    /// description, after `context` and a colon when given.
    ///
    /// It does not look inside the wrapped error (an `NSError`'s domain or code, a POSIX errno):
    /// the message is `"\(error)"`, as every caller printed it before this existed.
    ///
    /// - Parameters:
    ///   - error: What was thrown.
    ///   - kind: The kind of a new error; ignored when `error` is a ``ToolError``.
    ///   - path: The path a new error concerns, if any.
    ///   - context: What was being done, such as `"cannot write the search index"`.
    public init(wrapping error: any Error, _ kind: Kind, path: String?, context: String? = nil) {
        if let error = error as? ToolError {
            self = error
        } else {
            self.init(kind, path: path, message: context.map { "\($0): \(error)" } ?? "\(error)")
        }
    }
}

extension Result where Failure == ToolError {
    /// The value `body` returns, or what it throws as a ``ToolError``
    /// (``ToolError/init(wrapping:_:path:context:)`` of `kind` at `path`).
    public init(_ kind: ToolError.Kind, path: String?, catching body: () throws -> Success) {
        do {
            self = .success(try body())
        } catch {
            self = .failure(ToolError(wrapping: error, kind, path: path))
        }
    }
}
