extension RuleContext {
    /// The parser's issues that belong to this rule, as this rule's findings: in its words (the
    /// messages at the end of its file, through ``ParseIssue/diagnostic(file:)``), with the
    /// configured severity.
    ///
    /// Rules such as `header-syntax` or `payload-json-invalid` do not look at the article again:
    /// the parser already noticed the problem where it happened. This helper is how they report it.
    public func parseDiagnostics(of article: Article) -> [Diagnostic] {
        article.issues.compactMap { issue in
            guard issue.rule == rule else { return nil }
            var diagnostic = issue.diagnostic(file: file)
            diagnostic.severity = severity
            return diagnostic
        }
    }
}
