import SelfHelpKit
import GRDB

/// Fills the tables of ``SearchIndexSchema`` from a knowledge base, in sorted path order.
enum SearchIndexWriter {
    static func populate(_ db: Database, _ kb: KnowledgeBase, chunks: [SearchChunk]?) throws {
        let paths = try populateArticles(db, kb)
        try populateChunks(db, chunks, knownPaths: paths)
    }

    /// The articles, their lookup tables and the full-text index; returns the paths inserted.
    /// (A build does this while it renders, then adds the rendering's chunks.)
    static func populateArticles(_ db: Database, _ kb: KnowledgeBase) throws -> Set<String> {
        try db.execute(sql: "INSERT INTO selfhelp_index(key, value) VALUES ('format', ?), ('schema_version', ?), ('article_count', ?)",
                       arguments: [SearchIndexSchema.format, String(SearchIndexSchema.version), String(kb.entries.count)])
        let insertArticle = try db.makeStatement(sql: """
            INSERT INTO articles(path, id, article_id, title, page_title, description, service, resource,
                                 self_help_type, clouds, support_topic_ids, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertTopic = try db.makeStatement(sql: "INSERT OR IGNORE INTO article_support_topics(article_path, support_topic_id) VALUES (?, ?)")
        let insertCloud = try db.makeStatement(sql: "INSERT OR IGNORE INTO article_clouds(article_path, cloud) VALUES (?, ?)")
        var seenPaths: Set<String> = []
        for (number, entry) in kb.entries.enumerated() {
            // Two articles with one relative path can only come from in-memory input: keep the first.
            guard seenPaths.insert(entry.path).inserted else { continue }
            let metadata = entry.article.metadata
            let clouds = uniqueNames(metadata.effectiveClouds.map(\.name))
            let topics = uniqueNames(metadata.supportTopicIds)
            try insertArticle.execute(arguments: [
                entry.path, number + 1, metadata.articleId,
                SearchIndex.displayTitle(for: entry.article, fallback: entry.path),
                metadata.pageTitle, metadata.description, metadata.service?.raw, metadata.resource,
                metadata.selfHelpType?.name, clouds.joined(separator: ","), topics.joined(separator: ","),
                SearchIndex.searchableText(for: entry.article),
            ])
            for topic in topics { try insertTopic.execute(arguments: [entry.path, topic]) }
            for cloud in clouds { try insertCloud.execute(arguments: [entry.path, cloud]) }
        }
        try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
        try db.execute(sql: "INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
        return seenPaths
    }

    /// Records the chunk count and inserts the chunks (none when nil) grouped by article in path
    /// order, each article's chunks in given order.
    static func populateChunks(_ db: Database, _ chunks: [SearchChunk]?, knownPaths: Set<String>) throws {
        try db.execute(sql: "INSERT INTO selfhelp_index(key, value) VALUES ('chunk_count', ?)", arguments: [String(chunks?.count ?? 0)])
        guard let chunks else { return }
        if let stray = chunks.first(where: { !knownPaths.contains($0.articlePath) }) {
            throw ToolError(.writeFailed, path: stray.articlePath,
                            message: "chunk \(stray.id) belongs to an article that is not in the knowledge base")
        }
        let ordered = chunks.enumerated().sorted { a, b in
            a.element.articlePath == b.element.articlePath ? a.offset < b.offset : a.element.articlePath < b.element.articlePath
        }
        let insert = try db.makeStatement(sql: "INSERT INTO chunks(article_path, position, id, heading_path, text) VALUES (?, ?, ?, ?, ?)")
        var position = 0
        var previousPath: String?
        for (_, chunk) in ordered {
            position = chunk.articlePath == previousPath ? position + 1 : 0
            previousPath = chunk.articlePath
            try insert.execute(arguments: [chunk.articlePath, position, chunk.id, JSONOutput.strings(chunk.headingPath).serialized(), chunk.text])
        }
    }

    /// `names` without repeats, first occurrence kept.
    private static func uniqueNames(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
