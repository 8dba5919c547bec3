/// How validation is tuned: per-rule severities, extra known values, per-path overrides.
///
/// Read from `.selfhelp.json` (see ``ConfigurationLoader`` and Docs/configuration.md).
public struct Configuration: Sendable, Hashable {
    /// A rule's setting: a severity, or off.
    public enum RuleSetting: Hashable, Sendable {
        /// The rule does not run.
        case off
        /// The rule runs and reports at this severity.
        case severity(Severity)

        /// The severity, or nil when the rule is off.
        public var severity: Severity? {
            if case .severity(let severity) = self { return severity }
            return nil
        }
    }

    /// Per-path settings: `pattern` is a glob (`*` within a folder, `**` across folders) matched
    /// against the article path relative to the configuration's folder.
    public struct Override: Hashable, Sendable {
        /// Globs of the article paths the override applies to.
        public var patterns: [String]
        /// The rule settings for those articles, by current rule id.
        public var rules: [RuleID: RuleSetting]

        /// An override of `rules` for the articles matching any of `patterns`.
        public init(patterns: [String], rules: [RuleID: RuleSetting]) {
            self.patterns = patterns
            self.rules = rules
        }
    }

    /// Rule settings by current rule id (a deprecated alias in `.selfhelp.json` is read as its
    /// rule's id); a rule not listed has its default severity.
    public var rules: [RuleID: RuleSetting] = [:]
    /// Services accepted beyond namespaces (`partnercenter`), compared case-insensitively.
    public var extraServices: Set<String> = []
    /// Header keys accepted beyond the known ones.
    public var extraKeys: Set<String> = []
    /// Per-path settings, in file order: a later matching override wins.
    public var overrides: [Override] = []
    /// The largest article parsed, in bytes (`maxArticleSize`); a larger one gets one
    /// `article-too-large` finding instead. Default ``ArticleParser/defaultMaximumSize``.
    public var maximumArticleSize = ArticleParser.defaultMaximumSize
    /// The id catalog (`--catalog FILE` or `"catalog"`): nil when none is configured, and then
    /// the catalog rules are silent.
    public var catalog: IdCatalog?
    /// Product-name substitutions added to ``ProductNameTerms/builtIn`` (`"productNames"`:
    /// wrong spelling → right spelling); a configured term replaces a built-in one of the same spelling.
    public var productNames: [String: String] = [:]
    /// Words the `spelling` rule accepts beyond its dictionary and built-in list (`"words"`),
    /// compared case-insensitively.
    public var words: Set<String> = []
    /// The folder the configuration applies to (paths in overrides are relative to it).
    public var root: String?

    /// The default configuration: every rule at its default severity, nothing extra.
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

extension Configuration {
    /// Everything about the configuration that changes findings, as text: two configurations with
    /// the same fingerprint give the same findings for the same article paths. Builds and
    /// ``ValidationCache`` key on it. (``root`` is left out, so that a checkout in another folder
    /// keeps its caches: overrides match paths relative to it.)
    package var fingerprint: String {
        let rules = rules.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        let overrides = overrides.map { "\($0.patterns)\($0.rules.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })" }
        return "rules:\(rules);services:\(extraServices.sorted());keys:\(extraKeys.sorted());"
            + "catalog:\(catalog?.fingerprint ?? "");names:\(productNames.sorted { $0.key < $1.key });words:\(words.sorted());"
            + "overrides:\(overrides);maxArticleSize:\(maximumArticleSize)"
    }
}

/// Glob matching for override patterns: `*` matches within a path segment, `**` any number of
/// whole segments (`defects/**`, `**/*.md`), `?` one character other than `/`.
enum Glob {
    static func matches(_ pattern: String, _ path: String) -> Bool {
        let p = pattern.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
        let s = path.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.utf8) }
        // reachable[j]: pattern segments so far can match the first j path segments.
        var reachable = [Bool](repeating: false, count: s.count + 1)
        reachable[0] = true
        for segment in p {
            var next = [Bool](repeating: false, count: s.count + 1)
            if segment == Array("**".utf8) {
                var any = false
                for j in 0...s.count {
                    any = any || reachable[j]
                    next[j] = any
                }
            } else {
                for j in 0..<s.count where reachable[j] && matchesSegment(segment, s[j]) { next[j + 1] = true }
            }
            reachable = next
        }
        return reachable[s.count]
    }

    /// `*` and `?` within one segment (iterative, with one backtracking point).
    static func matchesSegment(_ p: [UInt8], _ s: [UInt8]) -> Bool {
        var pi = 0, si = 0, starP = -1, starS = 0
        while si < s.count {
            if pi < p.count, p[pi] == UInt8(ascii: "*") {
                starP = pi; starS = si; pi += 1
            } else if pi < p.count, p[pi] == UInt8(ascii: "?") || p[pi] == s[si] {
                pi += 1; si += 1
            } else if starP >= 0 {
                pi = starP + 1; starS += 1; si = starS
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}
