/// `prose-click`: "click" where the guide says "select".
struct ProseClickRule: Rule {
    static let description = RuleDescription(
        id: .proseClick,
        name: "Click",
        summary: "The text says \"click\" (or \"click on\"); the authoring guide says \"select\".",
        rationale: """
            Readers use touch screens, keyboards and screen readers as well as mice; the authoring guide \
            (after the Microsoft Writing Style Guide) uses "select" for every input method. Info: advice. \
            Link text is left to `link-vague-text`. "Right-click" and "double-click" name actions that \
            "select" does not replace (the style guide keeps them), so a hyphenated compound is not reported; nor is quoted text or code.
            """,
        category: .prose, defaultSeverity: .info,
        triggeringExamples: [
            Example.article(body: "# Title\n\nIn the portal, ↓click **Locks**, then ↓Click **Delete**.\n")
                .expecting(
                    "write \"select\" instead of \"click\"",
                    "write \"select\" instead of \"click\""),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nIn the portal, select **Locks**, then select **Delete**.\n"),
            Example.article(body: "# Title\n\nRead the ClickOnce documentation.\n"),
            Example.article(body: "# Title\n\nRight-click the VM, or double-click its name.\n"),
        ])

    static let word = "click"

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (_, text, range) in article.textNodes(skippingLinks: true) {
            for offset in article.proseOccurrences(Self.word, inTextNode: text, range: range) where !Self.isCompound(article.source.bytes, at: offset) {
                diagnostics.append(context.diagnostic(offsets: offset..<(offset + Self.word.utf8.count),
                                                      "write \"select\" instead of \"click\""))
            }
        }
        return diagnostics
    }

    /// Whether the word at `offset` is the second half of a compound (`right-click`, `double-click`).
    static func isCompound(_ bytes: [UInt8], at offset: Int) -> Bool {
        offset > 0 && bytes[offset - 1] == UInt8(ascii: "-")
    }
}
