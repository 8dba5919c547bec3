/// The human format: `file:line:column: severity: message [rule-id]`, the source line, a caret
/// under the column, and a summary line at the end.
///
/// Colour (ANSI) only when asked: the caller decides from `--color` or whether stdout is a terminal.
public struct TextReporter: Sendable {
    /// Whether to color severities and rule ids with ANSI escapes.
    public var color: Bool

    /// A reporter; plain text unless `color`.
    public init(color: Bool = false) { self.color = color }

    /// The report. `source(file)` gives an article's text for the quoted line (nil: no quote).
    public func render(_ diagnostics: [Diagnostic], files: Int, source: (String) -> SourceText?) -> String {
        var out = ""
        write(diagnostics, files: files, source: source) { out += $0 }
        return out
    }

    /// The same text as ``render(_:files:source:)``, handed to `emit` a piece at a time (about
    /// 64 KB), so that a large report is written without being held whole.
    /// `diagnostics` are read once, in order, and counted for the summary as they are written.
    public func write(_ diagnostics: some Sequence<Diagnostic>, files: Int, source: (String) -> SourceText?, to emit: (String) -> Void) {
        var out = ""
        var counter = ReportSummary.Counter()
        for diagnostic in diagnostics {
            counter.add(diagnostic)
            ReportPieces.handOut(&out, to: emit)
            let severity = paint(diagnostic.severity.rawValue, Self.colorCode(diagnostic.severity))
            out += "\(paint("\(diagnostic.file):\(diagnostic.location.line):\(diagnostic.location.column):", "1")) \(severity): \(diagnostic.message) [\(diagnostic.rule)]\n"
            for note in diagnostic.notes { out += "  note: \(note)\n" }
            if let text = source(diagnostic.file) {
                let line = Self.printable(text.lineText(diagnostic.location.line))
                if !line.isEmpty {
                    out += "  \(line)\n"
                    // Columns count Unicode scalars. Keep tabs so the caret lines up; one space a scalar.
                    let padding = String(String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, diagnostic.location.column - 1)).map { $0 == "\t" ? "\t" : " " }))
                    out += "  \(padding)\(paint("^", "32"))\n"
                }
            }
        }
        out += counter.summary(files: files).line + "\n"
        emit(out)
    }

    func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    static func colorCode(_ severity: Severity) -> String {
        switch severity {
        case .error: return "1;31"
        case .warning: return "1;33"
        case .info: return "1;36"
        }
    }

    /// A source line with control characters (bar tab) shown as `?`, so the terminal is safe.
    static func printable(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }) else { return line }
        return String(String.UnicodeScalarView(line.unicodeScalars.map { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F || (0x80...0x9F).contains($0.value) ? "?" : $0 }))
    }
}
