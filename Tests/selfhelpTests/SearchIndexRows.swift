import Foundation
import GRDB

/// The rows of a `kb.sqlite`, table by table, as `sqlite3 kb.sqlite .dump` lists them, without
/// the full-text index's internal b-tree (`articles_fts_data`, `articles_fts_idx`: an index
/// updated in place stores the same postings in other segments). Used to show that a rebuild's
/// index holds the same rows as a clean build's.
enum SearchIndexRows {
    static func dump(_ path: String) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            var lines: [String] = []
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            for table in tables where table != "articles_fts" && table != "articles_fts_data" && table != "articles_fts_idx" {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"")
                lines += rows.map { "\(table): \($0.description)" }.sorted()
            }
            // The full-text index answers the same: every term's documents.
            let terms = try Row.fetchAll(db, sql: "SELECT 1 FROM sqlite_master WHERE name = 'articles_fts_vocab'")
            if terms.isEmpty { try db.execute(sql: "CREATE VIRTUAL TABLE temp.articles_fts_vocab USING fts5vocab(main, 'articles_fts', 'row')") }
            lines += try Row.fetchAll(db, sql: "SELECT term, doc, cnt FROM temp.articles_fts_vocab ORDER BY term").map { "vocab: \($0.description)" }
            return lines
        }
    }
}
