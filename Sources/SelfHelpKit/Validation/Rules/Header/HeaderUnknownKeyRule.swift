/// `header-unknown-key`: a key SelfHelpKit does not know, with the nearest known key.
struct HeaderUnknownKeyRule: Rule {
    static let description = RuleDescription(
        id: .headerUnknownKey,
        name: "Unknown header key",
        summary: "A header key is not one of the known keys; the nearest known key is suggested.",
        rationale: """
            An unknown key is almost always a typo (`supportToicIds`, `author`, `infoBubbleTest`), and the \
            field it meant to set is then missing: an article without its support topics is never shown \
            for them. Warning, since the article still renders. Keys your team adds on purpose go in \
            `keys` of `.selfhelp.json`.
            """,
        category: .header, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article([#"↓supportToicIds="32600901""#])
                .expecting("unknown header key `supportToicIds`; did you mean `supportTopicIds`?"),
            Example.article([#"↓author="kbsample""#]),
        ],
        nonTriggeringExamples: [
            Example.article([#"supportTopicIds="32600901""#, #"authors="kbsample""#]),
            Example.article([#"symptomID="x""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let header = article.header else { return [] }
        var diagnostics: [Diagnostic] = []
        for attribute in header.attributes where !attribute.key.isKnown {
            if context.configuration.extraKeys.contains(where: { $0.lowercased() == attribute.rawKey.lowercased() }) { continue }
            let suggestion = EditDistance.nearest(to: attribute.rawKey, in: HeaderKey.knownNames + context.configuration.extraKeys.sorted())
            diagnostics.append(context.diagnostic(attribute.keyRange, .unknownKey(attribute.rawKey, suggestion: suggestion)))
        }
        return diagnostics
    }
}

extension String {
    static func unknownKey(_ key: String, suggestion: String?) -> String {
        if let suggestion { return "unknown header key `\(key)`; did you mean `\(suggestion)`?" }
        return "unknown header key `\(key)`; add it to `keys` in .selfhelp.json if it is intended"
    }
}
