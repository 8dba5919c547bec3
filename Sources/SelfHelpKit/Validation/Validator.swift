import Foundation

/// Runs the registered rules over articles, with the severities a ``Configuration`` sets, and
/// applies the articles' inline ``Suppressions``.
///
/// Validation does no I/O of its own: whether a linked file exists is asked of the
/// `fileExists` function you pass (``FileSystem/fileExists(_:)`` on disk, a set in tests).
/// Diagnostics come back in ``Diagnostic/reportOrder(_:_:)``.
public struct Validator: Sendable {
    /// The severities, overrides and extra known values the rules run with.
    public var configuration: Configuration
    /// The rules that run on each article.
    public var rules: [any Rule.Type] {
        didSet {
            ruleHeads = rules.map(RuleHead.init)
            placeTimings()
        }
    }
    /// What `check` asks of each rule, read once: a rule's description is a large value.
    private var ruleHeads: [RuleHead]
    /// The rules that run on the whole set of articles.
    public var knowledgeBaseRules: [any KnowledgeBaseRule.Type]
    /// The knowledge base's root folder, for ``KnowledgeBaseContext/root``.
    public var root: String?
    /// Where to add the time each rule takes, and parsing's (nil, the default: nothing is timed).
    public var timings: RuleTimings? { didSet { placeTimings() } }
    /// The places of the article rules' totals in ``timings``, in ``rules`` order.
    private var timingSlots: [Int] = []

    private mutating func placeTimings() {
        timingSlots = timings?.slots(for: ruleHeads.map(\.id)) ?? []
    }

    /// A validator with every registered rule, or only those `include` accepts.
    public init(configuration: Configuration = Configuration(), root: String? = nil,
                include: (RuleDescription) -> Bool = { _ in true }) {
        self.configuration = configuration
        self.root = root
        self.rules = RuleRegistry.articleRules.filter { include($0.description) }
        self.ruleHeads = rules.map(RuleHead.init)
        self.knowledgeBaseRules = RuleRegistry.knowledgeBaseRules.filter { include($0.description) }
    }

    /// The severity of `rule` for an article at `path`, or nil when the rule is off there.
    public func severity(of rule: RuleDescription, path: String) -> Severity? {
        severity(of: rule.id, defaultSeverity: rule.defaultSeverity, path: path)
    }

    /// The severity of the rule `id` (by default `defaultSeverity`) for an article at `path`.
    private func severity(of id: RuleID, defaultSeverity: Severity, path: String) -> Severity? {
        configuration.setting(for: id, path: path, default: defaultSeverity).severity
    }

    /// Validates one article on its own: cross-article rules see only it, and no linked file exists.
    public func validate(_ article: Article) -> [Diagnostic] {
        validate([article], fileExists: { _ in false })
    }

    /// Validates a knowledge base: every article rule on each article, then the cross-article rules.
    ///
    /// - Parameters:
    ///   - articles: the parsed articles.
    ///   - jobs: how many threads check articles at once (1: the calling thread only).
    ///   - fileExists: whether a file exists at a path (relative link targets are checked with it).
    /// - Returns: the diagnostics, suppressions applied, sorted in report order.
    public func validate(_ articles: [Article], jobs: Int = 1, fileExists: @escaping @Sendable (String) -> Bool) -> [Diagnostic] {
        diagnostics(ParallelMap.run(articles, jobs: jobs) { facts(of: $0) }, jobs: jobs, fileExists: fileExists)
    }

    /// Validates every article of a knowledge base, as `selfhelp validate FOLDER` does: the
    /// article rules on each article, then the cross-article rules over all of them.
    ///
    /// Relative links and images are resolved with ``KnowledgeBase/fileExists(_:)``: the
    /// knowledge base's own articles first, then the disk. Files that could not be read
    /// (``KnowledgeBase/errors``) are not diagnostics; report them yourself.
    ///
    /// - Parameters:
    ///   - kb: the loaded knowledge base.
    ///   - jobs: how many threads check articles at once (1: the calling thread only).
    /// - Returns: the diagnostics, suppressions applied, sorted in report order.
    public func validate(_ kb: KnowledgeBase, jobs: Int = 1) -> [Diagnostic] {
        validate(kb.articles, jobs: jobs, fileExists: { kb.fileExists($0) })
    }

    /// An article's facts, with its own findings: the article rules', suppressions applied, in
    /// report order. What a cross-article check needs of the article, without keeping it.
    ///
    /// - Parameter contentHash: the SHA-256 (hex) of the article's bytes when the caller has it (nil: computed).
    public func facts(of article: Article, contentHash: String? = nil) -> ArticleFacts {
        let suppressions = Suppressions(article.source)
        // Sorted in place: an article with a million findings holds one array of them, not three.
        var findings = filter(check(article), suppressions)
        findings.sort(by: Diagnostic.reportOrder)
        return ArticleFacts(article, findings: findings, suppressions: suppressions, contentHash: contentHash)
    }

    /// The facts of the article file named `path` with these bytes: parsed, checked, and the
    /// parsed article dropped.
    ///
    /// - Parameter contentHash: the SHA-256 (hex) of `bytes` when the caller has it (nil: computed
    ///   from the decoded text).
    public func facts(ofFile path: String, bytes: [UInt8], contentHash: String? = nil) -> ArticleFacts {
        facts(of: parse(bytes, path: path), contentHash: contentHash)
    }

    /// The article file `path` with these bytes, parsed as this validator reads articles (up to
    /// the configuration's ``Configuration/maximumArticleSize``), its time added to ``timings``.
    public func parse(_ bytes: [UInt8], path: String) -> Article {
        let start = timings == nil ? 0 : MonotonicClock.now()
        let article = ArticleParser.parse(bytes, path: path, maximumSize: configuration.maximumArticleSize)
        timings?.addParse(nanoseconds: MonotonicClock.since(start))
        return article
    }

    /// Every finding of a set of articles, from their facts alone: each article's own findings,
    /// then the cross-article rules' over all of them; in report order.
    ///
    /// - Parameter jobs: how many cross-article rules run at once (nil: one a core).
    public func diagnostics(_ facts: [ArticleFacts], jobs: Int? = nil, fileExists: @escaping @Sendable (String) -> Bool) -> [Diagnostic] {
        var all = facts.flatMap(\.findings)
        all += crossArticleFindings(facts, jobs: jobs, fileExists: fileExists)
        all.sort(by: Diagnostic.reportOrder)
        return all
    }

    /// The cross-article rules' findings over every article's facts, suppressions applied
    /// (unsorted: callers merge them with the articles' own findings).
    ///
    /// - Parameter jobs: how many rules run at once (nil: one a core); the findings come in rule
    ///   order whatever it is.
    public func crossArticleFindings(_ facts: [ArticleFacts], jobs: Int? = nil,
                                     fileExists: @escaping @Sendable (String) -> Bool) -> [Diagnostic] {
        guard !knowledgeBaseRules.isEmpty else { return [] }
        var suppressions: [String: Suppressions] = [:]
        for fact in facts where !fact.suppressions.isEmpty { suppressions[fact.path] = fact.suppressions }
        // The rules are independent: they run side by side, and their findings come in rule order.
        let found = ParallelMap.run(knowledgeBaseRules, jobs: max(1, jobs ?? ParallelMap.defaultJobs)) { rule -> [Diagnostic] in
            let description = rule.description
            let config = configuration
            let context = KnowledgeBaseContext(rule: description.id, configuration: configuration, severity: { path in
                config.setting(for: description.id, path: path, default: description.defaultSeverity).severity
            }, fileExists: fileExists, root: root)
            let start = timings == nil ? 0 : MonotonicClock.now()
            let found = rule.init().check(facts, in: context)
            timings?.add(description.id, nanoseconds: MonotonicClock.since(start))
            return found.filter { diagnostic in
                guard let s = suppressions[diagnostic.file] else { return true }
                return !s.suppresses(diagnostic.rule, line: diagnostic.location.line)
            }
        }
        return Array(found.joined())
    }

    /// The article rules' findings for one article, before suppressions. A file that is not text
    /// gets `encoding-not-text` alone.
    func check(_ article: Article) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let isText = article.source.looksLikeText, tooLarge = article.wasNotParsed(.articleTooLarge)
        // One context for every rule, its rule and severity set for each: the article's text and
        // the configuration are not copied seventy times.
        var context = RuleContext(rule: .encodingNotText, severity: .error, file: article.path, source: article.source, configuration: configuration)
        // Each rule's time, when timed: added to the timings once the article is checked.
        var spent = [UInt64?](repeating: nil, count: timings == nil ? 0 : ruleHeads.count)
        defer { timings?.add(slots: timingSlots, nanoseconds: spent) }
        for (index, head) in ruleHeads.enumerated() {
            if !isText, head.id != .encodingNotText { continue }
            if tooLarge, head.id != .articleTooLarge { continue }
            guard let severity = severity(of: head.id, defaultSeverity: head.defaultSeverity, path: article.path) else { continue }
            context.rule = head.id
            context.severity = severity
            let start = spent.isEmpty ? 0 : MonotonicClock.now()
            var diagnostics = head.rule.init().check(article, in: context)
            if !spent.isEmpty { spent[index] = MonotonicClock.since(start) }
            // The larger array takes the smaller one (in place when it has the room): one rule's
            // million findings are not copied into a second array.
            if diagnostics.count > found.count {
                diagnostics.insert(contentsOf: found, at: 0)
                found = diagnostics
            } else {
                found += diagnostics
            }
        }
        return found
    }

    /// An article rule with its id and default severity.
    private struct RuleHead: Sendable {
        let rule: any Rule.Type
        let id: RuleID
        let defaultSeverity: Severity

        init(_ rule: any Rule.Type) {
            self.rule = rule
            let description = rule.description
            id = description.id
            defaultSeverity = description.defaultSeverity
        }
    }

    func filter(_ diagnostics: [Diagnostic], _ suppressions: Suppressions) -> [Diagnostic] {
        guard !suppressions.isEmpty else { return diagnostics }
        return diagnostics.filter { !suppressions.suppresses($0.rule, line: $0.location.line) }
    }
}
