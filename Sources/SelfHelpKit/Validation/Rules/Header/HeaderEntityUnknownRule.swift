/// `header-entity-unknown`: an unknown character reference in a header value.
struct HeaderEntityUnknownRule: Rule {
    static let description = RuleDescription(
        id: .headerEntityUnknown,
        name: "Unknown character reference",
        summary: "A header value holds `&name;` that is not one of `&amp; &lt; &gt; &quot; &apos;` or a numeric reference.",
        rationale: """
            Header values are XML-like: `&amp;`, `&quot;` and `&#xD;` are decoded. An unknown reference \
            (`&nbps;`, a typo) is kept as written, so readers see `&nbps;` in the title. Warning: no field \
            is lost; write the character itself.
            """,
        category: .header, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article([#"pageTitle="Storage↓&nbps;accounts""#])
                .expecting("unknown character reference `&nbps;`; it is kept as written, so readers see `&nbps;`"),
        ],
        nonTriggeringExamples: [
            Example.article([#"pageTitle="Storage &amp; disks &#x2014; &quot;keys&quot;""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        context.parseDiagnostics(of: article)
    }
}

// MARK: - Messages

extension HeaderEntityUnknownRule {
    /// The finding's text for the reference `&name;`.
    static func message(name: String) -> String {
        "unknown character reference `&\(name);`; it is kept as written, so readers see `&\(name);`"
    }
}
