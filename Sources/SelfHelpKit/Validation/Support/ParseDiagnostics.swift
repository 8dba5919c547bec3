extension RuleContext {
    /// The parser's findings that carry this rule's id, re-stamped with the configured severity.
    ///
    /// Rules such as `header-syntax` or `payload-json-invalid` do not look at the article again:
    /// the parser already found the problem where it happened. This helper is how they report it.
    public func parseDiagnostics(of article: Article) -> [Diagnostic] {
        article.diagnostics.compactMap { parsed in
            guard parsed.rule == rule else { return nil }
            var diagnostic = parsed
            diagnostic.severity = severity
            diagnostic.file = file
            return diagnostic
        }
    }
}
