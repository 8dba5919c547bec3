/// SelfHelpKit's built-in token counter: an estimate of cl100k_base's count without its ranks.
///
/// The text is cut as cl100k_base cuts it (``CL100KPreTokenizer``), then each piece is
/// estimated from its shape, with the average tokens per piece measured on the corpus against
/// the exact count: a word of up to 4 ASCII letters 1.05 tokens, of 5 to 9 letters 1.2, a longer
/// one one token per 6 letters; up to three digits 1; one to three punctuation characters 1.05
/// (one per two characters beyond); whitespace 1; other text one token per 2.5 UTF-8 bytes. The
/// sum is rounded. Its error against the exact count on the corpus is in Docs/rendering.md. Use
/// ``BytePairEncoder`` for exact counts.
public struct TokenEstimator: TokenCounter {
    /// `estimate`.
    public let name = "estimate"

    /// The estimator.
    public init() {}

    /// The estimated number of tokens of `text`.
    public func count(_ text: String) -> Int {
        var total = 0.0
        CL100KPreTokenizer.forEachPiece(text) { bytes, piece in
            total += Self.estimate(UnsafeBufferPointer(rebasing: bytes[piece]))
        }
        return Int(total.rounded())
    }

    /// The expected tokens of one piece.
    static func estimate(_ piece: UnsafeBufferPointer<UInt8>) -> Double {
        var letters = 0, digits = 0, spaces = 0, other = 0, nonASCII = 0
        for b in piece {
            if b >= 0x80 { nonASCII += 1 }
            else if HTMLText.isASCIILetter(b) { letters += 1 }
            else if b >= 0x30 && b <= 0x39 { digits += 1 }
            else if b == 0x20 || (b >= 0x09 && b <= 0x0D) { spaces += 1 }
            else { other += 1 }
        }
        if nonASCII > 0 { return max(1, Double(piece.count) / 2.5) }
        if letters > 0 { return letters <= 4 ? 1.05 : letters <= 9 ? 1.2 : Double(letters) / 6 }
        if digits > 0 { return 1 }
        if other > 0 { return other <= 3 ? 1.05 : Double(other) / 2 }
        return spaces > 0 ? 1 : 0
    }
}
