import SelfHelpKit
import GRDB

/// Writes and deletes one article's rows. Every row is keyed by the article's path, and the
/// article's integer id (the full-text table's rowid) is derived from its path, so an index
/// updated in place holds the same rows as one written anew from the same articles.
enum SearchIndexWriter {
    /// The article's id: the first 56 bits of the SHA-256 of its path (positive, and the same in
    /// every build). Two paths that share them are an error (odds about 10⁻⁹ at a million articles).
    static func rowID(for path: String) -> Int64 {
        SHA256.digest(Array(path.utf8)).prefix(7).reduce(Int64(0)) { $0 << 8 | Int64($1) }
    }

    /// Adds `record`'s rows, after removing any the index holds for its path.
    ///
    /// - Parameter fullText: whether to add the article to the full-text index now; a new index
    ///   leaves it to ``rebuildFullText(_:)`` once every article is in (one pass is several
    ///   times faster than a row at a time).
    static func replace(_ db: Database, with record: SearchRows, fullText: Bool = true) throws {
        if fullText { try delete(db, path: record.path) }
        let id = rowID(for: record.path)
        try db.cachedStatement(sql: """
            INSERT INTO articles(id, path, article_id, title, page_title, description, service, resource,
                                 self_help_type, clouds, support_topic_ids, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                id, record.path, record.articleId, record.title, record.pageTitle, record.description, record.service,
                record.resource, record.selfHelpType, record.clouds.joined(separator: ","), record.supportTopicIds.joined(separator: ","),
                record.text,
            ])
        if fullText {
            try db.cachedStatement(sql: "INSERT INTO articles_fts(rowid, title, description, text) VALUES (?, ?, ?, ?)")
                .execute(arguments: [id, record.title, record.description, record.text])
        }
        let topic = try db.cachedStatement(sql: "INSERT OR IGNORE INTO article_support_topics(article_path, support_topic_id) VALUES (?, ?)")
        for id in record.supportTopicIds { try topic.execute(arguments: [record.path, id]) }
        let cloud = try db.cachedStatement(sql: "INSERT OR IGNORE INTO article_clouds(article_path, cloud) VALUES (?, ?)")
        for name in record.clouds { try cloud.execute(arguments: [record.path, name]) }
        let chunk = try db.cachedStatement(sql: "INSERT INTO chunks(article_path, position, id, heading_path, text) VALUES (?, ?, ?, ?, ?)")
        for (position, item) in record.chunks.enumerated() {
            try chunk.execute(arguments: [record.path, position, item.id, JSONOutput.strings(item.headingPath).serialized(), item.text])
        }
    }

    /// Removes every row of the article at `path` (nothing when the index has none).
    static func delete(_ db: Database, path: String) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT clouds, support_topic_ids FROM articles WHERE path = ?"),
                                         arguments: [path]) else { return }
        try db.cachedStatement(sql: """
            INSERT INTO articles_fts(articles_fts, rowid, title, description, text)
            SELECT 'delete', id, title, description, text FROM articles WHERE path = ?
            """).execute(arguments: [path])
        try db.cachedStatement(sql: "DELETE FROM chunks WHERE article_path = ?").execute(arguments: [path])
        // The topic and cloud rows are keyed by value first: deleted by their keys, which the
        // article's row lists (comma-joined, as ``replace(_:with:fullText:)`` wrote them), not by
        // a search of the whole table for the path, which made rewriting every article quadratic.
        for (table, column, list) in [("article_support_topics", "support_topic_id", row["support_topic_ids"] as String? ?? ""),
                                      ("article_clouds", "cloud", row["clouds"] as String? ?? "")] {
            let statement = try db.cachedStatement(sql: "DELETE FROM \(table) WHERE \(column) = ? AND article_path = ?")
            for value in list.split(separator: ",", omittingEmptySubsequences: false) {
                try statement.execute(arguments: [String(value), path])
            }
        }
        try db.cachedStatement(sql: "DELETE FROM articles WHERE path = ?").execute(arguments: [path])
    }

    /// Records what the index holds: its format and version, and its article and chunk counts.
    static func writeSummary(_ db: Database) throws {
        let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles") ?? 0
        let chunks = try Int.fetchOne(db, sql: "SELECT count(*) FROM chunks") ?? 0
        try db.execute(sql: """
            INSERT OR REPLACE INTO selfhelp_index(key, value)
            VALUES ('format', ?), ('schema_version', ?), ('article_count', ?), ('chunk_count', ?)
            """, arguments: [SearchIndexSchema.format, String(SearchIndexSchema.version), String(articles), String(chunks)])
    }

    /// The records of every article of `kb`, with its `chunks` (nil: none).
    ///
    /// - Throws: ``ToolError`` when a chunk belongs to no article of `kb`.
    static func records(_ kb: KnowledgeBase, chunks: [SearchChunk]?) throws -> [SearchRows] {
        var byPath: [String: [SearchChunk]] = [:]
        for chunk in chunks ?? [] { byPath[chunk.articlePath, default: []].append(chunk) }
        var seenPaths: Set<String> = []
        var records: [SearchRows] = []
        for entry in kb.entries {
            // Two articles with one relative path can only come from in-memory input: keep the first.
            guard seenPaths.insert(entry.path).inserted else { continue }
            records.append(SearchRows(entry.article, path: entry.path, chunks: byPath[entry.path] ?? []))
        }
        if let stray = chunks?.first(where: { !seenPaths.contains($0.articlePath) }) {
            throw ToolError(.writeFailed, path: stray.articlePath, message: "chunk \(stray.id) belongs to an article that is not in the knowledge base")
        }
        return records
    }

    /// Indexes every article's text for full-text search in one pass, and merges the index into
    /// one segment (a new index's last step).
    static func rebuildFullText(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
        try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
    }

    /// Every article of `kb` with its `chunks` (nil: none), in a new index.
    static func populate(_ db: Database, _ kb: KnowledgeBase, chunks: [SearchChunk]?) throws {
        for record in try records(kb, chunks: chunks) { try replace(db, with: record, fullText: false) }
        try writeSummary(db)
        try rebuildFullText(db)
    }
}
