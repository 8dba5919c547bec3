/// `code-language-unsupported`: a fenced code block with a language tag.
struct CodeLanguageUnsupportedRule: Rule {
    static let description = RuleDescription(
        id: .codeLanguageUnsupported,
        name: "Code language unsupported",
        summary: "A fenced code block names a language (```` ```powershell ````) outside Apollo articles.",
        rationale: """
            The portal does no syntax highlighting outside Apollo articles, so the tag has no effect there \
            (the ServicesHub template asks for plain fences). Info: harmless, but a sign the text was \
            copied from the docs site.
            """,
        category: .content, defaultSeverity: .info,
        triggeringExamples: [
            Example.article(body: "# Title\n\n↓```powershell\nRemove-AzResourceLock -LockName x\n```\n")
                .expecting("the code language `powershell` is not highlighted in the portal; use a plain fence"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\n```\nRemove-AzResourceLock -LockName x\n```\n"),
            Example.article([#"selfHelpType="Apollo""#, #"ms.author="storagesupport""#], body: "# Title\n\n```powershell\nGet-AzVM\n```\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard article.metadata.selfHelpType != .apollo else { return [] }
        return article.markdown.nodes.compactMap { node in
            guard case .codeBlock(let info, _) = node.kind else { return nil }
            let language = info.trimmingHeaderWhitespace()
            guard !language.isEmpty else { return nil }
            return context.diagnostic(SourceRange(start: node.range.start, end: node.range.start),
                                      "the code language `\(language)` is not highlighted in the portal; use a plain fence")
        }
    }
}
