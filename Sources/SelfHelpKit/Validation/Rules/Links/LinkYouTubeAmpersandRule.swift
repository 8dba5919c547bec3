/// `link-youtube-ampersand`: a YouTube link with `&` parameters.
struct LinkYouTubeAmpersandRule: Rule {
    static let description = RuleDescription(
        id: .linkYouTubeAmpersand,
        name: "YouTube link with &",
        summary: "A YouTube link carries extra `&` parameters (`watch?v=ID&t=42s&list=…`).",
        rationale: """
            `Rules.md` asks for plain YouTube links: the portal's video embed takes the link up to the first \
            `&` only, and playlist or tracking parameters leak where the reader came from (22 real files). \
            Link `https://www.youtube.com/watch?v=ID` alone. Warning.
            """,
        category: .links, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\nWatch ↓[the walkthrough](https://www.youtube.com/watch?v=abc123&t=42s).\n")
                .expecting("the YouTube link has `&` parameters; link the video alone as `https://www.youtube.com/watch?v=abc123`"),
            Example.article(body: "# Title\n\nWatch ↓[the series](https://www.youtube.com/watch?v=abc123&list=PLx9&index=2).\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nWatch [the walkthrough](https://www.youtube.com/watch?v=abc123).\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        article.links.compactMap { link in
            guard case .web(let host, _) = link.kind,
                  host == "youtube.com" || host.hasSuffix(".youtube.com") || host == "youtu.be",
                  link.destination.contains("&") else { return nil }
            return context.diagnostic(SourceRange(start: link.range.start, end: link.range.start), Self.message(link.destination))
        }
    }

    /// The value of query parameter `name` in `url`, if any.
    static func parameter(_ name: String, in url: String) -> String? {
        guard let query = url.split(separator: "?", maxSplits: 1).dropFirst().first else { return nil }
        for pair in query.split(whereSeparator: { $0 == "&" || $0 == "#" }) {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0] == name { return String(parts[1]) }
        }
        return nil
    }

    /// The advice: the video alone, and for a playlist link also the playlist's own address.
    static func message(_ url: String) -> String {
        let video = parameter("v", in: url).map { "`https://www.youtube.com/watch?v=\($0)`" } ?? "`watch?v=ID`"
        if let list = parameter("list", in: url) {
            return "the YouTube link has `&` parameters; link the video alone as \(video), or the playlist as `https://www.youtube.com/playlist?list=\(list)`"
        }
        return "the YouTube link has `&` parameters; link the video alone as \(video)"
    }
}
