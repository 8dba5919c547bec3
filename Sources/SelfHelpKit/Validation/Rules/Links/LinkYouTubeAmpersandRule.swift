/// `link-youtube-ampersand`: a YouTube link with `&` parameters.
public struct LinkYouTubeAmpersandRule: Rule {
    public static let description = RuleDescription(
        id: "link-youtube-ampersand",
        name: "YouTube link with &",
        summary: "A YouTube link carries extra `&` parameters (`watch?v=ID&t=42s&list=…`).",
        rationale: """
            `Rules.md` asks for plain YouTube links: the portal's video embed takes the link up to the first \
            `&` only, and playlist or tracking parameters leak where the reader came from (22 real files). \
            Link `https://www.youtube.com/watch?v=ID` alone. Warning.
            """,
        category: .links, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\nWatch ↓[the walkthrough](https://www.youtube.com/watch?v=abc123&t=42s).\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nWatch [the walkthrough](https://www.youtube.com/watch?v=abc123).\n"),
        ])

    public init() {}

    public func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        article.links.compactMap { link in
            guard case .web(let host, _) = link.kind,
                  host == "youtube.com" || host.hasSuffix(".youtube.com") || host == "youtu.be",
                  link.destination.contains("&") else { return nil }
            return context.diagnostic(SourceRange(start: link.range.start, end: link.range.start),
                                      "the YouTube link has `&` parameters; link to `watch?v=ID` alone")
        }
    }
}
