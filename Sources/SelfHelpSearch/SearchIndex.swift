import SelfHelpKit
import Foundation
import GRDB

/// A full-text search index over a knowledge base, kept in SQLite (FTS5, BM25 ranking).
///
/// Write one to a file with ``write(_:chunks:to:)`` (what `selfhelp index` and the build do),
/// then query it with ``search(_:in:cloud:service:type:limit:)`` or by opening it with
/// ``init(contentsOf:)``. ``init(_:chunks:)`` builds the same tables in memory, which is what
/// ``KnowledgeBase/search(_:cloud:service:type:limit:)`` uses. Docs/search.md describes the
/// tables, the ranking and the query syntax.
public final class SearchIndex: Sendable {
    let queue: DatabaseQueue

    /// Opens an index file read-only.
    ///
    /// - Throws: ``ToolError`` `notFound` when there is no such file, `unreadable` when it is
    ///   not a SQLite database or not a SelfHelpKit search index of a version this build reads.
    public init(contentsOf path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw ToolError(.notFound, path: path, message: "no such search index file (write one with `selfhelp index KB_DIR --out \(path)`)")
        }
        var configuration = GRDB.Configuration()
        configuration.readonly = true
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let (format, version) = try queue.read { db in
                (try String.fetchOne(db, sql: "SELECT value FROM selfhelp_index WHERE key = 'format'"),
                 try String.fetchOne(db, sql: "SELECT value FROM selfhelp_index WHERE key = 'schema_version'"))
            }
            guard format == SearchIndexSchema.format else { throw SearchIndex.notAnIndex(path) }
            guard version == String(SearchIndexSchema.version) else {
                throw ToolError(.unreadable, path: path, message: "search index version \(version ?? "?") is not supported (expected \(SearchIndexSchema.version)); rebuild it")
            }
        } catch let error as ToolError {
            throw error
        } catch {
            throw SearchIndex.notAnIndex(path)
        }
    }

    /// Builds an index of `kb` in memory (nothing is written to disk).
    ///
    /// - Throws: ``ToolError`` `writeFailed` if SQLite fails, or a chunk names an article
    ///   that `kb` does not have.
    public init(_ kb: KnowledgeBase, chunks: [SearchChunk]? = nil) throws {
        do {
            queue = try DatabaseQueue()
            try queue.write { db in
                try SearchIndexSchema.create(db)
                try SearchIndexWriter.populate(db, kb, chunks: chunks)
            }
        } catch {
            throw ToolError(wrapping: error, .writeFailed, path: nil, context: "cannot build the search index in memory")
        }
    }

    /// Writes the index of `kb` to a SQLite file, atomically and deterministically.
    ///
    /// The database is written to a new temporary file in the same folder, synced and then
    /// renamed over `path`, so `path` is never a half-written file: it is the old file or the
    /// new one. Articles are inserted in path order and nothing time-dependent is stored, so
    /// the same knowledge base (and chunks) gives a byte-identical file: the same statements on
    /// a new file write the same pages (no `VACUUM` needed, which would copy the whole file).
    ///
    /// - Parameters:
    ///   - kb: The articles to index.
    ///   - chunks: The rendering's chunks for the `chunks` table; nil leaves it empty.
    ///   - path: The file to create or replace; its folder must exist.
    /// - Throws: ``ToolError`` `writeFailed` (the temporary file is removed).
    public static func write(_ kb: KnowledgeBase, chunks: [SearchChunk]? = nil, to path: String) throws {
        let file = try SearchIndexFile(at: path, update: false)
        try file.replace(try SearchIndexWriter.records(kb, chunks: chunks))
        try file.finish()
    }

    private static func notAnIndex(_ path: String) -> ToolError {
        ToolError(.unreadable, path: path, message: "not a selfhelp search index (write one with `selfhelp index KB_DIR --out FILE`)")
    }
}
