/// `image-alt-missing`: an image without alt text.
struct ImageAltMissingRule: Rule {
    static let description = RuleDescription(
        id: .imageAltMissing,
        name: "Image without alt text",
        summary: "An image (`![](x.png)` or `<img>`) has no alt text.",
        rationale: """
            Screen readers announce an image by its alt text; without it the image is invisible to them. The \
            authoring tool's rules ("alt text for all non-text content") mark this **blocking**. Error: what \
            the image shows is lost for every reader who cannot see it. An HTML image marked decorative \
            with an explicit `alt=""` (a divider, an icon next to its label) is skipped by screen readers \
            and needs none.
            """,
        category: .content, defaultSeverity: .error,
        triggeringExamples: [
            Example.article(body: "# Title\n\n↓![](media/locks.png)\n")
                .expecting("the image `media/locks.png` has no alt text; describe what it shows"),
            Example.article(body: "# Title\n\n↓<img src=\"media/locks.png\">\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\n![The Locks blade of a storage account](media/locks.png)\n", otherFiles: ["articles/media/locks.png": ""]),
            Example.article(body: "# Title\n\n<img src=\"media/divider.png\" alt=\"\">\n", otherFiles: ["articles/media/divider.png": ""]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        article.links.compactMap { link in
            guard link.isImage, !link.isDecorative, link.text.trimmingHeaderWhitespace().isEmpty else { return nil }
            return context.diagnostic(SourceRange(start: link.range.start, end: link.range.start),
                                      "the image `\(link.destination)` has no alt text; describe what it shows")
        }
    }
}
