/// `encoding-not-text`: a file that is not text at all.
struct NotTextRule: Rule {
    static let description = RuleDescription(
        id: .encodingNotText,
        name: "Not a text file",
        summary: "The file is not text: NUL bytes make up 1 in 64 or more of its first 8 KB, or a quarter or more of its first KB is invalid UTF-8 (an image or archive named `.md`, UTF-16 text).",
        rationale: """
            The portal cannot show such a file as an article: nothing of it is read. It is reported once, \
            and no other rule runs on it (a 250 KB PNG used to yield 1,594 invalid-UTF-8 findings). A stray \
            NUL in a text article does not count: the article is read and rendered around it. Error: \
            the article is lost. Rename the file, or replace it with the article it should be.
            """,
        category: .encoding, defaultSeverity: .error,
        triggeringExamples: [
            Example("↓⟪89⟫PNG\r\n⟪1A⟫\n⟪00⟫⟪00⟫⟪00⟫\rIHDR")
                .expecting("the file is not text (a NUL byte, or mostly invalid UTF-8, near its start); an article must be a UTF-8 Markdown file"),
            Example("↓" + String(repeating: "⟪FF⟫⟪FE⟫⟪92⟫x", count: 40)),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nThe VM’s disk is full.\n"),
            Example.article(body: "# Title\n\nA stray ⟪00⟫ NUL in an otherwise ordinary paragraph of an article keeps the article.\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        context.parseDiagnostics(of: article)
    }
}

// MARK: - Messages

extension NotTextRule {
    /// The finding's text.
    static let message = "the file is not text (a NUL byte, or mostly invalid UTF-8, near its start); an article must be a UTF-8 Markdown file"
}
