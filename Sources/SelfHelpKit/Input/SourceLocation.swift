/// A place in an article file.
///
/// `line` and `column` are 1-based. **Columns count Unicode scalars** (code points) of the line
/// as SelfHelpKit decoded it (see ``SourceText``), as editors, GitHub annotations and most
/// linters count characters: a no-break space or `é` is one column, an emoji is one column. A
/// leading byte-order mark is not counted, and an invalid byte sequence counts as the one U+FFFD
/// that replaced it. Every output format (text, JSON, GitHub, SARIF with
/// `columnKind: unicodeCodePoints`) reports this column.
///
/// `offset` is the 0-based byte offset into ``SourceText/bytes``, kept beside the column so
/// that tools can slice the text. ``SourceText/byteColumn(of:)`` gives the column in bytes (what
/// libcmark reports) and ``SourceText/utf16Column(of:)`` the column in UTF-16 code units (what
/// the Language Server Protocol uses by default).
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars of the decoded line.
    public var column: Int
    /// The 0-based byte offset into ``SourceText/bytes``.
    public var offset: Int

    /// A location; the three values must describe the same place.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A half-open span of an article file, from `start` up to (not including) `end`.
public struct SourceRange: Hashable, Sendable, Codable {
    /// The first place of the span.
    public var start: SourceLocation
    /// The place just past the span.
    public var end: SourceLocation

    /// The span from `start` up to `end`.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// The byte offsets of the span in ``SourceText/bytes``.
    public var offsets: Range<Int> { start.offset..<max(start.offset, end.offset) }
}
