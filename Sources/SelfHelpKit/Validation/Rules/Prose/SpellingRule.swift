import Foundation

/// `spelling`: a word the US English Hunspell dictionary does not know.
struct SpellingRule: Rule {
    static let description = RuleDescription(
        id: .spelling,
        name: "Spelling",
        summary: "A word of the prose, a heading or link text is not in the US English Hunspell dictionary or the accept list (\"Troublehsooting\", \"procede\", \"youcannot\").",
        rationale: """
            Misspellings slipped past review in real articles and were fixed by hand later; a reader \
            takes them as carelessness, and search does not find a misspelt word. Words are checked \
            with Hunspell's `en_US` dictionary (Debian `hunspell-en-us`; `make test` installs it, and \
            without it the rule is silent) and an accept list of product names and trade terms \
            (`Sources/SelfHelpKit/Spelling/SpellingAcceptList.swift`, plus `"words"` in \
            `.selfhelp.json`). Left alone: code, links' destinations, quoted text, and any chunk that \
            looks like a URL, path, id, version, e-mail address or placeholder (it holds a digit or one \
            of `/ \\ : @ . _ = # $ { } < > %`); names with an inner capital or in capitals (`PowerShell`, \
            `VNET`); a capitalised word inside a sentence (a name: `Fortinet`); placeholders' default \
            values (`<!--$vmName-->[vmName]<!--/$vmName-->`); PowerShell cmdlets (`Get-AzVM`); words \
            shorter than 3 letters. A word is reported only when it looks mistyped: \
            a known word is one edit away, or it splits into a short common word and another \
            (`youcannot`); a term written solid (`datawarehouse`) or a name with no near word is not. \
            Info: a dictionary cannot know every name, so this is advice; the message names the near words.
            """,
        category: .prose, defaultSeverity: .info,
        triggeringExamples: [
            Example.article(body: "# ↓Troublehsooting uploads\n\nYou can ↓procede once the lock is gone; ↓youcannot skip it.\n")
                .expecting(
                    "\"Troublehsooting\" is not in the dictionary; did you mean \"Troubleshooting\"?",
                    "\"procede\" is not in the dictionary; did you mean \"proceed\", \"precede\"?",
                    "\"youcannot\" is not in the dictionary; did you mean \"you cannot\"?"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Troubleshooting uploads\n\nYou can proceed once the lock is gone; see `procede.ps1` and https://example.com/procede.\n"),
            Example.article(body: "# Title\n\nThe message reads \"Troublehsooting failed\" in PowerShell on the VNET of {resourceName}.\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let dictionary = HunspellDictionary.englishUS else { return [] }
        let extra = context.configuration.words
        let bytes = article.source.bytes
        var diagnostics: [Diagnostic] = []
        let placeholders = article.placeholders.map(\.range.offsets)
        for (_, node, range) in article.textNodes() {
            var node = node
            node.withUTF8 { literal in
                var searchFrom = range.start.offset
                let spanEnd = min(max(range.end.offset, range.start.offset), bytes.count)
                for word in SpellingWords.words(in: literal) {
                    let written = UnsafeBufferPointer(rebasing: literal[word.offsets])
                    // The word's place in the file: its next whole-word occurrence in the node's span.
                    let found = searchFrom < spanEnd ? bytes.withUnsafeBufferPointer {
                        ByteSearch.firstOccurrence(of: written, in: $0, range: searchFrom..<spanEnd, from: searchFrom, wholeWord: true)
                    } : nil
                    let offset = found ?? range.start.offset
                    if let found { searchFrom = found + written.count }
                    guard !Self.accepts(word.text, dictionary: dictionary, extra: extra), !article.isQuoted(offset),
                          !placeholders.contains(where: { $0.contains(offset) }),
                          found.map({ !Self.isSplitByEmphasis(bytes, $0..<($0 + written.count)) }) ?? true else { continue }
                    guard let suggestions = Self.corrections(of: word.text, dictionary: dictionary) else { continue }
                    let hint = "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
                    let end = found.map { $0 + written.count } ?? offset
                    diagnostics.append(context.diagnostic(offsets: offset..<end, "\"\(word.text)\" is not in the dictionary\(hint)"))
                }
            }
        }
        return diagnostics
    }

    /// What an unknown word may have meant, when it looks like a typo rather than a name or a term
    /// the dictionary lacks: known words one edit away (`begining` → `beginning`), else the word
    /// split after or before a short common word (`youcannot` → `you cannot`); nil when neither
    /// (a term written solid such as `datawarehouse`, or a name with no near word).
    static func corrections(of word: String, dictionary: HunspellDictionary) -> [String]? {
        correctionCache.value(for: word, dictionary: dictionary) {
            let near = SpellingCandidates.nearWords(word, dictionary: dictionary)
            if !near.isEmpty { return near }
            return SpellingCandidates.gluedWords(word, dictionary: dictionary, common: commonWords).map { [$0] }
        }
    }

    /// Corrections already worked out, by word: a knowledge base repeats its unknown words.
    static let correctionCache = SpellingMemo<[String]?>()

    /// Short words that a missing space glues to the next or the previous one.
    static let commonWords: Set<String> = ["a", "an", "the", "you", "your", "we", "it", "is", "are", "be", "to", "of", "in", "on",
                                           "at", "by", "for", "and", "or", "not", "if", "when", "can", "will", "do", "this", "that", "with"]

    /// Whether the word at `range` is part of a longer one that emphasis splits (`**C**ustomer`):
    /// a run of `*` or `_` joins it to a letter on either side.
    static func isSplitByEmphasis(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        func isMark(_ b: UInt8) -> Bool { b == UInt8(ascii: "*") || b == UInt8(ascii: "_") }
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80 }
        var i = range.lowerBound
        while i > 0, isMark(bytes[i - 1]) { i -= 1 }
        if i < range.lowerBound, i > 0, isLetter(bytes[i - 1]) { return true }
        var k = range.upperBound
        while k < bytes.count, isMark(bytes[k]) { k += 1 }
        return k > range.upperBound && k < bytes.count && isLetter(bytes[k])
    }

    /// Whether `word` is spelt right: the dictionary knows it as written, in lower case or without
    /// its accents, or an accept list has it.
    static func accepts(_ word: String, dictionary: HunspellDictionary, extra: Set<String>) -> Bool {
        if !extra.isEmpty, extra.contains(word.lowercased()) { return true }
        return acceptance.value(for: word, dictionary: dictionary) { isKnown(word, dictionary: dictionary) }
    }

    /// Answers of ``isKnown(_:dictionary:)`` already worked out: most words of a knowledge base
    /// are known words it repeats, and one lookup here replaces a lookup in each list.
    static let acceptance = SpellingMemo<Bool>()

    /// Whether the dictionary or the built-in accept list knows `word` (``accepts(_:dictionary:extra:)``
    /// without the configuration's words).
    static func isKnown(_ word: String, dictionary: HunspellDictionary) -> Bool {
        let lower = word.lowercased()
        if SpellingAcceptList.words.contains(lower) { return true }
        if lower.hasSuffix("'s"), SpellingAcceptList.words.contains(String(lower.dropLast(2))) { return true }
        if dictionary.knows(word) || (lower != word && dictionary.knows(lower)) { return true }
        // Loanwords keep their accents (café, naïve); the US dictionary has them without.
        let folded = word.folding(options: .diacriticInsensitive, locale: nil)
        return folded != word && (dictionary.knows(folded) || dictionary.knows(folded.lowercased()))
    }
}

/// A thread-safe memo of what the `spelling` rule works out about a word with a dictionary
/// (``SpellingRule/isKnown(_:dictionary:)``, ``SpellingRule/corrections(of:dictionary:)``), for
/// one dictionary at a time: threads mostly read it, since a knowledge base repeats its words.
final class SpellingMemo<Value>: @unchecked Sendable {
    private let lock = ReadWriteLock()
    private var dictionary: ObjectIdentifier?
    private var answers: [String: Value] = [:]

    /// The answer for `word` with `dictionary`: remembered, else `compute`d and remembered.
    func value(for word: String, dictionary: HunspellDictionary, _ compute: () -> Value) -> Value {
        let id = ObjectIdentifier(dictionary)
        if let answer = lock.reading({ self.dictionary == id ? answers[word] : nil }) { return answer }
        let answer = compute()
        lock.writing {
            if self.dictionary != id { (self.dictionary, answers) = (id, [:]) }
            answers[word] = answer
        }
        return answer
    }
}
