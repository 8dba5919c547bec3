/// `header-syntax`: a header the scanner had to repair.
struct HeaderSyntaxRule: Rule {
    static let description = RuleDescription(
        id: .headerSyntax,
        name: "Header syntax",
        summary: "A header attribute is malformed: a missing closing quote, an unquoted value, a stray character.",
        rationale: """
            The broken headers of the full corpus (12 files) have a missing quote that makes one value run \
            into the next key, a doubled quote, a comma or a zero-width space between attributes. The \
            portal's reader loses the fields after the damage. Error: fields are lost. SelfHelpKit \
            recovers and reads on, so the other rules still run. An unknown character reference, which \
            loses nothing, is `header-entity-unknown`.
            """,
        category: .header, defaultSeverity: .error,
        triggeringExamples: [
            Example.article([#"ms.author=↓"alias"#])
                .expecting("the value of `ms.author` has no closing quote `\"`"),
            Example.article([#"description="Deleting a storage account"↓,"#]),
        ],
        nonTriggeringExamples: [
            Example.article([#"ms.author="alias""#]),
            Example.article([#"description = 'Deleting a "locked" account'"#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        context.parseDiagnostics(of: article)
    }
}

// MARK: - Messages

extension HeaderSyntaxRule {
    /// The finding's text for each way an attribute or the header's end is malformed.
    static func message(_ problem: ParseIssue.HeaderSyntax) -> String {
        switch problem {
        case .endsWithGreaterThan: return "the header ends with `>`; expected `/>`"
        case .unexpected(let text): return "unexpected `\(text)` in the header; expected `key=\"value\"` or `/>`"
        case .keyWithoutValue(let key): return "the key `\(key)` has no `=\"value\"`"
        case .unclosedValue(let key, let quote): return "the value of `\(key)` has no closing quote `\(quote)`"
        case .unquotedValue(let key): return "the value of `\(key)` is not in quotes"
        }
    }
}
