import Foundation

/// A folder of articles, known by their ``ArticleFacts`` and kept current: the one loader behind
/// `selfhelp validate`, the language server and the live preview.
///
/// It reads every article under ``root`` once, keeping each one's facts (its own findings among
/// them) and dropping the parsed article, so its memory grows with the facts (a few kilobytes an
/// article), not with the articles. Then it takes one article's new bytes at a time (from disk,
/// or from an editor buffer that is not saved) and answers what its findings are now, and which
/// *other* articles' findings changed because of it (a duplicate id that appeared or went away,
/// a link whose target was deleted). An update runs the article rules on the changed article
/// only; the cross-article rules run again over every article's facts, which takes milliseconds.
///
/// ```swift
/// let workspace = try Workspace(root: "Articles", pathStyle: .relative)
/// let changed = workspace.update("storage/locks.md", bytes: Array(editorText.utf8))
/// for path in changed { print(path, workspace.findings(in: path).count) }
/// ```
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

    /// The folder the articles were loaded from, as given (empty for a list of files).
    public let root: String
    /// How articles are named.
    public let pathStyle: PathStyle
    /// The validator every finding comes from.
    public let validator: Validator
    /// Files that could not be read when the workspace was loaded.
    public let loadErrors: [ToolError]

    private let lock = NSLock()
    /// How many threads load articles and run the cross-article rules.
    private let jobs: Int
    /// Every article's facts, sorted by path: the cross-article rules take them as they are.
    private var facts: [ArticleFacts] = []
    /// Articles given as bytes (editor buffers), kept for ``article(at:)``.
    private var buffers: [String: Article] = [:]
    /// The cross-article rules' findings, by the path they name (in the order the rules gave
    /// them). An article's own findings are in its facts; the two are merged when asked for, so
    /// the workspace holds each finding once.
    private var crossFindings: [String: [Diagnostic]] = [:]

    /// Loads every article under `root`.
    ///
    /// - Parameters:
    ///   - cache: facts kept from an earlier load (``ValidationCache``): an article whose bytes did
    ///     not change since is taken from it instead of being checked.
    ///   - timings: where to add each rule's time (``Validator/timings``), for this load and every
    ///     later check; nil times nothing.
    /// - Throws: ``ToolError`` when `root` is missing or is a file. Unreadable articles are in ``loadErrors``.
    public convenience init(root: String, configuration: Configuration = Configuration(), jobs: Int? = nil,
                            pathStyle: PathStyle = .joined, cache: ValidationCache? = nil, timings: RuleTimings? = nil) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else {
            throw ToolError(.notFound, path: root, message: "no such knowledge base folder")
        }
        guard isDirectory.boolValue else { throw ToolError(.unreadable, path: root, message: "is a file; expected a knowledge base folder") }
        let (files, walkErrors) = ArticleLoader.walk(root)
        self.init(files: files, root: root, configuration: configuration, jobs: jobs, pathStyle: pathStyle, errors: walkErrors,
                  cache: cache, timings: timings)
    }

    /// Loads the articles `files` (as `selfhelp validate FILE…` does), named as given.
    ///
    /// - Parameters:
    ///   - validatorRoot: the knowledge base's root folder for links (nil: the common folder of the files).
    ///   - cache: facts kept from an earlier load (``ValidationCache``): an article whose bytes did
    ///     not change since is taken from it instead of being checked.
    ///   - timings: where to add each rule's time (``Validator/timings``); nil times nothing.
    public convenience init(files: [String], validatorRoot: String? = nil, configuration: Configuration = Configuration(), jobs: Int? = nil,
                            cache: ValidationCache? = nil, timings: RuleTimings? = nil) {
        self.init(files: files, root: "", configuration: configuration, jobs: jobs, pathStyle: .joined, errors: [],
                  validatorRoot: validatorRoot, cache: cache, timings: timings)
    }

    /// Loads the articles `files` for one check and no more (`selfhelp validate` without
    /// `--cache`): as ``init(files:validatorRoot:configuration:jobs:cache:)``, but the facts'
    /// ``ArticleFacts/contentHash`` is left empty, since nothing will ask whether a file changed
    /// (hashing every file was a twentieth of such a run).
    package convenience init(checkingOnce files: [String], validatorRoot: String?, configuration: Configuration, timings: RuleTimings? = nil) {
        self.init(files: files, root: "", configuration: configuration, jobs: nil, pathStyle: .joined, errors: [],
                  validatorRoot: validatorRoot, cache: nil, hashing: false, timings: timings)
    }

    private init(files: [String], root: String, configuration: Configuration, jobs: Int?, pathStyle: PathStyle,
                 errors: [ToolError], validatorRoot: String? = nil, cache: ValidationCache?, hashing: Bool = true,
                 timings: RuleTimings?) {
        self.root = root
        self.pathStyle = pathStyle
        let jobs = max(1, jobs ?? ParallelMap.defaultJobs)
        self.jobs = jobs
        var validator = Validator(configuration: configuration, root: validatorRoot ?? (pathStyle == .joined ? root : nil))
        validator.timings = timings
        self.validator = validator
        cache?.open(for: validator)
        let (loaded, failures) = Workspace.load(files, root: root, pathStyle: pathStyle, validator: validator, jobs: jobs,
                                                cache: cache, hashing: hashing)
        cache?.loaded()
        facts = loaded
        loadErrors = errors + failures
        _ = revalidate()
    }

    /// The facts of `files` in path order (of a file given twice, its last load), sharing the
    /// values they repeat, and the files that could not be read. (The loads' own array is freed
    /// on return, before the cross-article rules run.)
    private static func load(_ files: [String], root: String, pathStyle: PathStyle, validator: Validator, jobs: Int,
                             cache: ValidationCache?, hashing: Bool) -> (facts: [ArticleFacts], failures: [ToolError]) {
        let loaded = ParallelMap.run(files, jobs: jobs) { file -> Result<ArticleFacts, ToolError> in
            let name = Workspace.name(ofFile: file, root: root, pathStyle: pathStyle)
            guard let cache else {
                return ArticleLoader.readResult(file).map { validator.facts(ofFile: name, bytes: $0, contentHash: hashing ? nil : "") }
            }
            let signature = FileSignature.of(file)
            if let kept = cache.facts(named: name, signature: signature) { return .success(kept) }
            return ArticleLoader.readResult(file).map { bytes in
                let hash = SHA256.hexDigest(bytes)
                return cache.facts(named: name, contentHash: hash, signature: signature)
                    ?? validator.facts(ofFile: name, bytes: bytes, contentHash: hash)
            }
        }
        var failures: [ToolError] = []
        var order: [(path: String, index: Int)] = []
        for (index, result) in loaded.enumerated() {
            switch result {
            case .success(let fact): order.append((fact.path, index))
            case .failure(let error): failures.append(error)
            }
        }
        order.sort { $0.path != $1.path ? $0.path < $1.path : $0.index < $1.index }
        var facts: [ArticleFacts] = []
        facts.reserveCapacity(order.count)
        // The loaded facts share the values they repeat. Later updates are not interned: over a
        // long editing session the interner would keep every value an edit ever made.
        var interner = FactsInterner()
        for (k, next) in order.enumerated() where k + 1 == order.count || order[k + 1].path != next.path {
            guard case .success(var fact) = loaded[next.index] else { continue }
            interner.intern(&fact)
            facts.append(fact)
        }
        return (facts, failures)
    }

    /// How the workspace names the article file at `file` (a path under ``root``).
    public func name(ofFile file: String) -> String {
        Workspace.name(ofFile: file, root: root, pathStyle: pathStyle)
    }

    private static func name(ofFile file: String, root: String, pathStyle: PathStyle) -> String {
        pathStyle == .joined ? file : KnowledgeBase.relativePath(file, root: root)
    }

    /// The file of the article named `path`.
    public func filePath(of path: String) -> String {
        pathStyle == .joined ? path : (root as NSString).appendingPathComponent(path)
    }

    /// The facts of the article at `path`.
    public func facts(at path: String) -> ArticleFacts? {
        lock.withLock {
            let (found, index) = position(of: path)
            return found ? facts[index] : nil
        }
    }

    /// How many articles the workspace holds.
    public var count: Int {
        lock.withLock { facts.count }
    }

    /// Every article's facts, in path order.
    public var allFacts: [ArticleFacts] {
        lock.withLock { facts }
    }

    /// The article at `path`, parsed: the bytes last given to ``update(_:bytes:)``, else the file.
    public func article(at path: String) -> Article? {
        if let buffer = lock.withLock({ buffers[path] }) { return buffer }
        guard facts(at: path) != nil, let bytes = try? ArticleLoader.readBytes(filePath(of: path)) else { return nil }
        return ArticleParser.parse(bytes, path: path)
    }

    /// The article's findings now (its own and the cross-article rules'), in report order.
    public func findings(in path: String) -> [Diagnostic] {
        lock.withLock { merged(path) }
    }

    /// Every finding of the workspace, in report order.
    public var diagnostics: [Diagnostic] {
        Array(allFindings)
    }

    /// Every finding of the workspace as it is now, in report order, merged an article at a time
    /// as the sequence is read (for reports of large knowledge bases; ``diagnostics`` makes the
    /// array). Later updates do not change it.
    public var allFindings: Findings {
        lock.withLock { Findings(facts: facts, cross: crossFindings) }
    }

    /// Takes new bytes for the article at `path` (added when it is new).
    ///
    /// - Returns: the articles whose findings changed, `path` included when its own did.
    @discardableResult
    public func update(_ path: String, bytes: [UInt8]) -> Set<String> {
        let article = validator.parse(bytes, path: path)
        let fact = validator.facts(of: article)
        return lock.withLock {
            buffers[path] = article
            return revalidate(changing: path) { store(fact) }
        }
    }

    /// Forgets the article at `path` (deleted).
    ///
    /// - Returns: the articles whose findings changed.
    @discardableResult
    public func remove(_ path: String) -> Set<String> {
        lock.withLock {
            let (found, index) = position(of: path)
            guard found else { return [] }
            return revalidate(changing: path) {
                facts.remove(at: index)
                buffers[path] = nil
            }
        }
    }

    /// Reads the article at `path` from disk again (removed when its file is gone).
    ///
    /// - Returns: the articles whose findings changed.
    /// - Throws: ``ToolError`` when the file exists but cannot be read.
    @discardableResult
    public func reload(_ path: String) throws -> Set<String> {
        let file = filePath(of: path)
        guard FileManager.default.fileExists(atPath: file) else { return remove(path) }
        let fact = validator.facts(ofFile: path, bytes: try ArticleLoader.readBytes(file))
        return lock.withLock {
            buffers[path] = nil
            return revalidate(changing: path) { store(fact) }
        }
    }

    /// The articles whose `articleId` is `id` (compared case-insensitively).
    public func articles(withId id: String) -> [ArticleFacts] {
        let wanted = id.lowercased()
        return allFacts.filter { $0.articleId?.lowercased() == wanted }
    }

    /// The articles that list `supportTopicId`.
    public func articles(forSupportTopic supportTopicId: String) -> [ArticleFacts] {
        allFacts.filter { $0.supportTopicIds.contains(supportTopicId) }
    }

    /// The articles of a service (compared case-insensitively).
    public func articles(inService service: String) -> [ArticleFacts] {
        let wanted = Service(raw: service)
        return allFacts.filter { $0.service == wanted }
    }

    private func position(of path: String) -> (found: Bool, index: Int) {
        var low = 0, high = facts.count
        while low < high {
            let mid = (low + high) / 2
            if facts[mid].path < path { low = mid + 1 } else { high = mid }
        }
        return (low < facts.count && facts[low].path == path, low)
    }

    private func store(_ fact: ArticleFacts) {
        let (found, index) = position(of: fact.path)
        if found { facts[index] = fact } else { facts.insert(fact, at: index) }
    }

    /// An article's findings in report order: its own (in its facts) and the cross-article
    /// rules' that name it. Called with ``lock`` held.
    private func merged(_ path: String) -> [Diagnostic] {
        let (found, index) = position(of: path)
        if found { return Findings.merged(facts[index].findings, path: facts[index].path, crossFindings) }
        return crossFindings[path].map { $0.sorted(by: Diagnostic.reportOrder) } ?? []
    }

    /// Changes the article at `path` (`change` stores, replaces or removes its facts), then runs
    /// the cross-article rules again. Called with ``lock`` held.
    ///
    /// - Returns: the articles whose findings changed: those whose cross-article findings did,
    ///   and `path` when its findings as a whole did.
    private func revalidate(changing path: String, _ change: () -> Void) -> Set<String> {
        let before = merged(path)
        change()
        var differing = revalidate()
        if merged(path) != before { differing.insert(path) }
        return differing
    }

    /// Runs the cross-article rules over every article's facts; returns the articles whose
    /// cross-article findings changed.
    private func revalidate() -> Set<String> {
        let exists = LinkTargets.exist(articles: Set(facts.map(\.path)), below: pathStyle == .joined ? nil : root)
        var next: [String: [Diagnostic]] = [:]
        for diagnostic in validator.crossArticleFindings(facts, jobs: jobs, fileExists: exists) {
            next[diagnostic.file, default: []].append(diagnostic)
        }
        var differing: Set<String> = []
        for path in Set(crossFindings.keys).union(next.keys) {
            let old = crossFindings[path] ?? [], new = next[path] ?? []
            // The rules' order may move without a finding changing.
            if old != new, old.sorted(by: Diagnostic.reportOrder) != new.sorted(by: Diagnostic.reportOrder) { differing.insert(path) }
        }
        crossFindings = next
        return differing
    }
}
