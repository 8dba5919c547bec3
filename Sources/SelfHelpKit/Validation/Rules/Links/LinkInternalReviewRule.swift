/// `link-internal-review`: a link to an internal review (staging) site.
struct LinkInternalReviewRule: Rule {
    static let description = RuleDescription(
        id: .linkInternalReview,
        name: "Internal review link",
        summary: "A link points at an internal review site (`review.learn.microsoft.com`, `review.docs.microsoft.com`).",
        rationale: """
            Review sites need a Microsoft sign-in: customers get an error page, and the link leaks \
            unpublished content names. Error: the link is broken for every reader. \
            Links inside payload strings (an `href` in HTML, a bare URL) are checked too, at their own place in the file.
            """,
        category: .links, defaultSeverity: .error,
        triggeringExamples: [
            Example.article(body: "# Title\n\nSee ↓[the draft](https://review.learn.microsoft.com/azure/storage/?branch=main).\n")
                .expecting("`review.learn.microsoft.com` is an internal review site that customers cannot open; link to the published page"),
            Example.formWithInfoblock(#"Draft: ↓<a href=\"https://review.learn.microsoft.com/azure/storage/\">the storage draft</a>"#),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nSee [the docs](https://learn.microsoft.com/azure/storage/).\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        article.checkedLinks.compactMap { link in
            guard case .web(let host, _) = link.kind, host.hasPrefix("review.") else { return nil }
            return context.diagnostic(SourceRange(start: link.range.start, end: link.range.start),
                                      "`\(host)` is an internal review site that customers cannot open; link to the published page")
        }
    }
}
