/// A finding about one article: which rule, how bad, what and where, and maybe a fix.
///
/// Diagnostics are data: parsing and validation collect them and never throw them. Failures of
/// the tool itself (an unreadable file, a bad configuration) are ``ToolError``s instead.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// The rule that made the finding.
    public var rule: RuleID
    /// How much the finding matters (the rule's default, or the configuration's override).
    public var severity: Severity
    /// A sentence for people: what is wrong and, where it helps, what was expected.
    public var message: String
    /// The article's path as given to the parser.
    public var file: String
    /// Where the finding is; `range.start` is the reported `line:column`.
    public var range: SourceRange
    /// Further remarks, such as the other file of a duplicate id.
    public var notes: [String]
    /// An automatic fix, when the rule can make one safely.
    public var fix: Fix?

    /// A finding of `rule` at `range` of `file`, with optional notes and fix.
    public init(rule: RuleID, severity: Severity, message: String, file: String, range: SourceRange, notes: [String] = [], fix: Fix? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.file = file
        self.range = range
        self.notes = notes
        self.fix = fix
    }

    /// The reported position (the start of ``range``).
    public var location: SourceLocation { range.start }

    /// Orders by file, then line, column and rule: the order every report uses.
    public static func reportOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.range.start != b.range.start { return a.range.start < b.range.start }
        if a.rule != b.rule { return a.rule < b.rule }
        return a.message < b.message
    }
}

/// A replacement of bytes in an article file: `replacement` takes the place of `range`.
///
/// Offsets are in the file's decoded text (``SourceText/bytes``); byte-order-mark removal is
/// a fix with `removesByteOrderMark` set and an empty range.
public struct Fix: Hashable, Sendable, Codable {
    /// What the fix does, as a short imperative sentence ("Remove the byte-order mark").
    public var summary: String
    /// The span of the file that ``replacement`` replaces (empty for an insertion).
    public var range: SourceRange
    /// The text written in place of ``range``.
    public var replacement: String
    /// Whether the fix removes the file's leading byte-order mark (outside the decoded text).
    public var removesByteOrderMark: Bool

    /// A fix replacing `range` with `replacement`.
    public init(summary: String, range: SourceRange, replacement: String, removesByteOrderMark: Bool = false) {
        self.summary = summary
        self.range = range
        self.replacement = replacement
        self.removesByteOrderMark = removesByteOrderMark
    }
}
