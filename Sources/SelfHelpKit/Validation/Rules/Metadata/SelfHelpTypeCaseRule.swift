/// `self-help-type-case`: a known `selfHelpType` in a non-canonical case.
struct SelfHelpTypeCaseRule: Rule {
    static let description = RuleDescription(
        id: .selfHelpTypeCase,
        name: "Self-help type case",
        summary: "`selfHelpType` is a known type written in another letter case (`Generic` → `generic`).",
        rationale: """
            Types are read case-insensitively, but 1,944 real files use other spellings, which breaks \
            exact-match tooling and reviews. Warning, with a safe fix to the template spelling.
            """,
        category: .metadata, defaultSeverity: .warning, isFixable: true,
        triggeringExamples: [
            Example.article([#"selfHelpType="↓Generic""#])
                .expecting("write the selfHelpType `Generic` as `generic`"),
            Example.article([#"selfHelpType="↓tsg_content""#], body: "# Title\n\nNotes.\n"),
        ],
        nonTriggeringExamples: [
            Example.article([#"selfHelpType="TSG_Content""#], body: "# Title\n\nNotes.\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let type = article.metadata.selfHelpType, type.isKnown, type.raw != type.name,
              let attribute = article.attribute(.selfHelpType), let token = attribute.tokens().first, token.text == type.raw else { return [] }
        let range = context.source.range(token.offsets)
        return [context.diagnostic(range, "write the selfHelpType `\(type.raw)` as `\(type.name)`",
                                   fix: Fix(summary: "write `\(type.name)`", range: range, replacement: type.name))]
    }
}
