/// `section-heading-style`: the recommended sections not written as `## **Recommended Steps**`.
struct SectionHeadingStyleRule: Rule {
    static let description = RuleDescription(
        id: .sectionHeadingStyle,
        name: "Section heading style",
        summary: "A Recommended Steps or Recommended Documents heading is not written `## **Recommended Steps**` / `## **Recommended Documents**`.",
        rationale: """
            The templates ask for a bolded H2 in title case; the portal styles and finds these sections by it. \
            1,683 real files vary the level, the bold, the case or the words, or write a bold line that is no \
            heading at all. Warning.
            """,
        category: .content, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\nText.\n\n↓## Recommended steps\n\n* Step.\n")
                .expecting("write this heading as `## **Recommended Steps**`"),
            Example.article(body: "# Title\n\nText.\n\n↓### **Recommended Documents**\n\n* [Docs](https://learn.microsoft.com/azure/storage/)\n"),
            Example.article(body: "# Title\n\nText.\n\n↓**Recommended Steps**\n\n* Step.\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nText.\n\n## **Recommended Steps**\n\n* Step.\n\n## **Recommended Documents**\n\n* [Docs](https://learn.microsoft.com/azure/storage/)\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for section in article.sections where section.kind != .other {
            let canonical = Self.canonical(section.kind)
            guard section.level != 2 || !section.isBold || section.heading.trimmingHeaderWhitespace() != canonical else { continue }
            diagnostics.append(context.diagnostic(SourceRange(start: section.headingRange.start, end: section.headingRange.start),
                                                  "write this heading as `## **\(canonical)**`"))
        }
        // A bold line standing alone, which is no heading at all.
        let tree = article.markdown
        for (index, node) in tree.nodes.enumerated() {
            guard case .paragraph = node.kind, node.range.start.line == node.range.end.line else { continue }
            let children = tree.children(of: index)
            guard children.count == 1, case .strong = tree.nodes[children[0]].kind else { continue }
            let text = tree.plainText(of: index)
            let kind = Section.kind(of: text)
            guard kind != .other, text.count < 40 else { continue }
            diagnostics.append(context.diagnostic(SourceRange(start: node.range.start, end: node.range.start),
                                                  "this bold line is not a heading; write it as `## **\(Self.canonical(kind))**`"))
        }
        return diagnostics
    }

    static func canonical(_ kind: Section.Kind) -> String {
        kind == .recommendedSteps ? "Recommended Steps" : "Recommended Documents"
    }
}
