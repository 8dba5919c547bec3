/// Everything a person or a tool needs to know about a rule: the reference in Docs/rules.md,
/// SARIF's `tool.driver.rules`, and `selfhelp rules` are generated from it.
public struct RuleDescription: Sendable {
    /// What part of an article a rule looks at; groups the rule reference.
    public enum Category: String, Sendable, CaseIterable {
        /// The file's bytes: its encoding and size.
        case encoding
        /// The `<properties … />` header's syntax.
        case header
        /// The metadata's values (ids, service, type, clouds).
        case metadata
        /// The Markdown body's structure (headings, sections, HTML).
        case content
        /// Links and images.
        case links
        /// The `---`-fenced JSON payload.
        case payload
        /// The wording.
        case prose
    }

    /// The stable id (`header-key-case`). Never renamed or reused.
    public var id: RuleID
    /// A short name in words ("Header key case").
    public var name: String
    /// One line: what the rule finds.
    public var summary: String
    /// Why it matters, and why its severity is what it is.
    public var rationale: String
    /// What part of an article the rule looks at.
    public var category: Category
    /// The severity of the rule's diagnostics when the configuration does not set one.
    public var defaultSeverity: Severity
    /// Whether the rule's diagnostics carry a safe automatic ``Fix``.
    public var isFixable: Bool
    /// Articles that must trigger the rule, with `↓` marking each place a diagnostic must land.
    public var triggeringExamples: [Example]
    /// Articles that must not trigger the rule.
    public var nonTriggeringExamples: [Example]
    /// Ids the rule had before it was renamed. They keep working in `.selfhelp.json` and in
    /// suppression comments, which read them as ``id``; diagnostics always carry ``id``.
    public var deprecatedAliases: Set<RuleID>

    /// A rule's description; `deprecatedAliases` lists the ids of the rule before a rename.
    public init(id: RuleID, name: String, summary: String, rationale: String, category: Category, defaultSeverity: Severity,
                isFixable: Bool = false, deprecatedAliases: Set<RuleID> = [],
                triggeringExamples: [Example], nonTriggeringExamples: [Example]) {
        self.id = id
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.category = category
        self.defaultSeverity = defaultSeverity
        self.isFixable = isFixable
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
        self.deprecatedAliases = deprecatedAliases
    }
}

/// An example article for a rule's tests and documentation.
///
/// In a triggering example, each `↓` marks where a diagnostic must be reported (the marker is
/// removed before parsing). `otherFiles` adds articles or files for rules that look across the
/// knowledge base (a duplicate id, a link target).
public struct Example: Sendable {
    /// The article's text, with `↓` markers and `⟪XX⟫` raw bytes (see ``unmarked()``).
    public var text: String
    /// Path the example is parsed as (relative links resolve against it).
    public var path: String
    /// Other files of the example knowledge base, path → content.
    public var otherFiles: [String: String]
    /// An id catalog (CSV, ``IdCatalogReader``) the example is validated with; nil: none.
    public var catalog: String?
    /// Where the example is written, so a failing test points at it.
    public var file: StaticString
    /// The line of ``file`` the example is written on.
    public var line: UInt
    /// The largest article parsed, in bytes, when the example needs a limit of its own
    /// (`article-too-large`); nil: ``ArticleParser/defaultMaximumSize``.
    public var maximumArticleSize: Int?
    /// The messages a triggering example must report, one per `↓` marker in the order of the
    /// markers; nil: only the places are checked. Set with ``expecting(_:)``.
    public var expectedMessages: [String]?

    /// An example article; `file` and `line` default to where the example is written.
    public init(_ text: String, path: String = "articles/example.md", otherFiles: [String: String] = [:],
                maximumArticleSize: Int? = nil, file: StaticString = #filePath, line: UInt = #line) {
        self.text = text
        self.path = path
        self.otherFiles = otherFiles
        self.maximumArticleSize = maximumArticleSize
        self.file = file
        self.line = line
    }

    /// This example, validated with the id catalog `csv`.
    public func withCatalog(_ csv: String) -> Example {
        var copy = self
        copy.catalog = csv
        return copy
    }

    /// This example, whose diagnostics must say `messages`, one per `↓` marker in marker order
    /// (by line, then column), as swift-format's rule tests check each finding's message.
    public func expecting(_ messages: String...) -> Example {
        var copy = self
        copy.expectedMessages = messages
        return copy
    }

    /// The marker that shows where a diagnostic lands.
    public static let marker: Character = "↓"
}
