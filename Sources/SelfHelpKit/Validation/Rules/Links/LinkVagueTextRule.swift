/// `link-vague-text`: link text such as "here" or "click here".
struct LinkVagueTextRule: Rule {
    static let description = RuleDescription(
        id: .linkVagueText,
        name: "Vague link text",
        summary: "A link's text says nothing about its target (\"here\", \"click here\", \"this link\", \"this article\", …).",
        rationale: """
            Screen-reader users jump from link to link, hearing only their text; "here" tells them nothing, \
            and `Rules.md` forbids it (497 real files). Name the target instead. Warning. \
            Links inside payload strings (an `href` in HTML, a bare URL) are checked too, at their own place in the file.
            """,
        category: .links, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\nTo remove a lock, ↓[click here](https://learn.microsoft.com/azure/storage/).\n")
                .expecting("the link text \"click here\" does not say where it leads; name the target"),
            Example.article(body: "# Title\n\nRead ↓[this article](https://learn.microsoft.com/azure/storage/).\n"),
            Example.formWithInfoblock(#"To remove a lock, see ↓<a href=\"https://learn.microsoft.com/azure/storage/\">here</a>."#),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nSee [Lock a storage account](https://learn.microsoft.com/azure/storage/).\n"),
        ])

    static let vague: Set<String> = [
        "here", "click here", "this", "link", "this link", "this document", "this page", "this article",
    ]

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        // One message string for each link text: an article with many vague links shares them.
        var messages: [String: String] = [:]
        return article.checkedLinks.compactMap { link in
            guard !link.isImage else { return nil }
            let text = link.text.trimmingHeaderWhitespace().lowercased().trimmingTrailing(".:!,")
            guard Self.vague.contains(text) else { return nil }
            let written = link.text.trimmingHeaderWhitespace()
            let message = messages[written] ?? "the link text \"\(written)\" does not say where it leads; name the target"
            messages[written] = message
            return context.diagnostic(SourceRange(start: link.range.start, end: link.range.start), message)
        }
    }
}

extension String {
    func trimmingTrailing(_ set: String) -> String {
        var s = Substring(self)
        while let last = s.last, set.contains(last) { s = s.dropLast() }
        return String(s)
    }
}
