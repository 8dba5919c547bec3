/// How the site's search cuts text into terms, on both sides: here when the index is built, and
/// in `search.js` (``SearchScript``) for the query, which does the same: lower case, runs of letters
/// and digits (Unicode categories L and N), 2 to 40 characters, minus ``stopWords`` (sent to the
/// script in the index's `meta.json`, so the list is written once).
enum SearchTerms {
    static let minimumLength = 2
    static let maximumLength = 40

    static let stopWords: [String] = [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for", "from", "has", "have", "how", "if", "in",
        "into", "is", "it", "its", "may", "more", "not", "of", "on", "or", "see", "so", "such", "than", "that", "the", "their", "then",
        "there", "these", "this", "to", "use", "was", "were", "what", "when", "which", "will", "with", "you", "your",
    ]
    private static let stopSet = Set(stopWords)
    /// The length of the longest stop word: a longer term is not looked up.
    private static let longestStopWord = stopWords.map(\.count).max() ?? 0

    /// Calls `body` with each term of `text`, in order.
    static func forEach(in text: String, _ body: (String) -> Void) {
        // The term's UTF-8 bytes, lower-cased as they come (ASCII directly, other letters through
        // their lower-case mapping), and its length in scalars.
        var term: [UInt8] = []
        term.reserveCapacity(64)
        var length = 0
        func flush() {
            if length >= minimumLength, length <= maximumLength {
                let word = String(decoding: term, as: UTF8.self)
                if length > longestStopWord || !stopSet.contains(word) { body(word) }
            }
            term.removeAll(keepingCapacity: true)
            length = 0
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let v = UInt8(scalar.value)
                if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) {
                    term.append(v)
                } else if v >= 0x41 && v <= 0x5A {
                    term.append(v | 0x20)
                } else {
                    if length > 0 { flush() }
                    continue
                }
                length += 1
            } else if isWordScalar(scalar) {
                let lower = scalar.properties.lowercaseMapping
                term.append(contentsOf: lower.utf8)
                length += lower.unicodeScalars.count
            } else if length > 0 {
                flush()
            }
        }
        if length > 0 { flush() }
    }

    /// Letters and digits: the scalars JavaScript's `[\p{L}\p{N}]` matches.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }
}
