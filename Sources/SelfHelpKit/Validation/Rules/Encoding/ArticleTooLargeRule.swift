/// `article-too-large`: a file larger than the largest article parsed (`maxArticleSize`).
struct ArticleTooLargeRule: Rule {
    static let description = RuleDescription(
        id: .articleTooLarge,
        name: "Article too large",
        summary: "The file is larger than `maxArticleSize` (default 4 MiB): it is reported and not parsed.",
        rationale: """
            The largest article of the public corpus is 60 KB. Parsing takes about 40 bytes of memory per \
            byte of article (libcmark's tree and ours), so one 70 MB file would need close to 3 GB: a file \
            that size is a mistake (a log or a data dump saved as `.md`), and checking it would put every \
            other article's build at risk. It is reported once, and no other rule runs on it. Error: the \
            article is lost: it is neither checked nor rendered. Split it, or raise `maxArticleSize` in `.selfhelp.json`.
            """,
        category: .encoding, defaultSeverity: .error,
        triggeringExamples: [
            Example("↓" + Example.articleText(body: "# Title\n\n" + String(repeating: "A sentence of an article that is far too long. ", count: 20)),
                    maximumArticleSize: 1_000)
                .expecting("the article is 1174 bytes, more than the 1000 bytes articles may have (`maxArticleSize`); it is not parsed"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nA short article.\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        context.parseDiagnostics(of: article)
    }
}

// MARK: - Messages

extension ArticleTooLargeRule {
    /// The finding's text for an article of `size` bytes over a limit of `limit`.
    static func message(size: Int, limit: Int) -> String {
        "the article is \(size) bytes, more than the \(limit) bytes articles may have (`maxArticleSize`); it is not parsed"
    }
}
