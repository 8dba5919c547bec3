/// `link-anchor-missing`: a `#fragment` that matches no anchor of the article it leads to.
struct LinkAnchorMissingRule: KnowledgeBaseRule {
    static let description = RuleDescription(
        id: .linkAnchorMissing,
        name: "Missing link anchor",
        summary: "A `#fragment` link matches no heading or explicit anchor of the same article, or of the linked article for `other.md#fragment`.",
        rationale: """
            The portal gives headings the ids the renderer writes (`## **Recommended Steps**` → \
            `recommended-steps`, repeats `-1`, `-2` …); `<a name="x">` and `id="x"` in raw HTML are anchors \
            too. A fragment that matches none of them opens the page at its top, so the reader lands away \
            from the text the link promised. Warning: the link still opens the right article. Fragments \
            the portal fills in (`#$anchor`) and links to files outside the knowledge base are not checked.
            """,
        category: .links, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\n## **Recommended Steps**\n\nSee ↓[the steps](#recommended-step).\n")
                .expecting("the link `#recommended-step` points at `#recommended-step`, which is no heading or anchor of this article"),
            Example.article(body: "# Title\n\nSee ↓[their steps](other.md#steps).\n",
                            otherFiles: ["articles/other.md": Example.articleText([#"articleId="other""#], body: "# Other\n\n## Causes\n")]),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\n## **Recommended Steps**\n\nSee [the steps](#recommended-steps) and [the title](#title).\n"),
            Example.article(body: "# Title\n\n<a name=\"limits\"></a>\n\nSee [limits](#limits) and <span id=\"quota\">quota</span>, [quota](#quota).\n"),
            Example.article(body: "# Title\n\n## Steps\n\n## Steps\n\nSee [the second](#steps-1).\n"),
            Example.article(body: "# Title\n\nSee [their steps](other.md#steps).\n",
                            otherFiles: ["articles/other.md": Example.articleText([#"articleId="other""#], body: "# Other\n\n## Steps\n")]),
            Example.article(body: "# Title\n\nSee [the portal's anchor](#$anchorName).\n"),
        ])

    init() {}

    func check(_ facts: [ArticleFacts], in knowledgeBase: KnowledgeBaseContext) -> [Diagnostic] {
        AnchorCheck.missing(facts).compactMap { missing in
            let at = SourceRange(start: missing.link.location, end: missing.link.location)
            return knowledgeBase.diagnostic(inFile: missing.path, at, Self.message(missing.link))
        }
    }

    static func message(_ link: AnchorCheck.FragmentLink) -> String {
        let whose = link.target.map { "`\($0)`" } ?? "this article"
        return "the link `\(link.destination)` points at `#\(link.fragment)`, which is no heading or anchor of \(whose)"
    }
}
