/// How much a diagnostic matters. An `error` blocks a merge; a `warning` should be fixed;
/// `info` is advice. Ordered: `info < warning < error`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    /// Advice: worth reading, never a reason to fail.
    case info
    /// Something to fix; fails a run only with `--fail-on warning`.
    case warning
    /// Something that is wrong: fails a run by default.
    case error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}
