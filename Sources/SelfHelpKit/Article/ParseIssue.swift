/// Something the parser noticed while reading an article, as data: what it is and where, with no
/// wording.
///
/// Each issue belongs to one rule (``rule``), and that rule says it in words: the header, encoding
/// and payload rules that report what the parser found end their files with their messages, and
/// ``diagnostic(file:)`` uses them, so ``Article/diagnostics`` and the rules' findings read the same.
public struct ParseIssue: Hashable, Sendable {
    /// What the parser noticed, with the data a message needs.
    public enum Kind: Hashable, Sendable {
        /// The file has no `<properties` header (`header-missing`).
        case headerMissing
        /// Text comes before the header (`header-leading-text`).
        case headerLeadingText
        /// The header is never closed with `/>`; the body is taken to start at `bodyLine`, or nil
        /// when the header runs to the end of the file (`header-unterminated`).
        case headerUnterminated(bodyLine: Int?)
        /// An attribute or the header's end is malformed (`header-syntax`).
        case headerSyntax(HeaderSyntax)
        /// A key is set again; `firstLine` is where it was set first (`header-duplicate-key`).
        case headerDuplicateKey(key: String, firstLine: Int)
        /// A value holds a character reference `&name;` that is not known (`header-entity-unknown`).
        case headerEntityUnknown(name: String)
        /// Text follows the header's `/>` on its line: up to 40 bytes of it (`header-trailing-text`).
        case headerTrailingText(String)
        /// The file starts with `count` UTF-8 byte-order marks (`encoding-bom`).
        case byteOrderMarks(count: Int)
        /// The first invalid UTF-8 byte of a line (`encoding-invalid-utf8`).
        case invalidUTF8(byte: UInt8)
        /// Invalid UTF-8 on more lines than are reported one by one (`encoding-invalid-utf8`).
        case moreInvalidUTF8(lines: Int, sequences: Int)
        /// The file is not text (`encoding-not-text`).
        case notText
        /// The file has `size` bytes, more than `limit` (`article-too-large`).
        case tooLarge(size: Int, limit: Int)
        /// The JSON payload does not parse; `reason` is the JSON reader's (`payload-json-invalid`).
        case payloadJSONInvalid(reason: String)
    }

    /// How a header attribute or the header's end is malformed.
    public enum HeaderSyntax: Hashable, Sendable {
        /// The header ends with `>` instead of `/>`.
        case endsWithGreaterThan
        /// A character that starts no attribute.
        case unexpected(String)
        /// A key without `="value"`.
        case keyWithoutValue(key: String)
        /// A value whose closing quote is missing.
        case unclosedValue(key: String, quote: Character)
        /// A value without quotes.
        case unquotedValue(key: String)
    }

    /// What the parser noticed.
    public var kind: Kind
    /// Where: a position (start and end are the same) for every issue but an invalid byte's.
    public var range: SourceRange

    /// An issue of `kind` at `range`.
    public init(_ kind: Kind, at range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// The rule the issue belongs to.
    public var rule: RuleID {
        switch kind {
        case .headerMissing: return .headerMissing
        case .headerLeadingText: return .headerLeadingText
        case .headerUnterminated: return .headerUnterminated
        case .headerSyntax: return .headerSyntax
        case .headerDuplicateKey: return .headerDuplicateKey
        case .headerEntityUnknown: return .headerEntityUnknown
        case .headerTrailingText: return .headerTrailingText
        case .byteOrderMarks: return .encodingBOM
        case .invalidUTF8, .moreInvalidUTF8: return .encodingInvalidUTF8
        case .notText: return .encodingNotText
        case .tooLarge: return .articleTooLarge
        case .payloadJSONInvalid: return .payloadJSONInvalid
        }
    }

    /// The issue as a finding in `file`: its rule's default severity, its rule's words, and for a
    /// byte-order mark the fix that removes it.
    public func diagnostic(file: String) -> Diagnostic {
        Diagnostic(rule: rule, severity: RuleRegistry.description(of: rule)?.defaultSeverity ?? .error, message: message, file: file,
                   range: range, fix: fix)
    }

    /// The issue in words: each rule's own, from the end of its file.
    var message: String {
        switch kind {
        case .headerMissing: return HeaderMissingRule.message
        case .headerLeadingText: return HeaderLeadingTextRule.message
        case .headerUnterminated(let bodyLine): return HeaderUnterminatedRule.message(bodyLine: bodyLine)
        case .headerSyntax(let problem): return HeaderSyntaxRule.message(problem)
        case .headerDuplicateKey(let key, let firstLine): return HeaderDuplicateKeyRule.message(key: key, firstLine: firstLine)
        case .headerEntityUnknown(let name): return HeaderEntityUnknownRule.message(name: name)
        case .headerTrailingText(let text): return HeaderTrailingTextRule.message(text)
        case .byteOrderMarks(let count): return ByteOrderMarkRule.message(count: count)
        case .invalidUTF8(let byte): return InvalidUTF8Rule.message(byte: byte)
        case .moreInvalidUTF8(let lines, let sequences): return InvalidUTF8Rule.message(moreLines: lines, sequences: sequences)
        case .notText: return NotTextRule.message
        case .tooLarge(let size, let limit): return ArticleTooLargeRule.message(size: size, limit: limit)
        case .payloadJSONInvalid(let reason): return PayloadJSONInvalidRule.message(reason: reason)
        }
    }

    /// The fix, for an issue whose rule has one.
    var fix: Fix? {
        guard case .byteOrderMarks = kind else { return nil }
        return ByteOrderMarkRule.fix(at: range.start)
    }
}
