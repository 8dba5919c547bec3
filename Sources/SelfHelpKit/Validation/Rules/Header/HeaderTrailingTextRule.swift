/// `header-trailing-text`: text after `/>` on the header's closing line.
struct HeaderTrailingTextRule: Rule {
    static let description = RuleDescription(
        id: .headerTrailingText,
        name: "Text after the header",
        summary: "Non-blank text follows the header's closing `/>` on the same line (`/>e`).",
        rationale: """
            The body starts right after `/>`, so the stray text becomes the body's first line: a paragraph \
            before the title, or glued to the first heading's line (one file of the full corpus, a typo). \
            Warning: the header itself is read completely; the body gains a stray line.
            """,
        category: .header, defaultSeverity: .warning,
        triggeringExamples: [
            Example(header + "/>↓e\n# Storage\n")
                .expecting("`e` follows the header's closing `/>` on the same line, so it becomes the first line of the body; remove it or move it to a line of its own"),
        ],
        nonTriggeringExamples: [
            Example(header + "/>  \n# Storage\n"),
            Example(header + "/>\r\n# Storage\r\n"),
        ])

    static let header = "<properties\n    pageTitle=\"Storage\"\n    selfHelpType=\"generic\"\n    cloudEnvironments=\"public\"\n    articleId=\"storage-delete\"\n    ownershipId=\"AzureStorage_Accounts\"\n"

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        context.parseDiagnostics(of: article)
    }
}

// MARK: - Messages

extension HeaderTrailingTextRule {
    /// The finding's text, quoting the start of the text after `/>`.
    static func message(_ text: String) -> String {
        "`\(text)` follows the header's closing `/>` on the same line, so it becomes the first line of the body; remove it or move it to a line of its own"
    }
}
