/// Counts of a validation run, for the summary line and the JSON/SARIF outputs.
public struct ReportSummary: Hashable, Sendable {
    /// How many diagnostics are errors.
    public var errors = 0
    /// How many diagnostics are warnings.
    public var warnings = 0
    /// How many diagnostics are infos.
    public var infos = 0
    /// How many files were validated.
    public var files: Int
    /// How many files have at least one diagnostic.
    public var filesWithDiagnostics: Int

    /// Counts `diagnostics` over `files` checked files.
    public init(_ diagnostics: some Sequence<Diagnostic>, files: Int) {
        var counter = Counter()
        for diagnostic in diagnostics { counter.add(diagnostic) }
        self = counter.summary(files: files)
    }

    init(counts: SeverityCounts, files: Int, filesWithDiagnostics: Int) {
        (errors, warnings, infos) = (counts.errors, counts.warnings, counts.infos)
        self.files = files
        self.filesWithDiagnostics = filesWithDiagnostics
    }

    /// `3 errors, 5 warnings, 1 info in 12 files`.
    public var line: String {
        func count(_ n: Int, _ word: String, _ plural: String) -> String { "\(n) \(n == 1 ? word : plural)" }
        return "\(count(errors, "error", "errors")), \(count(warnings, "warning", "warnings")), \(count(infos, "info", "infos")) in \(count(files, "file", "files"))"
    }

    /// Counts diagnostics as they pass, for a report written from a sequence that is read once.
    struct Counter {
        private var counts = SeverityCounts()
        private var files: Set<String> = []
        private var lastFile: String?

        mutating func add(_ diagnostic: Diagnostic) {
            counts.add(diagnostic.severity)
            guard diagnostic.file != lastFile else { return }
            files.insert(diagnostic.file)
            lastFile = diagnostic.file
        }

        func summary(files checked: Int) -> ReportSummary {
            ReportSummary(counts: counts, files: checked, filesWithDiagnostics: files.count)
        }
    }
}
