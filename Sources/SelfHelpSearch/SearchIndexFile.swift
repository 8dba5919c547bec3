import SelfHelpKit
import Foundation
import GRDB

/// A search index file being written in two steps: the articles and their full-text index when
/// the file is created, the chunks when they are ready (a build renders them meanwhile), then
/// the file is moved into place. ``SearchIndex/write(_:chunks:to:)`` takes both steps at once;
/// either way the same statements run in the same order, so the file's bytes are the same.
///
/// The database is a temporary file beside the target until ``finish(chunks:)`` renames it;
/// a failure, or a writer dropped before finishing, removes it.
package final class SearchIndexFile {
    private let path: String
    private let temporary: String
    private var queue: DatabaseQueue?
    private var paths: Set<String> = []

    /// Creates the temporary database and writes the articles of `kb`.
    ///
    /// - Throws: ``ToolError`` `writeFailed` (the temporary file is removed).
    package init(_ kb: KnowledgeBase, to path: String) throws {
        self.path = path
        let target = URL(fileURLWithPath: path)
        temporary = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString).tmp").path
        try failing {
            var configuration = GRDB.Configuration()
            configuration.prepareDatabase { db in
                // The file is private until renamed: no journal or fsync per transaction is needed.
                try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
            }
            let queue = try DatabaseQueue(path: temporary, configuration: configuration)
            self.queue = queue
            paths = try queue.write { db in
                try SearchIndexSchema.create(db)
                return try SearchIndexWriter.populateArticles(db, kb)
            }
        }
    }

    deinit {
        if queue != nil { try? FileManager.default.removeItem(atPath: temporary) }
    }

    /// Adds the chunks (nil: none), flushes the file to disk and renames it over the target.
    ///
    /// - Throws: ``ToolError`` `writeFailed` (the temporary file is removed).
    package func finish(chunks: [SearchChunk]?) throws {
        try failing {
            guard let queue else { throw ToolError(.writeFailed, path: path, message: "the search index was already written") }
            try queue.write { db in try SearchIndexWriter.populateChunks(db, chunks, knownPaths: paths) }
            try queue.close()
            self.queue = nil
            let handle = try FileHandle(forUpdating: URL(fileURLWithPath: temporary))
            try handle.synchronize()
            try handle.close()
            guard rename(temporary, path) == 0 else {
                throw ToolError(.writeFailed, path: path, message: "cannot move the new index into place: \(String(cString: strerror(errno)))")
            }
        }
    }

    private func failing(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            try? queue?.close()
            queue = nil
            try? FileManager.default.removeItem(atPath: temporary)
            if let error = error as? ToolError { throw error }
            throw ToolError(.writeFailed, path: path, message: "cannot write the search index: \(error)")
        }
    }
}
