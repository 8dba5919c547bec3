/// `section-unexpected`: an H2 that the article type's template does not have.
struct SectionUnexpectedRule: Rule {
    static let description = RuleDescription(
        id: .sectionUnexpected,
        name: "Unexpected section",
        summary: "A `generic` or `resource` article has an H2 other than Recommended Steps and Recommended Documents.",
        rationale: """
            The templates' rule: a `generic` or `resource` article is an H1, an introduction, then at most \
            two H2 sections, `## **Recommended Steps**` and `## **Recommended Documents**`; anything else \
            is an H3 or bold text inside them. The portal builds the article's outline from its H2s, so an \
            extra one (`## **Known Issues and Solutions**`) splits the steps in two; reviewers turned such \
            headings into H3s. Other types have other layouts (diagnostics and rca open with a bold H2 \
            issue title, Apollo uses H2 and H3 freely) and are not checked. Info: advice.
            """,
        category: .content, defaultSeverity: .info,
        triggeringExamples: [
            Example.article(body: "# Title\n\nText.\n\n## **Recommended Steps**\n\n* Step.\n\n↓## **Known Issues and Solutions**\n\n* Issue.\n")
                .expecting("a `generic` article's H2s are Recommended Steps and Recommended Documents; make \"Known Issues and Solutions\" an H3 or bold text"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nText.\n\n## **Recommended Steps**\n\n### **Known issues**\n\n* Step.\n"),
            Example.article([#"selfHelpType="diagnostics""#, #"infoBubbleText="Slow uploads""#],
                            body: "# Title\n\n## **Uploads are slow**\n\nText.\n\n## **Recommended Steps**\n\n* Step.\n"),
        ])

    static let checkedTypes: Set<SelfHelpType> = [.generic, .resource]

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let type = article.metadata.selfHelpType, Self.checkedTypes.contains(type) else { return [] }
        return article.sections.compactMap { section in
            guard section.level == 2, section.kind == .other, article.markdown.nodes[section.nodeIndex].parent == 0 else { return nil }
            let at = SourceRange(start: section.headingRange.start, end: section.headingRange.start)
            return context.diagnostic(at, "a `\(type.name)` article's H2s are Recommended Steps and Recommended Documents; make \"\(section.heading)\" an H3 or bold text")
        }
    }
}
