/// `link-aka-ms`: a link through the aka.ms shortener.
struct LinkAkaMsRule: Rule {
    static let description = RuleDescription(
        id: .linkAkaMs,
        name: "aka.ms link",
        summary: "A link goes through the `aka.ms` shortener.",
        rationale: """
            The templates and `Rules.md` ask for the full URL: a short link hides where it leads from reviewers \
            and from sovereign-cloud readers, and it breaks silently when its owner retargets or deletes it \
            (281 real files). Warning. \
            Links inside payload strings (an `href` in HTML, a bare URL) are checked too, at their own place in the file.
            """,
        category: .links, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\nSee ↓[storage locks](https://aka.ms/storagelocks).\n")
                .expecting("`https://aka.ms/storagelocks` is an aka.ms short link; link to the full URL"),
            // Links in payload strings: an HTML href, and a bare URL after escapes (`\u00e9`, `\"`).
            Example.formWithInfoblock(#"Read ↓<a href=\"https://aka.ms/storagelocks\">the lock guide</a>."#),
            Example.formWithInfoblock(#"Caf\u00e9 \"tips\": ↓https://aka.ms/storagelocks."#),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nSee [storage locks](https://learn.microsoft.com/azure/storage/common/lock-account-resource).\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        article.checkedLinks.compactMap { link in
            guard case .web(let host, _) = link.kind, host == "aka.ms" || host == "www.aka.ms" else { return nil }
            return context.diagnostic(SourceRange(start: link.range.start, end: link.range.start),
                                      "`\(link.destination)` is an aka.ms short link; link to the full URL")
        }
    }
}
