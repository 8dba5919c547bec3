/// Which words of a text the `spelling` rule checks, and where they are.
///
/// The text is cut at whitespace into chunks. A chunk that looks like code, a URL, a path, an id,
/// a version, an e-mail address or a placeholder (it holds a digit or one of `/ \ : @ . _ = # $ {
/// } < > % & ~ | + *` once its surrounding punctuation is trimmed) is skipped whole. What remains is
/// split at hyphens and slashes; a word is checked only when it is 3 letters or longer and written
/// in lower case or with one leading capital: `PowerShell`, `iPhone` and `VNET` are names or
/// acronyms, not words a dictionary knows; a run of one letter (`xxxx`) is a placeholder.
enum SpellingWords {
    /// A word to check, with its byte range in the text it was read from.
    struct Word {
        var text: String
        var offsets: Range<Int>
    }

    static func words(in text: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        var i = 0
        while i < text.count {
            while i < text.count, isSpace(text, i) { i += spaceLength(text, i) }
            let start = i
            while i < text.count, !isSpace(text, i) { i += 1 }
            var lo = start, hi = i
            // A leading `.` or `-` makes a file extension (`.sln`) or an option (`--dport`).
            if lo < hi, text[lo] == UInt8(ascii: ".") || text[lo] == UInt8(ascii: "-") { continue }
            while lo < hi, isTrimmed(text[lo]) { lo += 1 }
            while hi > lo, isTrimmed(text[hi - 1]) { hi -= 1 }
            // Curly quotes and apostrophes at the ends (E2 80 98/99/9C/9D).
            while hi - lo >= 3, text[lo] == 0xE2, text[lo + 1] == 0x80, (0x98...0x9D).contains(text[lo + 2]) { lo += 3 }
            while hi - lo >= 3, text[hi - 3] == 0xE2, text[hi - 2] == 0x80, (0x98...0x9D).contains(text[hi - 1]) { hi -= 3 }
            guard lo < hi, !text[lo..<hi].contains(where: isCodeLike), !isCmdlet(text[lo..<hi]) else { continue }
            let opensSentence = startsSentence(text, before: lo)
            var partStart = lo
            for k in lo...hi where k == hi || text[k] == UInt8(ascii: "-") {
                if let word = checkable(text, partStart..<k) {
                    // A capital inside a sentence marks a name, which no dictionary knows.
                    if !startsWithCapital(word.text) || (opensSentence && partStart == lo) { words.append(word) }
                }
                partStart = k + 1
            }
        }
        return words
    }

    /// Whether `word`'s first letter is a capital (ASCII ones told by their byte).
    static func startsWithCapital(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        if first < 0x80 { return first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") }
        return word.unicodeScalars.first?.properties.isUppercase == true
    }

    /// The word in `text[range]` when it is one to check: letters only (an apostrophe inside
    /// allowed, `’` read as `'`), 3 or more, all lower case or capitalised.
    static func checkable(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Word? {
        guard range.count >= 3 else { return nil }
        if text[range].allSatisfy({ $0 < 0x80 }) { return checkableASCII(text, range) }
        var scalars = String.UnicodeScalarView()
        for scalar in String(decoding: text[range], as: UTF8.self).unicodeScalars {
            scalars.append(scalar == "\u{2019}" ? "'" : scalar)
        }
        let word = String(scalars)
        let letters = word.unicodeScalars.filter { $0 != "'" }
        guard letters.count >= 3, letters.allSatisfy({ $0.properties.isAlphabetic }), word.first != "'", word.last != "'" else { return nil }
        // A run of one letter (`xxxx`) is a placeholder.
        if Set(letters.map { $0.properties.lowercaseMapping }).count == 1 { return nil }
        let uppers = letters.filter { $0.properties.isUppercase }.count
        guard uppers == 0 || (uppers == 1 && letters.first!.properties.isUppercase) else { return nil }
        return Word(text: word, offsets: range)
    }

    /// ``checkable(_:_:)`` for ASCII text, by bytes: the same answers without asking Unicode
    /// properties (a word of ASCII letters is the common case).
    static func checkableASCII(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Word? {
        let apostrophe = UInt8(ascii: "'")
        guard text[range.lowerBound] != apostrophe, text[range.upperBound - 1] != apostrophe else { return nil }
        var letters = 0, uppers = 0, firstIsUpper = false
        var lowered: UInt8? = nil, oneLetter = true
        for byte in text[range] where byte != apostrophe {
            let lower = byte | 0x20
            guard lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") else { return nil }
            let isUpper = byte < UInt8(ascii: "a")
            if letters == 0 { firstIsUpper = isUpper }
            if isUpper { uppers += 1 }
            if let seen = lowered, seen != lower { oneLetter = false }
            lowered = lower
            letters += 1
        }
        // A run of one letter (`xxxx`) is a placeholder.
        guard letters >= 3, !oneLetter, uppers == 0 || (uppers == 1 && firstIsUpper) else { return nil }
        return Word(text: String(decoding: text[range], as: UTF8.self), offsets: range)
    }

    /// Whether the chunk starting at `start` opens a sentence: nothing but spaces before it in
    /// the text, or a `.`, `!`, `?` or `:` (a list's or heading's first word is a text's first).
    static func startsSentence(_ text: UnsafeBufferPointer<UInt8>, before start: Int) -> Bool {
        var i = start
        while i > 0, text[i - 1] == 0x20 || text[i - 1] == 0x09 || text[i - 1] == 0x0A { i -= 1 }
        guard i > 0 else { return true }
        let b = text[i - 1]
        return b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: ":")
    }

    /// PowerShell's verbs that begin a cmdlet name (`Get-AzVM`, `Set-Item`).
    static let cmdletVerbs: Set<String> = ["get", "set", "new", "remove", "add", "start", "stop", "restart", "test", "invoke",
                                          "update", "enable", "disable", "import", "export", "connect", "disconnect", "register",
                                          "unregister", "install", "uninstall", "clear", "move", "copy", "resize", "reset", "select"]

    /// Whether a chunk is a cmdlet: a PowerShell verb, a hyphen, then a name.
    static func isCmdlet(_ chunk: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var chunk = chunk
        if chunk.first == UInt8(ascii: "'") { chunk = chunk.dropFirst() }
        guard let hyphen = chunk.firstIndex(of: UInt8(ascii: "-")), hyphen < chunk.endIndex - 1 else { return false }
        return cmdletVerbs.contains(String(decoding: chunk[chunk.startIndex..<hyphen], as: UTF8.self).lowercased())
    }

    static func isSpace(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let b = text[i]
        return b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || (b == 0xC2 && i + 1 < text.count && text[i + 1] == 0xA0)
    }

    static func spaceLength(_ text: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int { text[i] == 0xC2 ? 2 : 1 }

    /// Punctuation trimmed from a chunk's ends.
    static func isTrimmed(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "'"),
             UInt8(ascii: "*"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// Bytes that make a chunk code, a URL, a path, an id or a placeholder.
    static func isCodeLike(_ b: UInt8) -> Bool {
        if b >= 0x30 && b <= 0x39 { return true }
        switch b {
        case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "."), UInt8(ascii: "_"),
             UInt8(ascii: "="), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "<"),
             UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "+"),
             UInt8(ascii: "*"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "`"):
            return true
        default:
            return false
        }
    }
}
