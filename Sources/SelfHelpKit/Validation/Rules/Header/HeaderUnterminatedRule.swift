/// `header-unterminated`: a header never closed with `/>`.
struct HeaderUnterminatedRule: Rule {
    static let description = RuleDescription(
        id: .headerUnterminated,
        name: "Header unterminated",
        summary: "The `<properties` header is never closed with `/>`.",
        rationale: """
            An unclosed header swallows the body (or the body swallows the header): the portal's reader \
            cannot tell where metadata ends, so the article is dropped or shown as raw text. Error: the article is lost or garbled.
            """,
        category: .header, defaultSeverity: .error,
        triggeringExamples: [
            Example("↓<properties\n    pageTitle=\"Storage\"\n    selfHelpType=\"generic\"\n\n# Storage\n")
                .expecting("the `<properties` header is never closed with `/>`; the body is taken to start at line 5"),
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

extension HeaderUnterminatedRule {
    /// The finding's text; `bodyLine` is where the body is taken to start (nil: nowhere, the
    /// header runs to the end of the file).
    static func message(bodyLine: Int?) -> String {
        guard let bodyLine else { return "the `<properties` header is never closed with `/>`" }
        return "the `<properties` header is never closed with `/>`; the body is taken to start at line \(bodyLine)"
    }
}
