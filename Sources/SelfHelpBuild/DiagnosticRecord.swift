import SelfHelpKit
/// An article's own findings as the build manifest keeps them, so that a rebuild does not run the
/// article rules again on an article that did not change. The file is not written: it is the
/// manifest entry's path.
enum DiagnosticRecord {
    static func write(_ diagnostic: Diagnostic, to out: inout ByteWriter) {
        out.string(diagnostic.rule.rawValue)
        out.string(diagnostic.severity.rawValue)
        out.string(diagnostic.message)
        write(diagnostic.range, to: &out)
        out.strings(diagnostic.notes)
        out.bool(diagnostic.fix != nil)
        if let fix = diagnostic.fix {
            out.string(fix.summary)
            write(fix.range, to: &out)
            out.string(fix.replacement)
            out.bool(fix.removesByteOrderMark)
        }
    }

    /// The next diagnostic in `input`, reported in `file`; nil when the bytes do not hold one.
    static func read(_ input: inout ByteReader, file: String) -> Diagnostic? {
        guard let rule = input.string(), let severity = input.string().flatMap(Severity.init(rawValue:)), let message = input.string(),
              let range = range(&input), let notes = input.strings(), let hasFix = input.bool() else { return nil }
        var fix: Fix?
        if hasFix {
            guard let summary = input.string(), let fixRange = self.range(&input), let replacement = input.string(),
                  let removesBOM = input.bool() else { return nil }
            fix = Fix(summary: summary, range: fixRange, replacement: replacement, removesByteOrderMark: removesBOM)
        }
        return Diagnostic(rule: RuleID(rule), severity: severity, message: message, file: file, range: range, notes: notes, fix: fix)
    }

    private static func write(_ range: SourceRange, to out: inout ByteWriter) {
        for location in [range.start, range.end] {
            out.int(location.line)
            out.int(location.column)
            out.int(location.offset)
        }
    }

    private static func range(_ input: inout ByteReader) -> SourceRange? {
        guard let startLine = input.int(), let startColumn = input.int(), let startOffset = input.int(),
              let endLine = input.int(), let endColumn = input.int(), let endOffset = input.int() else { return nil }
        return SourceRange(start: SourceLocation(line: startLine, column: startColumn, offset: startOffset),
                           end: SourceLocation(line: endLine, column: endColumn, offset: endOffset))
    }
}
