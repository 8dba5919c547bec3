/// `prose-please`: "please" in instructions.
struct ProsePleaseRule: Rule {
    static let description = RuleDescription(
        id: .prosePlease,
        name: "Please",
        summary: "The text says \"please\".",
        rationale: """
            The authoring guide (after the Microsoft Writing Style Guide) asks for direct instructions: \
            "please" adds length without meaning in a troubleshooting step. Quoted text (an error message \
            in quotes, a label) and code are left alone: they are not the author's wording. Info: advice, never blocking.
            """,
        category: .prose, defaultSeverity: .info,
        triggeringExamples: [
            Example.article(body: "# Title\n\n↓Please remove the lock first.\n")
                .expecting("leave out \"please\"; state the step directly"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nRemove the lock first.\n"),
            Example.article(body: "# Title\n\nRun `please-build` to rebuild.\n"),
            Example.article(body: "# Title\n\n### \"Sign-in failed, please run Connect-AzAccount again\"\n\nThe portal shows “Please wait” while it loads.\n"),
        ])

    static let word = "please"

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (_, text, range) in article.textNodes() {
            for offset in article.proseOccurrences(Self.word, inTextNode: text, range: range) {
                diagnostics.append(context.diagnostic(offsets: offset..<(offset + Self.word.utf8.count),
                                                      "leave out \"please\"; state the step directly"))
            }
        }
        return diagnostics
    }
}
