import SelfHelpKit
import GRDB

extension SearchIndex {
    /// The articles matching `query`, best first.
    ///
    /// Every word of `query` must occur in the title, description or text (after stemming,
    /// see ``SearchQuery``); when no article has them all, any word may occur. Results are
    /// ordered in three tiers, then by BM25 (title weighted 10, description 4, text 1), then
    /// by path: first articles whose title holds the words as a phrase, then those whose title
    /// holds them all (any of them, when falling back), then the rest. The tiers are needed
    /// because FTS5's BM25 normalises by the length of the whole row, so a long article with
    /// the query as its title would otherwise lose to a short one that only mentions it.
    /// Filters narrow the articles before ranking. This does not search chunks.
    ///
    /// - Parameters:
    ///   - query: Words as a person types them; FTS5 operators in it are plain text.
    ///   - cloud: Only articles shown in this cloud (effective clouds, `disableClouds` applied).
    ///   - service: Only articles of this service, compared without regard to letter case.
    ///   - type: Only articles of this `selfHelpType`.
    ///   - limit: The most results returned (at least 1).
    /// - Returns: The results; empty when no word of `query` can match (only punctuation).
    ///   ``SearchResult/matchedEveryWord`` says whether the search fell back to any word.
    /// - Throws: ``ToolError`` `usage` for an empty query, a limit below 1, or a filter value
    ///   that no article of the index has (the message names the values it has; see
    ///   ``filterValues()``), `unreadable` if SQLite fails.
    public func search(_ query: String, cloud: CloudEnvironment? = nil, service: String? = nil,
                       type: SelfHelpType? = nil, limit: Int = 10) throws -> [SearchResult] {
        guard !query.allSatisfy(\.isWhitespace) else {
            throw ToolError(.usage, path: nil, message: "the search query is empty; give at least one word")
        }
        guard limit >= 1 else { throw ToolError(.usage, path: nil, message: "the limit must be at least 1 (got \(limit))") }
        try checkFilters(cloud: cloud, service: service, type: type)
        let terms = SearchQuery.terms(query)
        for mode in [SearchQuery.Mode.all, .any] {
            guard let expression = SearchQuery.expression(terms, mode: mode), let phrase = SearchQuery.phrase(terms) else { return [] }
            var results = try run(expression, titlePhrase: "title : \(phrase)", titleTerms: "title : (\(expression))",
                                  cloud: cloud, service: service, type: type, limit: limit)
            if mode == .any { for i in results.indices { results[i].matchedEveryWord = false } }
            if !results.isEmpty || terms.count == 1 { return results }
        }
        return []
    }

    /// Opens the index file at `path` and searches it (see ``search(_:cloud:service:type:limit:)``).
    ///
    /// - Throws: As ``init(contentsOf:)`` and ``search(_:cloud:service:type:limit:)``.
    public static func search(_ query: String, in path: String, cloud: CloudEnvironment? = nil, service: String? = nil,
                              type: SelfHelpType? = nil, limit: Int = 10) throws -> [SearchResult] {
        try SearchIndex(contentsOf: path).search(query, cloud: cloud, service: service, type: type, limit: limit)
    }

    private func run(_ expression: String, titlePhrase: String, titleTerms: String, cloud: CloudEnvironment?, service: String?, type: SelfHelpType?, limit: Int) throws -> [SearchResult] {
        var sql = """
            SELECT a.path, a.article_id, a.title, a.self_help_type, a.service,
                   CASE WHEN a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) THEN 0
                        WHEN a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?) THEN 1
                        ELSE 2 END AS tier,
                   bm25(articles_fts, 10.0, 4.0, 1.0) AS rank,
                   snippet(articles_fts, -1, '[', ']', '…', 16) AS snippet
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH ?
            """
        var arguments: StatementArguments = [titlePhrase, titleTerms, expression]
        if let cloud {
            sql += " AND EXISTS (SELECT 1 FROM article_clouds c WHERE c.article_path = a.path AND c.cloud = ?)"
            _ = arguments.append(contentsOf: [cloud.name])
        }
        if let service {
            sql += " AND a.service = ? COLLATE NOCASE"
            _ = arguments.append(contentsOf: [service.trimmingHeaderWhitespace()])
        }
        if let type {
            sql += " AND a.self_help_type = ?"
            _ = arguments.append(contentsOf: [type.name])
        }
        sql += " ORDER BY tier, rank, a.path LIMIT ?"
        _ = arguments.append(contentsOf: [limit])
        do {
            return try queue.read { db in
                try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                    SearchResult(path: row["path"], articleId: row["article_id"], title: row["title"],
                                 selfHelpType: row["self_help_type"], service: row["service"],
                                 titleMatch: [SearchResult.TitleMatch.phrase, .words][safe: row["tier"] as Int? ?? 2] ?? .none,
                                 score: -(row["rank"] as Double? ?? 0), snippet: row["snippet"] ?? "")
                }
            }
        } catch {
            throw ToolError(.unreadable, path: nil, message: "the search failed: \(error)")
        }
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
