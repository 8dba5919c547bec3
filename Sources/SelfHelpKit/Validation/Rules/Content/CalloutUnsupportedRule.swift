/// `callout-unsupported`: a docs-site callout such as `> [!NOTE]`.
struct CalloutUnsupportedRule: Rule {
    static let description = RuleDescription(
        id: .calloutUnsupported,
        name: "Callout unsupported",
        summary: "A docs-site callout marker (`[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]`, `[AZURE.NOTE]`) appears in the text.",
        rationale: """
            The portal is not the docs site: it shows the marker literally, inside a plain quote (16 real \
            files). Write `> **Note:** …` instead. Warning.
            """,
        category: .content, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\n> ↓[!NOTE]\n> Deleting an account cannot be undone.\n")
                .expecting("the callout `[!NOTE]` is shown as text in the portal; write `> **Note:** …`"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\n> **Note:** Deleting an account cannot be undone.\n"),
            Example.article(body: "# Title\n\n```\n[!NOTE]\n```\n"),
        ])

    static let markers: [[UInt8]] = ["[!note]", "[!tip]", "[!important]", "[!warning]", "[!caution]", "[azure.note]"].map { Array($0.utf8) }

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        let bytes = article.source.bytes
        var diagnostics: [Diagnostic] = []
        let nodes = article.markdown.nodes
        for index in nodes.indices {
            guard case .paragraph = nodes[index].kind else { continue }
            let span = nodes[index].range.offsets.clamped(to: 0..<bytes.count)
            guard UTF8Text.find(UInt8(ascii: "["), in: bytes, from: span.lowerBound, to: span.upperBound) != nil else { continue }
            for marker in Self.markers {
                for offset in ByteSearch.occurrences(of: marker, in: bytes, range: span) {
                    let text = String(decoding: bytes[offset..<(offset + marker.count)], as: UTF8.self)
                    diagnostics.append(context.diagnostic(offsets: offset..<(offset + marker.count),
                                                          "the callout `\(text)` is shown as text in the portal; write `> **Note:** …`"))
                }
            }
        }
        return diagnostics
    }
}
