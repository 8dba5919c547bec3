/// The invisible characters `text-invisible-character` reports: spaces that look like spaces
/// but do not behave like them, and format characters that show nothing at all.
enum InvisibleCharacters {
    /// One kind of character: its scalar, its name, and whether a fix turns it into a space
    /// (a no-break space between words) or removes it (a zero-width space, a soft hyphen).
    struct Kind {
        var scalar: Unicode.Scalar
        var name: String
        var becomesSpace: Bool
        var utf8: [UInt8] { Array(String(scalar).utf8) }
    }

    /// Zero-width joiners and non-joiners are left alone: scripts and emoji need them.
    static let kinds: [Kind] = [
        Kind(scalar: "\u{00A0}", name: "no-break space", becomesSpace: true),
        Kind(scalar: "\u{202F}", name: "narrow no-break space", becomesSpace: true),
        Kind(scalar: "\u{2007}", name: "figure space", becomesSpace: true),
        Kind(scalar: "\u{200B}", name: "zero-width space", becomesSpace: false),
        Kind(scalar: "\u{2060}", name: "word joiner", becomesSpace: false),
        Kind(scalar: "\u{FEFF}", name: "zero-width no-break space (byte-order mark)", becomesSpace: false),
        Kind(scalar: "\u{00AD}", name: "soft hyphen", becomesSpace: false),
        Kind(scalar: "\u{200E}", name: "left-to-right mark", becomesSpace: false),
        Kind(scalar: "\u{200F}", name: "right-to-left mark", becomesSpace: false),
        Kind(scalar: "\u{180E}", name: "Mongolian vowel separator", becomesSpace: false),
        Kind(scalar: "\u{2061}", name: "invisible function application", becomesSpace: false),
        Kind(scalar: "\u{2062}", name: "invisible times", becomesSpace: false),
        Kind(scalar: "\u{2063}", name: "invisible separator", becomesSpace: false),
        Kind(scalar: "\u{2064}", name: "invisible plus", becomesSpace: false),
    ]

    /// A run of invisible characters in the source: its byte range and the kinds in it, in order.
    struct Run {
        var offsets: Range<Int>
        var kinds: [Kind]
    }

    /// The runs of invisible characters in `bytes[range]`.
    static func runs(in bytes: [UInt8], range: Range<Int>) -> [Run] {
        var runs: [Run] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let b = bytes[i]
            guard b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xEF, let kind = kind(at: i, in: bytes, end: range.upperBound) else { i += 1; continue }
            let length = kind.utf8.count
            if var last = runs.last, last.offsets.upperBound == i {
                last.offsets = last.offsets.lowerBound..<(i + length)
                last.kinds.append(kind)
                runs[runs.count - 1] = last
            } else {
                runs.append(Run(offsets: i..<(i + length), kinds: [kind]))
            }
            i += length
        }
        return runs
    }

    static func kind(at i: Int, in bytes: [UInt8], end: Int) -> Kind? {
        kinds.first { kind in
            let encoded = kind.utf8
            guard i + encoded.count <= end else { return false }
            for k in encoded.indices where bytes[i + k] != encoded[k] { return false }
            return true
        }
    }

    /// What a run becomes: one space when it holds a space-like character and touches no
    /// whitespace, else nothing.
    static func replacement(for run: Run, in bytes: [UInt8]) -> String {
        guard run.kinds.contains(where: \.becomesSpace) else { return "" }
        func isSpace(_ offset: Int) -> Bool {
            guard offset >= 0, offset < bytes.count else { return true }
            return bytes[offset] == 0x20 || bytes[offset] == 0x09 || bytes[offset] == 0x0A || bytes[offset] == 0x0D
        }
        return isSpace(run.offsets.lowerBound - 1) || isSpace(run.offsets.upperBound) ? "" : " "
    }
}
