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

    /// Calls `body` with each term of `text`, in order.
    static func forEach(in text: String, _ body: (String) -> Void) {
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= minimumLength, current.count <= maximumLength {
                let term = String(current)
                if !stopSet.contains(term) { body(term) }
            }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in text.lowercased().unicodeScalars {
            if isWordScalar(scalar) { current.append(scalar) } else if !current.isEmpty { flush() }
        }
        if !current.isEmpty { flush() }
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
