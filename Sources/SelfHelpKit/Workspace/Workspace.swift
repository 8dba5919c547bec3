import Foundation

/// A folder of articles kept in memory and current, for tools that answer while an author
/// types: the language server and the live preview.
///
/// It loads every article under ``root`` once, then takes one article's new bytes at a time
/// (from disk, or from an editor buffer that is not saved) and answers what its findings are
/// now, and which *other* articles' findings changed because of it (a duplicate id that appeared
/// or went away, a link whose target was deleted). An update re-runs the article rules on the
/// changed article only; the cross-article rules run again over all articles, which is what
/// makes the second answer right.
///
/// All methods are thread-safe. Paths are the ones articles are parsed with, as ``PathStyle``
/// says: `root` joined with the path below it (what an editor knows), or the path below `root`
/// (what `selfhelp build` parses with, so a preview renders exactly what a build writes).
public final class Workspace: @unchecked Sendable {
    /// How the workspace names its articles.
    public enum PathStyle: Sendable {
        /// `root/storage/a.md`, as ``KnowledgeBase/load(folder:jobs:)`` makes them.
        case joined
        /// `storage/a.md`, as `selfhelp build` parses them.
        case relative
    }

    /// The folder the articles were loaded from, as given.
    public let root: String
    /// How articles are named.
    public let pathStyle: PathStyle
    /// The validator every finding comes from.
    public let validator: Validator
    /// Files under ``root`` that could not be read when the workspace was loaded.
    public let loadErrors: [ToolError]

    private let lock = NSLock()
    /// The articles' names, sorted, and the articles in that order (kept sorted, never rebuilt:
    /// an `Article` is a large value, and copying 15,000 of them after every keystroke shows).
    private var paths: [String] = []
    private var list: [Article] = []
    private var names: Set<String> = []
    /// The article rules' findings of each article, suppressions applied (kept between updates).
    private var own: [String: [Diagnostic]] = [:]
    /// The suppression comments of each article (kept between updates).
    private var suppressions: [String: Suppressions] = [:]
    /// Every finding of each article (own and cross-article) as last computed.
    private var current: [String: [Diagnostic]] = [:]
    private let jobs: Int

    /// Loads and validates every article under `root`.
    ///
    /// - Parameters:
    ///   - root: The knowledge-base folder.
    ///   - configuration: The rule settings (for instance from ``ConfigurationLoader``).
    ///   - jobs: Threads for loading and validating; nil uses every core.
    ///   - pathStyle: How articles are named (``PathStyle/joined`` by default).
    /// - Throws: ``ToolError`` when `root` is missing or not a folder. Unreadable files are in
    ///   ``loadErrors``; an empty folder is an empty workspace.
    public init(root: String, configuration: Configuration = Configuration(), jobs: Int? = nil, pathStyle: PathStyle = .joined) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw ToolError(.notFound, path: root, message: "no such knowledge base folder")
        }
        guard isDirectory.boolValue else { throw ToolError(.unreadable, path: root, message: "is a file; expected a knowledge base folder") }
        self.root = root
        self.pathStyle = pathStyle
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        validator = Validator(configuration: configuration, root: pathStyle == .joined ? root : nil)
        let (files, walkErrors) = ArticleLoader.walk(root)
        let loaded = ParallelMap.run(files, jobs: self.jobs) { file -> Result<Article, ToolError> in
            let name = Workspace.name(ofFile: file, root: root, pathStyle: pathStyle)
            do { return .success(ArticleParser.parse(try ArticleLoader.readBytes(file), path: name)) } catch let error as ToolError {
                return .failure(error)
            } catch {
                return .failure(ToolError(.unreadable, path: file, message: "\(error)"))
            }
        }
        var errors = walkErrors
        var read: [Article] = []
        for result in loaded {
            switch result {
            case .success(let article): read.append(article)
            case .failure(let error): errors.append(error)
            }
        }
        loadErrors = errors
        for article in read { store(article) }
        _ = lock.withLock { revalidate(changed: names) }
    }

    /// The name of the article in the file at `file` (a path as walked, `root/…`): the inverse of
    /// ``filePath(of:)``.
    public func name(ofFile file: String) -> String {
        Workspace.name(ofFile: file, root: root, pathStyle: pathStyle)
    }

    private static func name(ofFile file: String, root: String, pathStyle: PathStyle) -> String {
        pathStyle == .joined ? file : KnowledgeBase.relativePath(file, root: root)
    }

    /// The file on disk of the article named `path`.
    public func filePath(of path: String) -> String {
        pathStyle == .joined ? path : (root as NSString).appendingPathComponent(path)
    }

    /// The article at `path`, as last parsed.
    public func article(at path: String) -> Article? {
        lock.withLock {
            let (found, index) = position(of: path)
            return found ? list[index] : nil
        }
    }

    /// Every article, in path order.
    public var allArticles: [Article] {
        lock.withLock { list }
    }

    /// The findings of the article at `path` (its own and the cross-article ones), in report
    /// order; empty for a path the workspace does not hold.
    public func findings(in path: String) -> [Diagnostic] {
        lock.withLock { current[path] ?? [] }
    }

    /// Takes new bytes for the article at `path` (added when new) and validates again.
    ///
    /// - Returns: The paths whose findings changed, `path` included when its own did.
    @discardableResult
    public func update(_ path: String, bytes: [UInt8]) -> Set<String> {
        let article = ArticleParser.parse(bytes, path: path)
        return lock.withLock {
            store(article)
            own[path] = nil
            suppressions[path] = nil
            return revalidate(changed: [path])
        }
    }

    /// Forgets the article at `path` (deleted, or no longer an article).
    ///
    /// - Returns: The paths whose findings changed, `path` included when it had findings.
    @discardableResult
    public func remove(_ path: String) -> Set<String> {
        lock.withLock {
            let (found, index) = position(of: path)
            guard found else { return [] }
            paths.remove(at: index)
            list.remove(at: index)
            names.remove(path)
            own[path] = nil
            suppressions[path] = nil
            return revalidate(changed: [])
        }
    }

    /// Reads the article named `path` from disk again (``filePath(of:)``): updates it, or
    /// removes it when the file is gone.
    ///
    /// - Returns: As ``update(_:bytes:)``.
    /// - Throws: ``ToolError`` when the file exists but cannot be read (the workspace keeps
    ///   the article as it was).
    @discardableResult
    public func reload(_ path: String) throws -> Set<String> {
        let file = filePath(of: path)
        guard FileManager.default.fileExists(atPath: file) else { return remove(path) }
        return update(path, bytes: try ArticleLoader.readBytes(file))
    }

    /// Articles whose `articleId` equals `id` (any letter case), in path order.
    public func articles(withId id: String) -> [Article] {
        let wanted = id.lowercased()
        return allArticles.filter { $0.metadata.articleId?.lowercased() == wanted }
    }

    /// Articles listing `supportTopicId` in `supportTopicIds`, in path order.
    public func articles(forSupportTopic supportTopicId: String) -> [Article] {
        allArticles.filter { $0.metadata.supportTopicIds.contains(supportTopicId) }
    }

    /// Where `path` is, or would be, in ``paths``.
    private func position(of path: String) -> (found: Bool, index: Int) {
        var low = 0, high = paths.count
        while low < high {
            let mid = (low + high) / 2
            if paths[mid] < path { low = mid + 1 } else { high = mid }
        }
        return (low < paths.count && paths[low] == path, low)
    }

    /// Puts `article` in its place, replacing the one of the same name. Call with the lock held.
    private func store(_ article: Article) {
        let (found, index) = position(of: article.path)
        if found {
            list[index] = article
        } else {
            paths.insert(article.path, at: index)
            list.insert(article, at: index)
            names.insert(article.path)
        }
    }

    /// Runs the rules again: the article rules on `changed` (and on any article with no kept
    /// findings), the cross-article rules on all. Call with the lock held.
    private func revalidate(changed: Set<String>) -> Set<String> {
        var known: [Int: [Diagnostic]] = [:]
        var knownSuppressions: [Int: Suppressions] = [:]
        for (index, path) in paths.enumerated() where !changed.contains(path) {
            if let kept = own[path] { known[index] = kept }
            if let kept = suppressions[path] { knownSuppressions[index] = kept }
        }
        let snapshot = names
        let base = pathStyle == .joined ? nil : root
        let result = validator.validation(of: list, jobs: jobs, fileExists: { path in
            snapshot.contains(path) || FileManager.default.fileExists(atPath: base.map { ($0 as NSString).appendingPathComponent(path) } ?? path)
        }, known: known, knownSuppressions: knownSuppressions)
        for (index, path) in paths.enumerated() {
            own[path] = result.articleFindings[index]
            suppressions[path] = result.suppressions[index]
        }
        var next: [String: [Diagnostic]] = [:]
        for diagnostic in result.diagnostics { next[diagnostic.file, default: []].append(diagnostic) }
        var differing: Set<String> = []
        for path in Set(current.keys).union(next.keys) where current[path] ?? [] != next[path] ?? [] {
            differing.insert(path)
        }
        current = next
        return differing
    }
}
