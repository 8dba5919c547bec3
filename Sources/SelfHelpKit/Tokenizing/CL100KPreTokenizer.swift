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
    static func pieces(_ text: String) -> [Range<Int>] {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        var classes: [CharacterClass] = scalars.map(CharacterClass.init)
        classes.append(.other) // a sentinel past the end
        var result: [Range<Int>] = []
        var i = 0
        let n = scalars.count
        while i < n {
            let end = match(scalars, classes, at: i, count: n)
            result.append(offsets[i]..<offsets[end])
            i = end
        }
        return result
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
    static func match(_ s: [Unicode.Scalar], _ c: [CharacterClass], at i: Int, count n: Int) -> Int {
        // '(?i:[sdmt]|ll|ve|re)
        if s[i] == "'", i + 1 < n {
            let a = lower(s[i + 1])
            if a == "s" || a == "d" || a == "m" || a == "t" { return i + 2 }
            if i + 2 < n {
                let pair = (a, lower(s[i + 2]))
                if pair == ("l", "l") || pair == ("v", "e") || pair == ("r", "e") { return i + 3 }
            }
        }
        // [^\r\n\p{L}\p{N}]?+\p{L}++
        if c[i] == .letter { return run(c, from: i + 1, n, .letter) }
        if c[i] != .number, s[i] != "\r", s[i] != "\n", i + 1 < n, c[i + 1] == .letter { return run(c, from: i + 2, n, .letter) }
        // \p{N}{1,3}+
        if c[i] == .number {
            var j = i + 1
            while j < n, j < i + 3, c[j] == .number { j += 1 }
            return j
        }
        // ' ?[^\s\p{L}\p{N}]++[\r\n]*+'
        let punctuationStart = s[i] == " " && i + 1 < n && c[i + 1] == .other ? i + 1 : i
        if c[punctuationStart] == .other {
            var j = run(c, from: punctuationStart + 1, n, .other)
            while j < n, s[j] == "\r" || s[j] == "\n" { j += 1 }
            return j
        }
        // Whitespace from here on: its whole run is [i, runEnd).
        let runEnd = run(c, from: i + 1, n, .whitespace)
        // \s++$
        if runEnd == n { return n }
        // \s*[\r\n]: up to the last line break of the run.
        var k = runEnd - 1
        while k >= i, s[k] != "\r", s[k] != "\n" { k -= 1 }
        if k >= i { return k + 1 }
        // \s+(?!\S): the run but its last scalar (which then precedes the next piece).
        if runEnd - i >= 2 { return runEnd - 1 }
        // \s
        return i + 1
    }

    private static func run(_ c: [CharacterClass], from start: Int, _ n: Int, _ kind: CharacterClass) -> Int {
        var j = start
        while j < n, c[j] == kind { j += 1 }
        return j
    }

    private static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value | 0x20)! : scalar
    }
}
