/// `header-duplicate-key`: a key set twice.
struct HeaderDuplicateKeyRule: Rule {
    static let description = RuleDescription(
        id: .headerDuplicateKey,
        name: "Duplicate header key",
        summary: "A header key is set more than once (in any letter case).",
        rationale: """
            Only one value can win (SelfHelpKit takes the last, as JavaScript does), so the other is \
            silently lost and the author's intent is unclear. Warning: the article still renders.
            """,
        category: .header, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article([#"cloudEnvironments="public""#, #"↓cloudenvironments="fairfax""#])
                .expecting("the key `cloudenvironments` is set twice (first at line 4); the later value wins"),
        ],
        nonTriggeringExamples: [
            Example.article(),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        context.parseDiagnostics(of: article)
    }
}

// MARK: - Messages

extension HeaderDuplicateKeyRule {
    /// The finding's text: the key as written, and the line where it was set first.
    static func message(key: String, firstLine: Int) -> String {
        "the key `\(key)` is set twice (first at line \(firstLine)); the later value wins"
    }
}
