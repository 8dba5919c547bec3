/// The machine format: `{"diagnostics": [...], "summary": {...}}`, each diagnostic as
/// ``ArticleJSON/diagnostic(_:)`` writes it.
public enum JSONReporter {
    /// The diagnostics and a summary as a JSON document (compact, or indented when `pretty`).
    public static func render(_ diagnostics: [Diagnostic], files: Int, pretty: Bool = false) -> String {
        let summary = ReportSummary(diagnostics, files: files)
        let json = JSONOutput.object([
            ("diagnostics", .array(diagnostics.map(ArticleJSON.diagnostic))),
            ("summary", .object([
                ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)), ("infos", .int(summary.infos)),
                ("files", .int(summary.files)), ("filesWithDiagnostics", .int(summary.filesWithDiagnostics)),
            ])),
        ])
        return (pretty ? json.prettySerialized() : json.serialized()) + "\n"
    }
}
