import Foundation

/// A file that keeps every article's ``ArticleFacts`` (its own findings among them) between runs
/// of `selfhelp validate --cache FILE`, so that an article whose path and bytes are those of the
/// last run is neither parsed nor checked again. The cross-article rules still run over every
/// article's facts, so their findings are always current.
///
/// The facts are trusted only under the settings they were made with: the tool version, the
/// rules that run, ``Configuration/fingerprint`` and the spelling dictionary. A file made under
/// other settings, or one that is damaged or is not a cache at all, is read as empty (every
/// article is checked) and replaced when the cache is saved. An article file whose
/// ``FileSignature`` (size, times, inode) is the one recorded is not even read; one that was
/// touched is read, and matched by its bytes' SHA-256, so a cache restored into a fresh checkout
/// (a CI cache) is used as well.
///
/// ```swift
/// let cache = ValidationCache(path: ".selfhelp-cache")
/// let workspace = try Workspace(root: "Articles", cache: cache)
/// try cache.save(workspace.allFacts)
/// print(cache.reusedCount, "of", workspace.allFacts.count, "articles were not checked again")
/// ```
public final class ValidationCache: @unchecked Sendable {
    /// The cache file.
    public let path: String
    private let lock = NSLock()
    private var key = ""
    /// The facts read from the file, with their article file's ``FileSignature`` then (the facts
    /// are dropped once a load has taken what it reuses: ``loaded()``).
    private var entries: [String: (signature: String, facts: ArticleFacts?)] = [:]
    /// The signature of each article file read by this load, for ``save(_:)``.
    private var signatures: [String: String] = [:]
    private var reused = 0
    /// The size of the file when it was read (the room ``save(_:)`` reserves for the next one).
    private var readSize = 0

    static let magic = "selfhelp validation cache 1"

    /// A cache kept in the file at `path` (read when a ``Workspace`` first loads with it; the
    /// file need not exist).
    public init(path: String) {
        self.path = path
    }

    /// How many articles the last load took from the cache instead of checking them.
    public var reusedCount: Int { lock.withLock { reused } }

    /// Reads the file for a load by `validator`: its entries when it was written under the same
    /// settings, else none.
    func open(for validator: Validator) {
        let key = Self.key(for: validator)
        var entries: [String: (signature: String, facts: ArticleFacts?)] = [:]
        var readSize = 0
        // Read as an article is (a FIFO or a file over 256 MB is not read): a cache that cannot be read is empty.
        if let bytes = try? ArticleLoader.readBytes(path) {
            readSize = bytes.count
            var input = ByteReader(bytes)
            if input.string() == Self.magic, input.string() == key, let count = input.count() {
                entries.reserveCapacity(count)
                // Read facts share the values they repeat, as a workspace's loaded ones do.
                var interner = FactsInterner()
                for _ in 0..<count {
                    guard let signature = input.string(), var facts = ArticleFacts(&input) else { entries = [:]; break }
                    interner.intern(&facts)
                    entries[facts.path] = (signature, facts)
                }
                if !input.isAtEnd { entries = [:] }
            }
        }
        lock.withLock { (self.key, self.entries, signatures, reused, self.readSize) = (key, entries, [:], 0, readSize) }
    }

    /// The facts kept for the article named `path` when its file's ``FileSignature`` is still
    /// `signature` (then the file need not even be read).
    func facts(named path: String, signature: String?) -> ArticleFacts? {
        guard let signature else { return nil }
        return lock.withLock {
            guard let entry = entries[path], entry.signature == signature, let facts = entry.facts else { return nil }
            signatures[path] = signature
            reused += 1
            return facts
        }
    }

    /// The facts kept for the article named `path` when its bytes' SHA-256 is still `contentHash`
    /// (the file was touched, or restored into another checkout, but not changed). `signature`
    /// is its file's signature before it was read, kept for the next load.
    func facts(named path: String, contentHash: String, signature: String?) -> ArticleFacts? {
        lock.withLock {
            signatures[path] = signature ?? ""
            guard let facts = entries[path]?.facts, facts.contentHash == contentHash else { return nil }
            reused += 1
            return facts
        }
    }

    /// Drops the facts read from the file once a load has taken the ones it reuses (the
    /// workspace keeps those): a cache of a large knowledge base does not hold every article's
    /// facts a second time. What ``save(_:)`` needs of the file, its signatures, stays.
    func loaded() {
        lock.withLock {
            // In place: iterating the keys would hold the table and make the first change copy it.
            var index = entries.startIndex
            while index != entries.endIndex {
                entries.values[index].facts = nil
                entries.formIndex(after: &index)
            }
        }
    }

    /// Writes `facts` (a workspace's ``Workspace/allFacts``) to the file, replacing it whole (a
    /// run that is stopped leaves the previous file). Nothing is written when the file already
    /// holds exactly these articles.
    ///
    /// - Throws: ``ToolError`` when the file cannot be written.
    public func save(_ facts: [ArticleFacts]) throws {
        lock.lock()
        let key = self.key, signatures = self.signatures, readSize = self.readSize
        let unchanged = !key.isEmpty && facts.allSatisfy { entries[$0.path]?.signature == signatures[$0.path] }
            && entries.count == facts.count && reused == facts.count
        lock.unlock()
        guard !unchanged else { return }
        // Room for a file about the size of the last one: a buffer that doubled as it grew would
        // hold up to twice the file.
        var room: [UInt8] = []
        room.reserveCapacity(readSize + readSize / 8)
        var out = ByteWriter(bytes: room)
        out.string(Self.magic)
        out.string(key)
        out.int(facts.count)
        for fact in facts {
            out.string(signatures[fact.path] ?? "")
            fact.write(to: &out)
        }
        do {
            try AtomicFile.write(out.bytes, to: path, durable: false)
        } catch {
            let reason = (error as? ToolError)?.message ?? "\(error)"
            throw ToolError(.writeFailed, path: path, message: "cannot write the validation cache: \(reason)")
        }
    }

    /// What the facts depend on besides the article: the tool, the rules and their settings.
    static func key(for validator: Validator) -> String {
        var rules: [String] = []
        for rule in validator.rules { rules.append(rule.description.id.rawValue) }
        for rule in validator.knowledgeBaseRules { rules.append(rule.description.id.rawValue) }
        let text = "\(SelfHelpVersion.current)\n\(rules.joined(separator: ","))\n\(validator.configuration.fingerprint)\n"
            + HunspellDictionary.englishUSFingerprint
        return SHA256.hexDigest(Array(text.utf8))
    }
}
