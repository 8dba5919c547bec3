/// `region-unbalanced`: a region never closed, closed without being opened, or nested in itself.
public struct RegionUnbalancedRule: Rule {
    public static let description = RuleDescription(
        id: "region-unbalanced",
        name: "Region unbalanced",
        summary: "A region such as `<!--issueDescription-->` is never closed, is closed without being opened, or is nested in itself.",
        rationale: """
            The portal cuts regions out of the article by their markers (the issue description, an RCA's \
            parts). An unbalanced marker makes it cut the wrong text, or nothing (99 real files). Warning.
            """,
        category: .content, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\n↓<!--issueDescription-->\nThe VM restarted.\n"),
            Example.article(body: "# Title\n\nThe VM restarted.\n↓<!--/issueDescription-->\n"),
            Example.article(body: "# Title\n\n<!--issueDescription-->\n↓<!--issueDescription-->\nThe VM restarted.\n<!--/issueDescription-->\n<!--/issueDescription-->\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\n<!--issueDescription-->\nThe VM restarted.\n<!--/issueDescription-->\n"),
        ])

    public init() {}

    public func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for region in article.regions {
            switch (region.openRange, region.closeRange) {
            case (let open?, nil):
                diagnostics.append(context.diagnostic(SourceRange(start: open.start, end: open.start),
                                                      "the region `\(region.name)` is never closed with `<!--/\(region.name)-->`"))
            case (nil, let close?):
                diagnostics.append(context.diagnostic(SourceRange(start: close.start, end: close.start),
                                                      "`<!--/\(region.name)-->` closes a region that was never opened"))
            case (let open?, _?):
                let nested = article.regions.contains { outer in
                    guard outer.name == region.name, let content = outer.content, outer.openRange != open else { return false }
                    return content.contains(open.start.offset)
                }
                if nested {
                    diagnostics.append(context.diagnostic(SourceRange(start: open.start, end: open.start),
                                                          "the region `\(region.name)` is opened again inside itself"))
                }
            default:
                break
            }
        }
        return diagnostics
    }
}
