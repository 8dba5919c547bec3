import SelfHelpKit
import Foundation
import GRDB

/// A search index file being written: either a new one, in a temporary file moved into place by
/// ``finish()``, or an existing one updated in place, one transaction per batch of articles. An
/// update interrupted between two batches leaves a consistent file whose rows are partly new:
/// a build records the index as intact only after ``finish()``, and writes a new one otherwise.
///
/// A build hands it each changed article's ``SearchRows`` as the article is rendered, and the
/// paths of deleted articles; the articles themselves are never held.
package final class SearchIndexFile {
    private let path: String
    private let temporary: String?
    private var queue: DatabaseQueue?

    /// Opens the index at `path`: in place when `update` is true and the file is an index of
    /// this version, else a new, empty one.
    ///
    /// - Throws: ``ToolError`` (`writeFailed`) when the file cannot be created or opened.
    package init(at path: String, update: Bool) throws {
        self.path = path
        if update, SearchIndexFile.isCurrentIndex(path) {
            temporary = nil
            try SearchIndexFile.failing(path) {
                var configuration = GRDB.Configuration()
                // Durability comes from the build's flush before it records the index as complete.
                configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = OFF") }
                // The writer deletes an article's topic, cloud and chunk rows before the article's
                // own; checking the foreign keys would search the topic and cloud tables (keyed by
                // value, not path) whole for every article deleted: rewriting every article of a
                // large index took minutes.
                configuration.foreignKeysEnabled = false
                queue = try DatabaseQueue(path: path, configuration: configuration)
            }
            return
        }
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp").path
        self.temporary = temporary
        try failing {
            var configuration = GRDB.Configuration()
            configuration.prepareDatabase { db in
                // The file is private until renamed: no journal or fsync per transaction is needed.
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
            }
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            self.queue = queue
            try queue.write { db in try SearchIndexSchema.create(db) }
        }
    }

    deinit {
        try? queue?.close()
        if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// Whether the index is new (every article must be added) rather than updated in place.
    package var isNew: Bool { temporary != nil }

    /// Adds or replaces articles' rows, in one transaction.
    package func replace(_ records: [SearchRows]) throws {
        guard !records.isEmpty else { return }
        try failing { try open().write { db in for record in records { try SearchIndexWriter.replace(db, with: record, fullText: !isNew) } } }
    }

    /// Removes articles' rows, in one transaction.
    package func remove(paths: [String]) throws {
        guard !paths.isEmpty else { return }
        try failing { try open().write { db in for path in paths { try SearchIndexWriter.delete(db, path: path) } } }
    }

    /// Commits the rows; a new index is moved into place.
    package func finish() throws {
        try failing {
            let queue = try open()
            try queue.write { db in
                try SearchIndexWriter.writeSummary(db)
                if isNew { try SearchIndexWriter.rebuildFullText(db) }
            }
            try queue.close()
            self.queue = nil
            guard let temporary else { return }
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: temporary))
            try handle.synchronize()
            try handle.close()
            // A journal left by an interrupted update belongs to the file being replaced: it must
            // not be replayed into the new one.
            for suffix in ["-journal", "-wal", "-shm"] { unlink(path + suffix) }
            guard rename(temporary, path) == 0 else {
                throw ToolError(.writeFailed, path: path, message: "cannot move the new index into place: \(String(cString: strerror(errno)))")
            }
        }
    }

    private func open() throws -> DatabaseQueue {
        guard let queue else { throw ToolError(.writeFailed, path: path, message: "the search index was already written") }
        return queue
    }

    /// Whether `path` holds a search index of this version.
    private static func isCurrentIndex(_ path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        var configuration = GRDB.Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
        defer { try? queue.close() }
        let version = try? queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM selfhelp_index WHERE key = 'schema_version'") }
        return version == String(SearchIndexSchema.version)
    }

    private func failing(_ body: () throws -> Void) throws {
        do {
            try SearchIndexFile.failing(path, body)
        } catch {
            try? queue?.close()
            queue = nil
            if let temporary { try? FileManager.default.removeItem(atPath: temporary) }
            throw error
        }
    }

    private static func failing(_ path: String, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            throw ToolError(wrapping: error, .writeFailed, path: path, context: "cannot write the search index")
        }
    }
}
