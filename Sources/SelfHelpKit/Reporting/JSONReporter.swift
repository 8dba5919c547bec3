/// The JSON format: `{"diagnostics": [...], "summary": {...}}`.
public enum JSONReporter {
    /// The diagnostics and a summary as a JSON document (compact, or indented when `pretty`).
    public static func render(_ diagnostics: [Diagnostic], files: Int, pretty: Bool = false) -> String {
        var out: [UInt8] = []
        write(diagnostics, files: files, pretty: pretty) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// The same bytes as ``render(_:files:pretty:)``, handed to `emit` a piece at a time (about
    /// 64 KB), so that a large report is written without being held whole. `diagnostics` are
    /// read once, in order, and counted for the summary as they are written.
    public static func write(_ diagnostics: some Sequence<Diagnostic>, files: Int, pretty: Bool = false, to emit: ([UInt8]) -> Void) {
        var counter = ReportSummary.Counter()
        let indent = pretty ? 2 : nil
        var out: [UInt8] = []
        JSONOutput.writeObject(["diagnostics", "summary"], into: &out, indent: indent, level: 0) { i, out in
            if i == 0 {
                // One diagnostic at a time: a large report's values are never all in memory.
                JSONOutput.writeArray(diagnostics, into: &out, indent: indent, level: 1, { diagnostic in
                    counter.add(diagnostic)
                    return ArticleJSON.diagnostic(diagnostic)
                }) { out in ReportPieces.handOut(&out, to: emit) }
            } else {
                let summary = counter.summary(files: files)
                JSONOutput.object([
                    ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)), ("infos", .int(summary.infos)),
                    ("files", .int(summary.files)), ("filesWithDiagnostics", .int(summary.filesWithDiagnostics)),
                ]).write(into: &out, indent: indent, level: 1)
            }
        }
        out.append(0x0A)
        emit(out)
    }
}
