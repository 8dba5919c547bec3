/// How validation is tuned: per-rule severities, extra known values, per-path overrides.
///
/// Read from `.selfhelp.json` (see ``ConfigurationLoader`` and Docs/configuration.md).
public struct Configuration: Sendable, Hashable {
    /// A rule's setting: a severity, or off.
    public enum RuleSetting: Hashable, Sendable {
        case off
        case severity(Severity)
    }

    /// Per-path settings: `pattern` is a glob (`*` within a folder, `**` across folders) matched
    /// against the article path relative to the configuration's folder.
    public struct Override: Hashable, Sendable {
        public var patterns: [String]
        public var rules: [RuleID: RuleSetting]

        public init(patterns: [String], rules: [RuleID: RuleSetting]) {
            self.patterns = patterns
            self.rules = rules
        }
    }

    public var rules: [RuleID: RuleSetting] = [:]
    /// Services accepted beyond namespaces (`partnercenter`), compared case-insensitively.
    public var extraServices: Set<String> = []
    /// Header keys accepted beyond the known ones.
    public var extraKeys: Set<String> = []
    public var overrides: [Override] = []
    /// The folder the configuration applies to (paths in overrides are relative to it).
    public var root: String?

    public init() {}

    /// The setting of `rule` for an article at `path`: the last matching override wins, then
    /// the top-level setting, then the rule's default.
    public func setting(for rule: RuleID, path: String, default defaultSeverity: Severity) -> RuleSetting {
        var result = rules[rule] ?? .severity(defaultSeverity)
        guard !overrides.isEmpty else { return result }
        let relative = relativePath(path)
        for override in overrides where override.patterns.contains(where: { Glob.matches($0, relative) }) {
            if let setting = override.rules[rule] { result = setting }
        }
        return result
    }

    /// `path` relative to ``root`` (a relative `path` is first made absolute against the
    /// current folder); unchanged when there is no root or the path lies outside it.
    func relativePath(_ path: String) -> String {
        guard let root, !root.isEmpty else { return path }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        let absolute = ConfigurationLoader.absolutePath(path)
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : path
    }
}

/// Glob matching for override patterns: `*` matches within a path segment, `**` across
/// segments, `?` one character.
enum Glob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        let p = Array(pattern.utf8), s = Array(path.utf8)
        // Iterative matcher with backtracking points for `*` and `**`.
        var pi = 0, si = 0
        var starP = -1, starS = -1, starCrossesSlash = false
        while si < s.count {
            if pi < p.count, p[pi] == UInt8(ascii: "*") {
                let double = pi + 1 < p.count && p[pi + 1] == UInt8(ascii: "*")
                pi += double ? 2 : 1
                if double, pi < p.count, p[pi] == UInt8(ascii: "/") { pi += 1 }
                starP = pi; starS = si; starCrossesSlash = double
                continue
            }
            if pi < p.count, p[pi] == UInt8(ascii: "?") || p[pi] == s[si], !(p[pi] == UInt8(ascii: "?") && s[si] == UInt8(ascii: "/")) {
                pi += 1; si += 1
                continue
            }
            if starP >= 0, starCrossesSlash || s[starS] != UInt8(ascii: "/") {
                starS += 1; si = starS; pi = starP
                continue
            }
            return false
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}
