/// `link-insecure`: an `http:` link.
struct LinkInsecureRule: Rule {
    static let description = RuleDescription(
        id: .linkInsecure,
        name: "Insecure link",
        summary: "A link or image uses `http:` instead of `https:`.",
        rationale: """
            The portal is served over HTTPS: browsers block `http:` images as mixed content and warn on \
            links, and `Rules.md` asks for HTTPS (252 real files). Nearly every Microsoft site serves HTTPS \
            at the same address. Warning. \
            Links inside payload strings (an `href` in HTML, a bare URL) are checked too, at their own place in the file.
            """,
        category: .links, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\nSee ↓[pricing](http://azure.microsoft.com/pricing/).\n")
                .expecting("the link to `azure.microsoft.com` uses http; use https"),
            Example.article(body: "# Title\n\nSee ↓[pricing](http:///pricing/).\n"),
            Example.formWithInfoblock(#"Prices: ↓http://azure.microsoft.com/pricing/"#),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nSee [pricing](https://azure.microsoft.com/pricing/).\n"),
            // A watermark shows an example of what to type, not a link.
            Example.article(PayloadSchemaRule.formFields, body: PayloadSchemaRule.form(#"""
                {"id": "problem_description", "order": 1, "controlType": "multilinetextbox", "required": true},
                {"id": "problem_start_time", "order": 2, "controlType": "datetimepicker", "required": true},
                {"id": "site", "order": 3, "controlType": "textbox", "watermarkText": "http://www.contoso.com:8081/home.aspx"}
                """#)),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        article.checkedLinks.compactMap { link in
            guard case .web(let host, false) = link.kind else { return nil }
            return context.diagnostic(SourceRange(start: link.range.start, end: link.range.start), Self.message(host: host, destination: link.destination))
        }
    }

    /// Names the host, or the whole link when it has none (`http:///path`, `http:`).
    static func message(host: String, destination: String) -> String {
        host.isEmpty ? "the link `\(destination)` uses http and names no host; write the full https URL"
                     : "the link to `\(host)` uses http; use https"
    }
}
