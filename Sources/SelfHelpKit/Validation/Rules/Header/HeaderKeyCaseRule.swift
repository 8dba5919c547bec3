/// `header-key-case`: a known key in a non-canonical letter case.
struct HeaderKeyCaseRule: Rule {
    static let description = RuleDescription(
        id: .headerKeyCase,
        name: "Header key case",
        summary: "A known header key is not written in its canonical case (`articleid` → `articleId`).",
        rationale: """
            Keys are matched case-insensitively today, but tools and reviewers search for the canonical \
            spelling, and 2,091 real files mix spellings (mostly tool-written lower-case headers). \
            Warning, with a safe fix that rewrites the key only. A spelling that is the only one in real \
            use is accepted as written (`symptomID`, and the lower-case \
            `icmteam`, `icmservice`, `feedbackemail`): there is no other spelling to be consistent with.
            """,
        category: .header, defaultSeverity: .warning, isFixable: true,
        triggeringExamples: [
            Example.article([#"↓articleid="634644cb-e6f8-4125-82fd-b1eb6321eb49""#])
                .expecting("the header key `articleid` should be written `articleId`"),
            Example.article([#"↓SelfHelpType="generic""#, #"↓ownershipID="AzureStorage_Accounts""#]),
        ],
        nonTriggeringExamples: [
            Example.article(),
            Example.article([#"symptomID="x""#]),
            Example.article([#"icmteam="Storage Team""#, #"icmservice="Azure Storage""#, #"feedbackemail="storage@example.com""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let header = article.header else { return [] }
        return header.attributes.compactMap { attribute in
            guard attribute.key.isKnown, !attribute.key.isEstablishedSpelling(attribute.rawKey) else { return nil }
            let canonical = HeaderSerializer.keyText(attribute.key)
            let fix = Fix(summary: "write `\(canonical)`", range: attribute.keyRange, replacement: canonical)
            return context.diagnostic(attribute.keyRange, "the header key `\(attribute.rawKey)` should be written `\(attribute.key.name)`", fix: fix)
        }
    }
}
