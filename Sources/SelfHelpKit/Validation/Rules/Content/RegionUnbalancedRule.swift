/// `region-unbalanced`: a region never closed, closed without being opened, or nested in itself.
struct RegionUnbalancedRule: Rule {
    static let description = RuleDescription(
        id: .regionUnbalanced,
        name: "Region unbalanced",
        summary: "A region such as `<!--issueDescription-->` is never closed, is closed without being opened, or is nested in itself.",
        rationale: """
            The portal cuts regions out of the article by their markers (the issue description, an RCA's \
            parts). An unbalanced marker makes it cut the wrong text, or nothing (99 real files). Warning.

            A comment is a region marker when its name is one of the portal's regions (`issueDescription`, \
            `rcaDescription`, `resolutionDetails`, `additionalInfo`, `recommendedActions`, `salutation`) or \
            when the article closes that name somewhere (`<!--/name-->`). Other one-word comments are not \
            regions: value markers of quick-start articles (`<!--Text-->`, `<!--IconClass-->`, each followed \
            by its value line) and ordinary comments (`<!-- appinsights-enable-platform-appservice -->`). \
            A closer followed by a second closer of the same name is reported once, as an opener written \
            with a `/` by mistake.
            """,
        category: .content, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\n↓<!--issueDescription-->\nThe VM restarted.\n")
                .expecting("the region `issueDescription` is never closed with `<!--/issueDescription-->`"),
            Example.article(body: "# Title\n\nThe VM restarted.\n↓<!--/issueDescription-->\n"),
            Example.article(body: "# Title\n\n<!--issueDescription-->\n↓<!--issueDescription-->\nThe VM restarted.\n<!--/issueDescription-->\n<!--/issueDescription-->\n"),
            // An opener mistyped as a closer: one finding, at the first marker.
            Example.article(body: "# Title\n\n↓<!--/issueDescription-->\nThe VM restarted.\n<!--/issueDescription-->\n"),
            Example.article(body: "# Title\n\n↓<!--/myRegion-->\nThe VM restarted.\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\n<!--issueDescription-->\nThe VM restarted.\n<!--/issueDescription-->\n"),
            // Value markers of a quick-start article, each followed by its value.
            Example.article(body: "# Quick start\n\n<!--Link-->\nhttps://partner.microsoft.com/dashboard\n<!--Text-->\nOpen the dashboard\n<!--IconClass-->\nms-Icon--Home\n"),
            // An ordinary comment.
            Example.article(body: "# Title\n\n<!-- appinsights-enable-platform-appservice -->\nText.\n"),
        ])

    /// The regions the portal cuts out of articles.
    static let knownRegions: Set<String> = ["issueDescription", "rcaDescription", "resolutionDetails", "additionalInfo", "recommendedActions", "salutation"]

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        let closed = Set(article.regions.filter { $0.closeRange != nil }.map(\.name))
        let regions = article.regions.filter { Self.knownRegions.contains($0.name) || closed.contains($0.name) }
        var diagnostics: [Diagnostic] = []
        var mistypedOpeners: Set<SourceRange> = []
        for (index, region) in regions.enumerated() {
            switch (region.openRange, region.closeRange) {
            case (let open?, nil):
                diagnostics.append(context.diagnostic(SourceRange(start: open.start, end: open.start), Self.neverClosed(region.name)))
            case (nil, let close?):
                if mistypedOpeners.contains(close) { continue }
                if let next = regions[(index + 1)...].first(where: { $0.name == region.name }), next.openRange == nil, let second = next.closeRange {
                    mistypedOpeners.insert(second)
                    diagnostics.append(context.diagnostic(SourceRange(start: close.start, end: close.start), Self.mistypedOpener(region.name)))
                } else {
                    diagnostics.append(context.diagnostic(SourceRange(start: close.start, end: close.start), Self.neverOpened(region.name)))
                }
            case (let open?, _?):
                let nested = regions.contains { outer in
                    guard outer.name == region.name, let content = outer.content, outer.openRange != open else { return false }
                    return content.contains(open.start.offset)
                }
                if nested {
                    diagnostics.append(context.diagnostic(SourceRange(start: open.start, end: open.start), Self.nestedInItself(region.name)))
                }
            default:
                break
            }
        }
        return diagnostics
    }

    static func neverClosed(_ name: String) -> String { "the region `\(name)` is never closed with `<!--/\(name)-->`" }
    static func neverOpened(_ name: String) -> String { "`<!--/\(name)-->` closes a region that was never opened" }
    static func nestedInItself(_ name: String) -> String { "the region `\(name)` is opened again inside itself" }
    static func mistypedOpener(_ name: String) -> String {
        "`<!--/\(name)-->` closes a region that was never opened, and a second `<!--/\(name)-->` follows; write this first one as the opener `<!--\(name)-->`"
    }
}
