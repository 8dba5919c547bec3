/// cl100k_base's pre-tokenization: the text cut into the pieces that byte-pair encoding then
/// encodes one by one, as tiktoken's pattern for cl100k_base does:
///
/// ```
/// '(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s
/// ```
///
/// Written by hand (Swift has no possessive-quantifier regex that matches this one's Unicode
/// classes): at each position the first alternative that matches wins, as in the regex. Letters
/// are Unicode general category L, numbers N, whitespace the White_Space property. One pass over
/// the Unicode scalars; never fails.
enum CL100KPreTokenizer {
    /// The pieces of `text`, as ranges of its UTF-8 bytes, in order, covering it all.
    /// `decodingASCII` cuts ASCII text as other text is cut, scalar by scalar (the tests compare
    /// the two ways).
    static func pieces(_ text: String, decodingASCII: Bool = false) -> [Range<Int>] {
        var result: [Range<Int>] = []
        forEachPiece(text, decodingASCII: decodingASCII) { _, piece in result.append(piece) }
        return result
    }

    /// Calls `body` with the text's UTF-8 bytes and each piece (a range of them), in order.
    /// ASCII text is cut on its bytes as they are, without decoding or copying it.
    static func forEachPiece(_ text: String, decodingASCII: Bool = false, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        var contiguous = text
        contiguous.withUTF8 { bytes in
            if !decodingASCII, bytes.allSatisfy({ $0 < 0x80 }) {
                cut(ASCIIScalars(bytes: bytes)) { body(bytes, $0) }
            } else {
                cut(DecodedScalars(text)) { body(bytes, $0) }
            }
        }
    }

    /// Cuts `scalars` into pieces, each given to `body` as a range of the text's UTF-8 bytes.
    private static func cut<Scalars: PreTokenizerScalars>(_ scalars: Scalars, _ body: (Range<Int>) -> Void) {
        var i = 0
        let n = scalars.count
        while i < n {
            let end = match(scalars, at: i, count: n)
            body(scalars.offset(i)..<scalars.offset(end))
            i = end
        }
    }

    enum CharacterClass {
        case letter, number, whitespace, other

        init(_ scalar: Unicode.Scalar) {
            if scalar.value < 0x80 {
                let b = UInt8(scalar.value)
                if HTMLText.isASCIILetter(b) { self = .letter }
                else if b >= 0x30 && b <= 0x39 { self = .number }
                else if b == 0x20 || (b >= 0x09 && b <= 0x0D) { self = .whitespace }
                else { self = .other }
                return
            }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: self = .letter
            case .decimalNumber, .letterNumber, .otherNumber: self = .number
            default: self = scalar.properties.isWhitespace ? .whitespace : .other
            }
        }
    }

    /// The end (exclusive scalar index) of the piece that starts at `i`.
    static func match<Scalars: PreTokenizerScalars>(_ s: Scalars, at i: Int, count n: Int) -> Int {
        let quote: UInt32 = 0x27, cr: UInt32 = 0x0D, lf: UInt32 = 0x0A, space: UInt32 = 0x20
        // '(?i:[sdmt]|ll|ve|re)
        if s.value(i) == quote, i + 1 < n {
            let a = lower(s.value(i + 1))
            if a == 0x73 || a == 0x64 || a == 0x6D || a == 0x74 { return i + 2 } // s d m t
            if i + 2 < n {
                let b = lower(s.value(i + 2))
                if (a, b) == (0x6C, 0x6C) || (a, b) == (0x76, 0x65) || (a, b) == (0x72, 0x65) { return i + 3 } // ll ve re
            }
        }
        // [^\r\n\p{L}\p{N}]?+\p{L}++
        let kind = s.kind(i)
        if kind == .letter { return run(s, from: i + 1, n, .letter) }
        if kind != .number, s.value(i) != cr, s.value(i) != lf, i + 1 < n, s.kind(i + 1) == .letter { return run(s, from: i + 2, n, .letter) }
        // \p{N}{1,3}+
        if kind == .number {
            var j = i + 1
            while j < n, j < i + 3, s.kind(j) == .number { j += 1 }
            return j
        }
        // ' ?[^\s\p{L}\p{N}]++[\r\n]*+'
        let punctuationStart = s.value(i) == space && i + 1 < n && s.kind(i + 1) == .other ? i + 1 : i
        if s.kind(punctuationStart) == .other {
            var j = run(s, from: punctuationStart + 1, n, .other)
            while j < n, s.value(j) == cr || s.value(j) == lf { j += 1 }
            return j
        }
        // Whitespace from here on: its whole run is [i, runEnd).
        let runEnd = run(s, from: i + 1, n, .whitespace)
        // \s++$
        if runEnd == n { return n }
        // \s*[\r\n]: up to the last line break of the run.
        var k = runEnd - 1
        while k >= i, s.value(k) != cr, s.value(k) != lf { k -= 1 }
        if k >= i { return k + 1 }
        // \s+(?!\S): the run but its last scalar (which then precedes the next piece).
        if runEnd - i >= 2 { return runEnd - 1 }
        // \s
        return i + 1
    }

    private static func run<Scalars: PreTokenizerScalars>(_ s: Scalars, from start: Int, _ n: Int, _ kind: CharacterClass) -> Int {
        var j = start
        while j < n, s.kind(j) == kind { j += 1 }
        return j
    }

    private static func lower(_ value: UInt32) -> UInt32 {
        value >= 0x41 && value <= 0x5A ? value | 0x20 : value
    }
}

/// The scalars the pre-tokenizer reads: each one's value and class, and where it starts among
/// the text's UTF-8 bytes. Index `count` (past the last scalar) has class `.other` and starts
/// at the text's end.
protocol PreTokenizerScalars {
    var count: Int { get }
    func value(_ i: Int) -> UInt32
    func kind(_ i: Int) -> CL100KPreTokenizer.CharacterClass
    func offset(_ i: Int) -> Int
}

/// ASCII text's bytes, each byte a scalar.
private struct ASCIIScalars: PreTokenizerScalars {
    let bytes: UnsafeBufferPointer<UInt8>
    var count: Int { bytes.count }
    func value(_ i: Int) -> UInt32 { UInt32(bytes[i]) }
    func kind(_ i: Int) -> CL100KPreTokenizer.CharacterClass {
        i < bytes.count ? CL100KPreTokenizer.CharacterClass(Unicode.Scalar(bytes[i])) : .other
    }
    func offset(_ i: Int) -> Int { i }
}

/// Any text's scalars, decoded once, with their classes and byte offsets.
private struct DecodedScalars: PreTokenizerScalars {
    var values: [UInt32] = []
    var classes: [CL100KPreTokenizer.CharacterClass] = []
    var offsets: [Int] = []

    init(_ text: String) {
        values.reserveCapacity(text.utf8.count)
        classes.reserveCapacity(text.utf8.count + 1)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            values.append(scalar.value)
            classes.append(CL100KPreTokenizer.CharacterClass(scalar))
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        classes.append(.other) // a sentinel past the end
    }

    var count: Int { values.count }
    func value(_ i: Int) -> UInt32 { values[i] }
    func kind(_ i: Int) -> CL100KPreTokenizer.CharacterClass { classes[i] }
    func offset(_ i: Int) -> Int { offsets[i] }
}
