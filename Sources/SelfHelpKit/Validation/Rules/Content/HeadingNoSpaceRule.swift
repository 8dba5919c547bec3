/// `heading-no-space`: `#Title`, which CommonMark reads as a paragraph.
struct HeadingNoSpaceRule: Rule {
    static let description = RuleDescription(
        id: .headingNoSpace,
        name: "Heading without space",
        summary: "A line starts with `#` directly followed by text (`#Title`), so it is a paragraph, not a heading.",
        rationale: """
            CommonMark needs a space after the `#`s. Other Markdown engines are lenient, so the author saw a \
            heading in their preview, but the portal shows the `#` as text (42 real files, 3 of them as the \
            title). Warning.
            """,
        category: .content, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "↓#Storage account cannot be deleted\n\nText.\n")
                .expecting("`#` needs a space after it to make a heading"),
            Example.article(body: "# Title\n\nText.\n\n↓##**Recommended Steps**\n\n* Step.\n"),
        ],
        nonTriggeringExamples: [
            Example.article(),
            Example.article(body: "# Title\n\nUse the #general channel. Issue #12.\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        let bytes = article.source.bytes
        var diagnostics: [Diagnostic] = []
        for node in article.markdown.nodes {
            guard case .paragraph = node.kind else { continue }
            for line in node.range.start.line...max(node.range.start.line, node.range.end.line) {
                guard line - 1 < article.source.lineStarts.count else { break }
                var i = line == node.range.start.line ? node.range.start.offset : article.source.lineStarts[line - 1]
                var spaces = 0
                while i < bytes.count, bytes[i] == 0x20, spaces < 3 { i += 1; spaces += 1 }
                let start = i
                while i < bytes.count, bytes[i] == UInt8(ascii: "#"), i - start < 7 { i += 1 }
                let hashes = i - start
                guard (1...6).contains(hashes), i < bytes.count else { continue }
                let next = bytes[i]
                let isLetter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7A
                guard isLetter || next == UInt8(ascii: "*") || next >= 0xC0 else { continue }
                diagnostics.append(context.diagnostic(offsets: start..<i, "`\(String(repeating: "#", count: hashes))` needs a space after it to make a heading"))
            }
        }
        return diagnostics
    }
}
