/// A validation rule that looks at one article.
///
/// A rule is a value with a static ``RuleDescription`` and a `check` that returns its findings.
/// It reports through ``RuleContext/diagnostic(_:_:fix:notes:)``, which fills in the id, the
/// configured severity and the file. Rules never throw and never mutate the article.
public protocol Rule: Sendable {
    /// The rule's id, texts, default severity and examples.
    static var description: RuleDescription { get }
    /// A rule; rules hold no state, so the registry makes one of each.
    init()
    /// The rule's findings in `article`, in any order (the validator sorts them).
    func check(_ article: Article, in context: RuleContext) -> [Diagnostic]
}

/// A rule that needs the whole knowledge base (duplicate ids, links to other articles).
///
/// It sees each article's ``ArticleFacts``, never the parsed articles: an engine keeps facts for
/// every article and re-checks the whole set in milliseconds after one changes.
public protocol KnowledgeBaseRule: Sendable {
    /// The rule's id, texts, default severity and examples.
    static var description: RuleDescription { get }
    /// A rule; rules hold no state, so the registry makes one of each.
    init()
    /// Checks every article's facts at once, in path order; reports with ``KnowledgeBaseContext/diagnostic(inFile:_:_:notes:)``.
    func check(_ facts: [ArticleFacts], in knowledgeBase: KnowledgeBaseContext) -> [Diagnostic]
}

/// What a rule may know beyond the article: the configuration and the files around it.
public struct RuleContext: Sendable {
    /// The id of the rule being run.
    public var rule: RuleID
    /// The rule's configured severity for this article.
    public var severity: Severity
    /// The path of the article, as its diagnostics name it.
    public var file: String
    /// The article's text.
    public var source: SourceText
    /// The configuration validation runs with.
    public var configuration: Configuration

    /// A context for running `rule` on the article at `file`.
    public init(rule: RuleID, severity: Severity, file: String, source: SourceText, configuration: Configuration) {
        self.rule = rule
        self.severity = severity
        self.file = file
        self.source = source
        self.configuration = configuration
    }

    /// A diagnostic of this rule at `range`.
    public func diagnostic(_ range: SourceRange, _ message: String, fix: Fix? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(rule: rule, severity: severity, message: message, file: file, range: range, notes: notes, fix: fix)
    }

    /// A diagnostic of this rule at a byte-offset range of the source.
    public func diagnostic(offsets: Range<Int>, _ message: String, fix: Fix? = nil, notes: [String] = []) -> Diagnostic {
        diagnostic(source.range(offsets), message, fix: fix, notes: notes)
    }
}

/// What a knowledge-base rule may know: the configuration, and whether a file exists.
public struct KnowledgeBaseContext: Sendable {
    /// The id of the rule being run.
    public var rule: RuleID
    /// The configuration validation runs with.
    public var configuration: Configuration
    /// The effective severity for an article's path (configuration may differ per path).
    public var severity: @Sendable (String) -> Severity?
    /// Whether a file exists at a path (tests give a fake file system).
    public var fileExists: @Sendable (String) -> Bool
    /// The knowledge base's root folder: links that lead outside it are never looked up.
    /// nil: the deepest folder that holds every article.
    public var root: String?

    /// A context for running `rule` over the knowledge base.
    public init(rule: RuleID, configuration: Configuration, severity: @escaping @Sendable (String) -> Severity?,
                fileExists: @escaping @Sendable (String) -> Bool, root: String? = nil) {
        self.rule = rule
        self.configuration = configuration
        self.severity = severity
        self.fileExists = fileExists
        self.root = root
    }

    /// A diagnostic of this rule in the article at `path`, or nil when the rule is off for it.
    public func diagnostic(inFile path: String, _ range: SourceRange, _ message: String, notes: [String] = []) -> Diagnostic? {
        guard let severity = severity(path) else { return nil }
        return Diagnostic(rule: rule, severity: severity, message: message, file: path, range: range, notes: notes)
    }
}
