/// How many findings there are of each severity: what summaries, listings and finding badges show.
package struct SeverityCounts: Hashable, Sendable {
    package var errors = 0
    package var warnings = 0
    package var infos = 0

    package init() {}

    /// The counts of `findings`.
    package init(_ findings: some Sequence<Diagnostic>) {
        for finding in findings { add(finding.severity) }
    }

    /// Counts one more finding of `severity`.
    package mutating func add(_ severity: Severity) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .info: infos += 1
        }
    }

    package static func += (counts: inout SeverityCounts, other: SeverityCounts) {
        counts.errors += other.errors
        counts.warnings += other.warnings
        counts.infos += other.infos
    }

    package var total: Int { errors + warnings + infos }
}
