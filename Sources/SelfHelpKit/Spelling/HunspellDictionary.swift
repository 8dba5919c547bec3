import Chunspell
import Foundation

/// A Hunspell dictionary: whether a word is spelt right.
///
/// The only place that calls Hunspell. The dictionary (`en_US.aff` and `en_US.dic`, Debian
/// `hunspell-en-us`) is looked for in `$SELFHELP_HUNSPELL_DIR`, then `/usr/share/hunspell`,
/// `/usr/share/myspell/dicts`, `/usr/local/share/hunspell` and `/opt/homebrew/share/hunspell`.
///
/// Ownership: the instance owns its `Hunhandle`s and destroys them in `deinit`; strings passed in
/// are borrowed for the call only. One `Hunhandle` is not safe to call from several threads at
/// once, so the dictionary keeps a pool: a call takes an idle handle (loading another one when every
/// handle is busy, so there are at most as many as threads asking at once) and gives it back.
/// Answers are cached per word, so a knowledge base's thousands of repeats cost one call each.
/// (Hunspell's own suggestions cost tens of milliseconds a word, so the `spelling` rule finds near
/// words itself: `SpellingCandidates`.)
public final class HunspellDictionary: @unchecked Sendable {
    private let files: (aff: String, dic: String)
    /// Guards ``idle`` and ``handles``.
    private let condition = NSCondition()
    private var idle: [OpaquePointer]
    private var handles: [OpaquePointer]
    /// Guards ``known``, which threads read far more often than they add to.
    private let knownLock = ReadWriteLock()
    private var known: [String: Bool] = [:]
    /// The `.dic` file the dictionary was read from.
    public let path: String

    /// The folders searched for `<language>.aff` and `<language>.dic`, in order.
    public static var searchFolders: [String] {
        var folders = ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell", "/opt/homebrew/share/hunspell"]
        if let custom = ProcessInfo.processInfo.environment["SELFHELP_HUNSPELL_DIR"], !custom.isEmpty { folders.insert(custom, at: 0) }
        return folders
    }

    /// The US English dictionary, loaded on first use; nil when it is not installed (the
    /// `spelling` rule is then silent).
    public static let englishUS: HunspellDictionary? = HunspellDictionary(language: "en_US")

    /// Which US English dictionary the `spelling` rule uses, as text (its files' paths and
    /// ``FileSignature``s; `none` when none is installed): caches of findings key on it, so that
    /// an upgraded dictionary checks every article again.
    /// (The files are looked up, not loaded: a build with nothing to check asks this too.)
    package static let englishUSFingerprint: String = {
        guard let files = files(of: "en_US") else { return "none" }
        return [files.aff, files.dic].map { "\($0):\(FileSignature.of($0) ?? "")" }.joined(separator: ",")
    }()

    /// Loads `<language>.aff` and `<language>.dic` from the first of ``searchFolders`` that has
    /// both; nil when none has.
    public init?(language: String) {
        guard let files = Self.files(of: language) else { return nil }
        self.files = files
        guard let handle = Hunspell_create(files.aff, files.dic) else { return nil }
        idle = [handle]
        handles = [handle]
        path = files.dic
    }

    deinit { handles.forEach { Hunspell_destroy($0) } }

    /// `<language>.aff` and `<language>.dic` in the first of ``searchFolders`` that has both.
    static func files(of language: String) -> (aff: String, dic: String)? {
        let manager = FileManager.default
        guard let folder = searchFolders.first(where: {
            manager.fileExists(atPath: "\($0)/\(language).aff") && manager.fileExists(atPath: "\($0)/\(language).dic")
        }) else { return nil }
        return ("\(folder)/\(language).aff", "\(folder)/\(language).dic")
    }

    /// Whether the dictionary knows `word` (as Hunspell judges case: `paris` is wrong, `Paris` right).
    ///
    /// - Parameter remembering: whether to cache the answer (false for one-off candidates, so
    ///   the cache holds only the words of the text).
    public func knows(_ word: String, remembering: Bool = true) -> Bool {
        if let answer = knownLock.reading({ known[word] }) { return answer }
        condition.lock()
        let handle = takeHandle()
        condition.unlock()
        let answer = Hunspell_spell(handle, word) != 0
        condition.lock()
        idle.append(handle)
        condition.signal()
        condition.unlock()
        if remembering { knownLock.writing { known[word] = answer } }
        return answer
    }

    /// An idle handle, loading a new one when none is idle (or waiting for one when loading fails).
    /// Called with ``condition`` locked.
    private func takeHandle() -> OpaquePointer {
        if let handle = idle.popLast() { return handle }
        if let handle = Hunspell_create(files.aff, files.dic) {
            handles.append(handle)
            return handle
        }
        while idle.isEmpty { condition.wait() }
        return idle.removeLast()
    }
}
