import SelfHelpKit

extension LanguageServer {
    /// `textDocument/hover`: on a finding, its rule's summary and rationale; on a header key, what
    /// it means and which types require it; on an article id or a support topic id, the articles
    /// that share it.
    func hover(_ params: JSONValue) throws -> JSONOutput {
        guard let uri = params[path: "textDocument", "uri"]?.stringValue, let path = DocumentURI.path(uri),
              let document = documents[path], let article = article(path) else { return .null }
        guard let raw = offset(params["position"]?.value, in: document) else { throw JSONRPCFailure.missing("position") }
        let offset = max(0, raw - 3 * article.source.byteOrderMarks)
        var parts: [String] = []
        for finding in findings(path) where finding.range.start.offset <= offset && offset <= max(finding.range.end.offset, finding.range.start.offset + 1) {
            if let rule = RuleRegistry.descriptions.first(where: { $0.id == finding.rule }) {
                parts.append("**\(rule.id.rawValue)** (\(finding.severity.rawValue)): \(rule.summary)\n\n\(rule.rationale)\n\n[Rule reference](\(Self.ruleLink(rule.id)))")
            }
        }
        if let attribute = article.header?.attributes.first(where: { $0.keyRange.start.offset <= offset && offset <= $0.keyRange.end.offset }) {
            parts.append(HeaderKeyReference.hover(attribute.key))
        } else if let attribute = article.header?.attributes.first(where: { $0.valueRange.start.offset <= offset && offset <= $0.valueRange.end.offset }) {
            parts += sharedIdHover(attribute, at: offset, in: article)
        }
        guard !parts.isEmpty else { return .null }
        return .object([("contents", .object([("kind", "markdown"), ("value", .string(parts.joined(separator: "\n\n---\n\n")))]))])
    }

    /// The articles that share the id under the cursor.
    private func sharedIdHover(_ attribute: HeaderAttribute, at offset: Int, in article: Article) -> [String] {
        guard let workspace = workspace(for: article.path) else { return [] }
        func list(_ articles: [ArticleFacts]) -> String {
            articles.map { "- `\(KnowledgeBase.relativePath($0.path, root: workspace.root))`" + ($0.title.map { ": \($0)" } ?? "") }.joined(separator: "\n")
        }
        switch attribute.key {
        case .articleId:
            let others = workspace.articles(withId: attribute.trimmedValue).filter { $0.path != article.path }
            return [others.isEmpty ? "Article id `\(attribute.trimmedValue)`: no other article uses it."
                                   : "Article id `\(attribute.trimmedValue)` is also used by:\n\n" + list(others)]
        case .supportTopicIds:
            let token = word(at: offset, in: article.source.bytes)
            guard !token.isEmpty else { return [] }
            let sharing = workspace.articles(forSupportTopic: token).filter { $0.path != article.path }
            return [sharing.isEmpty ? "Support topic `\(token)`: no other article lists it."
                                    : "Support topic `\(token)` is also listed by:\n\n" + list(sharing)]
        default:
            return []
        }
    }

    /// The run of letters, digits and `-` around `offset`.
    private func word(at offset: Int, in bytes: [UInt8]) -> String {
        func isWord(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2D }
        var start = min(offset, bytes.count), end = min(offset, bytes.count)
        while start > 0, isWord(bytes[start - 1]) { start -= 1 }
        while end < bytes.count, isWord(bytes[end]) { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
