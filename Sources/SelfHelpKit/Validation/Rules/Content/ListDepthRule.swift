/// `list-depth`: lists nested more than two levels.
struct ListDepthRule: Rule {
    static let description = RuleDescription(
        id: .listDepth,
        name: "List depth",
        summary: "A list is nested more than two levels deep.",
        rationale: """
            The templates allow two levels; the portal's narrow pane indents deeper lists until they are hard \
            to read, and deep nesting usually means steps that should be split (67 real files). Warning. \
            Each third-level list is reported once.
            """,
        category: .content, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\n* One\n  * Two\n    ↓* Three\n")
                .expecting("this list is nested three levels deep; keep to two levels"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\n* One\n  * Two\n* Again\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        let nodes = article.markdown.nodes
        var listDepth = [Int](repeating: 0, count: nodes.count)
        var diagnostics: [Diagnostic] = []
        for (index, node) in nodes.enumerated() {
            let inherited = node.parent >= 0 ? listDepth[node.parent] : 0
            guard case .list = node.kind else { listDepth[index] = inherited; continue }
            listDepth[index] = inherited + 1
            if inherited + 1 == 3 {
                diagnostics.append(context.diagnostic(SourceRange(start: node.range.start, end: node.range.start),
                                                      "this list is nested three levels deep; keep to two levels"))
            }
        }
        return diagnostics
    }
}
