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
    ///
    /// Consecutive findings of one file are put into text together, `source` asked once for
    /// them; with `jobs` above 1, the files of a batch of findings (``batchSize``) are put into
    /// text on that many threads, so `source` must then be safe to call from several threads at
    /// once (`selfhelp validate` reads each file again there, to quote its lines). The text is
    /// the same whatever `jobs` is.
    public func write(_ diagnostics: some Sequence<Diagnostic>, files: Int, jobs: Int = 1, source: (String) -> SourceText?,
                      to emit: (String) -> Void) {
        var out = ""
        var counter = ReportSummary.Counter()
        // Runs of findings of one file, the last one still growing.
        var batch: [[Diagnostic]] = []
        var batched = 0
        func writeBatch() {
            for text in ParallelMap.run(batch, jobs: jobs, { run in self.text(of: run, source: source(run[0].file)) }) {
                out += text
                ReportPieces.handOut(&out, to: emit)
            }
            batch.removeAll(keepingCapacity: true)
            batched = 0
        }
        for diagnostic in diagnostics {
            counter.add(diagnostic)
            if let file = batch.last?.first?.file, file == diagnostic.file {
                batch[batch.count - 1].append(diagnostic)
            } else {
                // A batch ends between files, so that a file's source is read once.
                if batched >= Self.batchSize { writeBatch() }
                batch.append([diagnostic])
            }
            batched += 1
        }
        writeBatch()
        out += counter.summary(files: files).line + "\n"
        emit(out)
    }

    /// About how many findings are put into text at once by ``write(_:files:jobs:source:to:)``.
    static let batchSize = 2_048

    /// The text of `run`, findings of one file whose text is `source`: each finding's line, its
    /// notes, then the quoted source line with a caret under the column.
    func text(of run: [Diagnostic], source: SourceText?) -> String {
        var out = ""
        for diagnostic in run {
            let severity = paint(diagnostic.severity.rawValue, Self.colorCode(diagnostic.severity))
            out += "\(paint("\(diagnostic.file):\(diagnostic.location.line):\(diagnostic.location.column):", "1")) \(severity): \(diagnostic.message) [\(diagnostic.rule)]\n"
            for note in diagnostic.notes { out += "  note: \(note)\n" }
            if let source {
                let line = Self.printable(source.lineText(diagnostic.location.line))
                if !line.isEmpty {
                    out += "  \(line)\n"
                    // Columns count Unicode scalars. Keep tabs so the caret lines up; one space a scalar.
                    let padding = String(String.UnicodeScalarView(line.unicodeScalars.prefix(max(0, diagnostic.location.column - 1)).map { $0 == "\t" ? "\t" : " " }))
                    out += "  \(padding)\(paint("^", "32"))\n"
                }
            }
        }
        return out
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
