/// `link-data-blade-syntax`: a malformed portal blade link.
struct LinkDataBladeSyntaxRule: Rule {
    static let description = RuleDescription(
        id: .linkDataBladeSyntax,
        name: "Portal link syntax",
        summary: "A portal link (`data-blade:Extension.Blade.param.value`) has a misspelt prefix, no blade, or a parameter without a value.",
        rationale: """
            The portal opens the blade a `data-blade:` link names; a link it cannot split into extension, \
            blade and parameter pairs does nothing when selected. Error: the link is dead in the portal.
            """,
        category: .links, defaultSeverity: .error,
        triggeringExamples: [
            Example.article(body: "# Title\n\nOpen ↓[Locks](datablade:Microsoft_Azure_Storage.LocksBlade.id.$resourceId).\n")
                .expecting("the portal link `datablade:Microsoft_Azure_Storage.LocksBlade.id.$resourceId` is malformed: write the prefix `data-blade:`"),
            Example.article(body: "# Title\n\nOpen ↓[Locks](data-blade:Microsoft_Azure_Storage.LocksBlade.id).\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nOpen [Locks](data-blade:Microsoft_Azure_Storage.LocksBlade.id.$resourceId).\n"),
            Example.article(body: "# Title\n\nOpen [Locks](data-blade:Microsoft_Azure_Storage.LocksBlade).\n"),
            // A button that opens a web address has no blade to name.
            Example.article(body: "# Title\n\n[Learn more](button-link:https://learn.microsoft.com/azure/storage/).\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        article.links.compactMap { link in
            guard case .portal(let portal) = link.kind, !portal.isWellFormed else { return nil }
            let problem: String
            if portal.prefix.lowercased() == "datablade" { problem = "write the prefix `data-blade:`" }
            else if portal.extensionName == nil || portal.bladeName == nil { problem = "expected `\(portal.prefix):Extension.Blade`" }
            else { problem = "a parameter has no value; expected `.name.value` pairs after the blade" }
            return context.diagnostic(SourceRange(start: link.range.start, end: link.range.start),
                                      "the portal link `\(link.destination)` is malformed: \(problem)")
        }
    }
}
