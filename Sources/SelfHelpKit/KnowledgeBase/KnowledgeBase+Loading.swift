import Dispatch
import Foundation

extension KnowledgeBase {
    /// Loads every article under a folder, parsing files in parallel.
    ///
    /// Finds `*.md` files recursively as ``ArticleLoader/articleFiles(in:)`` does (sorted,
    /// hidden folders skipped), then reads and parses them on `jobs` threads. Each result is
    /// stored at its file's index, so the entries are in sorted path order however the work
    /// was scheduled. A file that cannot be read becomes a ``ToolError`` in ``errors`` and has
    /// no entry; a damaged article is still an entry, with its diagnostics. Does not validate.
    ///
    /// - Parameters:
    ///   - folder: The knowledge base folder; entry paths are relative to it, and each
    ///     ``Article/path`` is `folder/relative` as given (absolute if `folder` is).
    ///   - jobs: How many threads parse at once; nil (the default) or 0 uses every active core.
    /// - Throws: ``ToolError`` (`notFound` / `unreadable`) when `folder` does not exist or is
    ///   not a folder. Problems with single files do not throw.
    public static func load(folder: String, jobs: Int? = nil) throws -> KnowledgeBase {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw ToolError(.notFound, path: folder, message: "no such knowledge base folder")
        }
        guard isDirectory.boolValue else {
            throw ToolError(.unreadable, path: folder, message: "is a file; expected a knowledge base folder")
        }
        let (files, walkErrors) = ArticleLoader.walk(folder)
        let results = ParallelLoader.load(files, jobs: jobs)
        var entries: [Entry] = []
        var errors = walkErrors
        entries.reserveCapacity(files.count)
        for (file, result) in zip(files, results) {
            switch result {
            case .success(let article): entries.append(Entry(path: relativePath(file, root: folder), article: article))
            case .failure(let error): errors.append(error)
            }
        }
        errors.sort { ($0.path ?? "") < ($1.path ?? "") }
        return KnowledgeBase(sortedEntries: entries, root: folder, errors: errors)
    }
}

/// Reads and parses files on several threads, results in input order.
enum ParallelLoader {
    /// Parses `files` with `jobs` workers (nil or less than 1: ``ParallelMap/defaultJobs``), through
    /// ``ParallelMap`` as every parallel loop of SelfHelpKit.
    static func load(_ files: [String], jobs: Int?) -> [Result<Article, ToolError>] {
        ParallelMap.run(files, jobs: jobs.flatMap { $0 > 0 ? $0 : nil } ?? ParallelMap.defaultJobs) { file in
            Result(.unreadable, path: file) { try ArticleLoader.load(file) }
        }
    }
}
