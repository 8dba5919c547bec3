/// SelfHelpKit's built-in token counter: an estimate of cl100k_base's count without its ranks.
///
/// The text is cut as cl100k_base cuts it (``CL100KPreTokenizer``), then each piece is
/// estimated from its shape: a word of up to ``wholeWordLetters`` ASCII letters is one token
/// (most English words are), a longer one one token per ``lettersPerToken`` letters; a run of
/// up to three digits one token; punctuation one token per two characters; whitespace one
/// token; other text one token per ``bytesPerToken`` UTF-8 bytes. Its error against the exact
/// count on the corpus is in Docs/rendering.md. Use ``BytePairEncoder`` for exact counts.
public struct TokenEstimator: TokenCounter {
    /// `estimate`.
    public let name = "estimate"
    /// Words of at most this many ASCII letters count as one token.
    public static let wholeWordLetters = 7
    /// Letters per token in longer words.
    public static let lettersPerToken = 4.0
    /// UTF-8 bytes per token in non-ASCII text.
    public static let bytesPerToken = 2.5

    /// The estimator.
    public init() {}

    /// The estimated number of tokens of `text`.
    public func count(_ text: String) -> Int {
        var total = 0
        let bytes = Array(text.utf8)
        for piece in CL100KPreTokenizer.pieces(text) {
            total += Self.estimate(bytes[piece])
        }
        return total
    }

    static func estimate(_ piece: ArraySlice<UInt8>) -> Int {
        var letters = 0, digits = 0, spaces = 0, other = 0, nonASCII = 0
        for b in piece {
            if b >= 0x80 { nonASCII += 1 }
            else if HTMLText.isASCIILetter(b) { letters += 1 }
            else if b >= 0x30 && b <= 0x39 { digits += 1 }
            else if b == 0x20 || (b >= 0x09 && b <= 0x0D) { spaces += 1 }
            else { other += 1 }
        }
        if nonASCII > 0 { return max(1, Int((Double(piece.count) / bytesPerToken).rounded(.up))) }
        if letters > 0 {
            return letters <= wholeWordLetters ? 1 : Int((Double(letters) / lettersPerToken).rounded(.up))
        }
        if digits > 0 { return 1 }
        if other > 0 { return (other + 1) / 2 }
        return spaces > 0 ? 1 : 0
    }
}
