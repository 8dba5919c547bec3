import Chunspell
import Foundation

/// A Hunspell dictionary: whether a word is spelt right.
///
/// The only place that calls Hunspell. The dictionary (`en_US.aff` and `en_US.dic`, Debian
/// `hunspell-en-us`) is looked for in `$SELFHELP_HUNSPELL_DIR`, then `/usr/share/hunspell`,
/// `/usr/share/myspell/dicts`, `/usr/local/share/hunspell` and `/opt/homebrew/share/hunspell`.
///
/// Ownership: the instance owns its `Hunhandle` and destroys it in `deinit`; strings passed in
/// are borrowed for the call only. Hunspell is not safe to call from several threads at once, so
/// every call holds ``lock``; answers are cached per word, so a knowledge base's thousands of
/// repeats cost one call each. (Hunspell's own suggestions cost tens of milliseconds a word, so
/// the `spelling` rule finds near words itself: `SpellingCandidates`.)
public final class HunspellDictionary: @unchecked Sendable {
    private let handle: OpaquePointer
    private let lock = NSLock()
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

    /// Loads `<language>.aff` and `<language>.dic` from the first of ``searchFolders`` that has
    /// both; nil when none has.
    public init?(language: String) {
        let manager = FileManager.default
        guard let folder = Self.searchFolders.first(where: {
            manager.fileExists(atPath: "\($0)/\(language).aff") && manager.fileExists(atPath: "\($0)/\(language).dic")
        }), let handle = Hunspell_create("\(folder)/\(language).aff", "\(folder)/\(language).dic") else { return nil }
        self.handle = handle
        self.path = "\(folder)/\(language).dic"
    }

    deinit { Hunspell_destroy(handle) }

    /// Whether the dictionary knows `word` (as Hunspell judges case: `paris` is wrong, `Paris` right).
    ///
    /// - Parameter remembering: whether to cache the answer (false for one-off candidates, so
    ///   the cache holds only the words of the text).
    public func knows(_ word: String, remembering: Bool = true) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if let answer = known[word] { return answer }
        let answer = Hunspell_spell(handle, word) != 0
        if remembering { known[word] = answer }
        return answer
    }
}
