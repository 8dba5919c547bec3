/// `placeholder-unbalanced`: a placeholder opened and never closed.
struct PlaceholderUnbalancedRule: Rule {
    static let description = RuleDescription(
        id: .placeholderUnbalanced,
        name: "Placeholder unbalanced",
        summary: "A placeholder `<!--$name-->` has no closing `<!--/$name-->`, or closes with another spelling.",
        rationale: """
            The portal replaces the text between the two markers with a value; without the closing marker \
            it does not know where the default ends, and the value is not filled in (4 real files). Warning.
            """,
        category: .content, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\nThe VM ↓<!--$vmName-->myVM is restarting.\n")
                .expecting("the placeholder `$vmName` is never closed with `<!--/$vmName-->`"),
            Example.article(body: "# Title\n\nThe role ↓<!--$RoleName-->web<!--/$rolename--> is restarting.\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nThe VM <!--$vmName-->myVM<!--/$vmName--> is restarting.\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        article.placeholders.compactMap { placeholder in
            let at = SourceRange(start: placeholder.range.start, end: placeholder.range.start)
            if let closing = placeholder.closingName {
                return context.diagnostic(at, "the placeholder `$\(placeholder.name)` is closed as `$\(closing)`; write the same name in both markers")
            }
            guard !placeholder.isClosed else { return nil }
            return context.diagnostic(SourceRange(start: placeholder.range.start, end: placeholder.range.start),
                                      "the placeholder `$\(placeholder.name)` is never closed with `<!--/$\(placeholder.name)-->`")
        }
    }
}
