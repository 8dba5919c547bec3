/// The JSON format: `{"diagnostics": [...], "summary": {...}}`.
public enum JSONReporter {
    /// The diagnostics and a summary as a JSON document (compact, or indented when `pretty`).
    public static func render(_ diagnostics: [Diagnostic], files: Int, pretty: Bool = false) -> String {
        var out: [UInt8] = []
        write(diagnostics, files: files, pretty: pretty) { out += $0 }
        return String(decoding: out, as: UTF8.self)
    }

    /// The same bytes as ``render(_:files:pretty:)``, handed to `emit` a piece at a time (about
    /// 64 KB), so that a large report is written without being held whole.
    public static func write(_ diagnostics: [Diagnostic], files: Int, pretty: Bool = false, to emit: ([UInt8]) -> Void) {
        let summary = ReportSummary(diagnostics, files: files)
        let members: [(String, JSONOutput)] = [
            ("diagnostics", .null), // written one diagnostic at a time: a large report's values are never all in memory
            ("summary", .object([
                ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)), ("infos", .int(summary.infos)),
                ("files", .int(summary.files)), ("filesWithDiagnostics", .int(summary.filesWithDiagnostics)),
            ])),
        ]
        let indent = pretty ? 2 : nil
        var out: [UInt8] = []
        JSONOutput.writeObject(members.map(\.0), into: &out, indent: indent, level: 0) { i, out in
            if i == 0 {
                JSONOutput.writeArray(diagnostics, into: &out, indent: indent, level: 1, ArticleJSON.diagnostic) { out in
                    guard out.count >= 1 << 16 else { return }
                    emit(out)
                    out.removeAll(keepingCapacity: true)
                }
            } else {
                members[i].1.write(into: &out, indent: indent, level: 1)
            }
        }
        out.append(0x0A)
        emit(out)
    }
}
