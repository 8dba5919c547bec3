/// Diagnostics and source positions as a build's records keep them (inside ``ArticleFacts``), so
/// that a rebuild does not run the article rules again on an article that did not change. The
/// file is not written: it is the record's path.
package enum DiagnosticRecord {
    package static func write(_ diagnostic: Diagnostic, to out: inout ByteWriter) {
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
    package static func read(_ input: inout ByteReader, file: String) -> Diagnostic? {
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

    /// The next `count` diagnostics in `input`, reported in `file`; nil when the bytes do not hold them.
    package static func read(_ input: inout ByteReader, count: Int, file: String) -> [Diagnostic]? {
        var found: [Diagnostic] = []
        found.reserveCapacity(count)
        for _ in 0..<count {
            guard let diagnostic = read(&input, file: file) else { return nil }
            found.append(diagnostic)
        }
        return found
    }

    /// Moves past the next diagnostic in `input` without making it; returns its severity, nil when
    /// the bytes do not hold one.
    package static func skip(_ input: inout ByteReader) -> Severity? {
        guard input.skipString(), let severity = input.string().flatMap(Severity.init(rawValue:)), input.skipString(),
              range(&input) != nil, let notes = input.count(), (0..<notes).allSatisfy({ _ in input.skipString() }),
              let hasFix = input.bool() else { return nil }
        if hasFix {
            guard input.skipString(), range(&input) != nil, input.skipString(), input.bool() != nil else { return nil }
        }
        return severity
    }

    package static func write(_ range: SourceRange, to out: inout ByteWriter) {
        write(range.start, to: &out)
        write(range.end, to: &out)
    }

    package static func write(_ location: SourceLocation, to out: inout ByteWriter) {
        out.int(location.line)
        out.int(location.column)
        out.int(location.offset)
    }

    package static func location(_ input: inout ByteReader) -> SourceLocation? {
        guard let line = input.int(), let column = input.int(), let offset = input.int() else { return nil }
        return SourceLocation(line: line, column: column, offset: offset)
    }

    package static func range(_ input: inout ByteReader) -> SourceRange? {
        guard let start = location(&input), let end = location(&input) else { return nil }
        return SourceRange(start: start, end: end)
    }
}
