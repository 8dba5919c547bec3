/// A set of articles held in memory, with the indexes that answer lookups.
///
/// Build one from a folder with ``load(folder:jobs:)`` (parsed in parallel) or from articles
/// already in memory with ``init(articles:root:errors:)``. Entries keep the sorted order of
/// their paths, and every lookup returns entries in that order, so results are deterministic.
///
/// Lookups are answered from dictionaries built once, when the knowledge base is created
/// (see ``KnowledgeBaseIndex``); a lookup costs a hash and a copy of the matching entries.
///
/// A `KnowledgeBase` does not validate: the parser's diagnostics stay on each ``Article``, and
/// checks across articles plug in through ``runCrossArticleChecks(_:)``.
public struct KnowledgeBase: Sendable {
    /// One article of the knowledge base.
    public struct Entry: Sendable {
        /// The path relative to the knowledge base folder, with `/` separators
        /// (`identity/password-sync-not-working.md`). For articles given in memory, the
        /// article's own path made relative to ``KnowledgeBase/root`` when it lies under it.
        public let path: String
        /// The parsed article; its ``Article/path`` is the path as given (absolute when the
        /// folder was given absolute), which is what diagnostics print.
        public let article: Article
    }

    /// The folder the articles were loaded from, as given; nil for in-memory articles without one.
    public let root: String?
    /// Every article, sorted by ``Entry/path``.
    public let entries: [Entry]
    /// Files that could not be read (or folders that could not be listed), in path order.
    /// Such files have no entry.
    public let errors: [ToolError]
    let index: KnowledgeBaseIndex

    /// Creates a knowledge base from articles already parsed.
    ///
    /// Entries are sorted by relative path (ties keep the given order). Nothing is read from disk.
    ///
    /// - Parameters:
    ///   - articles: The articles; their ``Article/path`` is kept as given.
    ///   - root: The folder the paths are relative to, if any: a path under `root/` is stored
    ///     without that prefix, any other path as given.
    ///   - errors: Tool errors to carry along (for instance from reading the files yourself).
    public init(articles: [Article], root: String? = nil, errors: [ToolError] = []) {
        let entries = articles.map { Entry(path: KnowledgeBase.relativePath($0.path, root: root), article: $0) }
        self.init(sortedEntries: entries.enumerated().sorted { a, b in
            a.element.path == b.element.path ? a.offset < b.offset : a.element.path < b.element.path
        }.map(\.element), root: root, errors: errors)
    }

    init(sortedEntries: [Entry], root: String?, errors: [ToolError]) {
        self.root = root
        self.entries = sortedEntries
        self.errors = errors
        self.index = KnowledgeBaseIndex(sortedEntries)
    }

    /// The articles, in entry order.
    public var articles: [Article] { entries.map(\.article) }

    /// The entry at a relative path (as in ``Entry/path``), if any.
    public func entry(atPath path: String) -> Entry? {
        index.byPath[path].map { entries[$0] }
    }

    /// `path` without the `root/` prefix when it lies under `root`, with `./` prefixes dropped.
    package static func relativePath(_ path: String, root: String?) -> String {
        var relative = path
        if let root, !root.isEmpty {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            if relative.hasPrefix(prefix) { relative.removeFirst(prefix.count) }
        }
        while relative.hasPrefix("./") { relative.removeFirst(2) }
        return relative
    }
}

extension KnowledgeBase: CustomStringConvertible {
    /// `KnowledgeBase(25 articles under Articles, 1 unreadable file)`: a summary, not every article.
    public var description: String {
        let place = root.map { " under \($0)" } ?? ""
        let failed = errors.isEmpty ? "" : ", \(errors.count) unreadable file\(errors.count == 1 ? "" : "s")"
        return "KnowledgeBase(\(entries.count) article\(entries.count == 1 ? "" : "s")\(place)\(failed))"
    }
}
