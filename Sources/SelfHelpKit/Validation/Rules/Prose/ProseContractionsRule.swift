/// `prose-contractions`: "do not" where the guide says "don't".
public struct ProseContractionsRule: Rule {
    public static let description = RuleDescription(
        id: "prose-contractions",
        name: "Contractions",
        summary: "The text spells out a common contraction (\"do not\", \"cannot\", \"you are\" …).",
        rationale: """
            The authoring tool's rules say "Use contractions" (after the Microsoft Writing Style Guide): \
            "don't" and "you're" read as friendly, plain speech. Info: advice; an emphasized "do **not**" is \
            left alone, as the emphasis is deliberate, and so are link text and code.
            """,
        category: .prose, defaultSeverity: .info,
        triggeringExamples: [
            Example.article(body: "# Title\n\nIf the account ↓does not delete, you ↓cannot remove it until ↓you are its owner.\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nIf the account doesn't delete, you can't remove it until you're its owner.\n"),
            Example.article(body: "# Title\n\nDo **not** delete the account. Run `az storage account delete --do not`.\n"),
            Example.article(body: "# Title\n\nThe isnotempty() function and the Donot setting.\n"),
        ])

    /// Spelled-out forms (lower case) and their contractions.
    static let contractions: [(phrase: String, contraction: String)] = [
        ("do not", "don't"), ("does not", "doesn't"), ("did not", "didn't"), ("is not", "isn't"), ("are not", "aren't"),
        ("was not", "wasn't"), ("were not", "weren't"), ("cannot", "can't"), ("can not", "can't"), ("will not", "won't"),
        ("would not", "wouldn't"), ("should not", "shouldn't"), ("could not", "couldn't"), ("has not", "hasn't"),
        ("have not", "haven't"), ("you are", "you're"), ("you will", "you'll"), ("we are", "we're"),
    ]

    public init() {}

    public func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (_, text, range) in article.textNodes(skippingLinks: true) {
            for (phrase, contraction) in Self.contractions {
                for offset in article.wordOccurrences(phrase, inTextNode: text, range: range) {
                    let written = article.source.text(offset..<(offset + phrase.utf8.count))
                    diagnostics.append(context.diagnostic(offsets: offset..<(offset + phrase.utf8.count), Self.message(written, contraction)))
                }
            }
        }
        return diagnostics.sorted { $0.range.start.offset < $1.range.start.offset }
    }

    static func message(_ written: String, _ contraction: String) -> String {
        "write \"\(contraction)\" instead of \"\(written)\""
    }
}
