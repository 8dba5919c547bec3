import SelfHelpKit
extension KnowledgeBase {
    /// Searches the articles by free text, as `selfhelp search` does on an index file.
    ///
    /// Builds an in-memory ``SearchIndex`` on each call (for the 1,909-article corpus, a
    /// fraction of a second; see Docs/search.md). To run many queries, build the index once
    /// with `SearchIndex(kb)` and call its ``SearchIndex/search(_:cloud:service:type:limit:)``.
    ///
    /// - Throws: As ``SearchIndex/search(_:cloud:service:type:limit:)``, and ``ToolError``
    ///   `writeFailed` if the index cannot be built.
    public func search(_ query: String, cloud: CloudEnvironment? = nil, service: String? = nil,
                       type: SelfHelpType? = nil, limit: Int = 10) throws -> [SearchResult] {
        try SearchIndex(self).search(query, cloud: cloud, service: service, type: type, limit: limit)
    }
}
