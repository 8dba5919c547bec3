import SelfHelpKit
import GRDB

/// The tables of a search index file (Docs/search.md describes them for readers of the file).
enum SearchIndexSchema {
    /// The value of `selfhelp_index.format`, which marks a file as a SelfHelpKit search index.
    static let format = "selfhelp-search"
    /// Bumped when the tables change incompatibly; also stored as `PRAGMA user_version`.
    static let version = 2 // 2: article ids derived from paths, so an index can be updated in place

    static let statements = [
        "CREATE TABLE selfhelp_index(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        """
        CREATE TABLE articles(
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            article_id TEXT,
            title TEXT NOT NULL,
            page_title TEXT,
            description TEXT,
            service TEXT,
            resource TEXT,
            self_help_type TEXT,
            clouds TEXT NOT NULL,
            support_topic_ids TEXT NOT NULL,
            text TEXT NOT NULL)
        """,
        "CREATE INDEX articles_by_article_id ON articles(article_id COLLATE NOCASE)",
        "CREATE INDEX articles_by_service ON articles(service COLLATE NOCASE, resource COLLATE NOCASE)",
        "CREATE INDEX articles_by_type ON articles(self_help_type)",
        """
        CREATE TABLE article_support_topics(
            article_path TEXT NOT NULL REFERENCES articles(path),
            support_topic_id TEXT NOT NULL,
            PRIMARY KEY(support_topic_id, article_path)) WITHOUT ROWID
        """,
        """
        CREATE TABLE article_clouds(
            article_path TEXT NOT NULL REFERENCES articles(path),
            cloud TEXT NOT NULL,
            PRIMARY KEY(cloud, article_path)) WITHOUT ROWID
        """,
        """
        CREATE TABLE chunks(
            article_path TEXT NOT NULL REFERENCES articles(path),
            position INTEGER NOT NULL,
            id TEXT NOT NULL,
            heading_path TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY(article_path, position)) WITHOUT ROWID
        """,
        "CREATE INDEX chunks_by_id ON chunks(id)",
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, description, text,
            content='articles', content_rowid='id',
            tokenize='porter unicode61')
        """,
    ]

    static func create(_ db: Database) throws {
        for statement in statements { try db.execute(sql: statement) }
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }
}
