/// Finds the links inside the strings of a JSON payload: `<a href>` and `<img src>` in HTML
/// strings (an `infoblock`'s `content`), and bare `http(s)://` URLs. Each link is placed at its
/// own line and column in the file, through the string's escapes (`\"`, `\/`, `\u00e9`).
///
/// A form's `watermarkText` is not read: it shows an example of what to type into an empty box
/// (`http://www.contoso.com:8081/home.aspx`), not a link.
enum PayloadLinkScanner {
    /// Keys whose strings are examples of input, not text with links (compared in lower case).
    static let exampleKeys: Set<String> = ["watermarktext"]

    static func links(in json: JSONNode?, source: SourceText) -> [Link] {
        guard let json else { return [] }
        var links: [Link] = []
        for node in json.strings(skippingKeys: exampleKeys) {
            guard let text = node.value.stringValue, text.utf8.contains(UInt8(ascii: ":")) || text.utf8.contains(UInt8(ascii: "<")) else { continue }
            links += self.links(inStringAt: node.location.offset, source: source)
        }
        return links
    }

    /// The links of the JSON string token whose opening quote is at byte `quote` of the file.
    static func links(inStringAt quote: Int, source: SourceText) -> [Link] {
        let (text, rawOffsets) = decode(source.bytes, quote: quote)
        func location(_ decoded: Int) -> SourceLocation { source.location(ofOffset: rawOffsets[min(decoded, rawOffsets.count - 1)]) }
        var links: [Link] = []
        var covered: [Range<Int>] = []
        for tag in HTMLLinkScanner.tags(in: text) {
            let at = location(tag.offset)
            links.append(Link(destination: tag.destination, text: tag.text, isImage: tag.isImage, origin: .payload, range: SourceRange(start: at, end: at)))
            covered.append(tag.offset..<HTMLLinkScanner.tagEnd(text, from: tag.offset + 1))
        }
        for url in bareURLs(in: text) where !covered.contains(where: { $0.contains(url.lowerBound) }) {
            let destination = String(decoding: text[url], as: UTF8.self)
            let at = location(url.lowerBound)
            links.append(Link(destination: destination, text: destination, isImage: false, origin: .payload, range: SourceRange(start: at, end: at)))
        }
        return links.sorted { $0.range.start.offset < $1.range.start.offset }
    }

    /// `http://` and `https://` URLs written as text: up to whitespace, a quote or `<>`, without
    /// trailing punctuation.
    static func bareURLs(in bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for scheme in [Array("https://".utf8), Array("http://".utf8)] {
            for start in ByteSearch.occurrences(of: scheme, in: bytes, range: 0..<bytes.count) {
                if start > 0, ByteSearch.isWordByte(bytes[start - 1]) { continue }
                var end = start + scheme.count
                while end < bytes.count, !(bytes[end] <= 0x20 || "\"'<>`".utf8.contains(bytes[end])) { end += 1 }
                while end > start + scheme.count, ".,;:!?)]".utf8.contains(bytes[end - 1]) { end -= 1 }
                if end > start + scheme.count { found.append(start..<end) }
            }
        }
        return found.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// The decoded bytes of the JSON string at `quote`, and for each decoded byte (plus one past
    /// the end) the file offset it was written at.
    static func decode(_ bytes: [UInt8], quote: Int) -> (text: [UInt8], rawOffsets: [Int]) {
        var text: [UInt8] = []
        var offsets: [Int] = []
        var i = quote + 1
        while i < bytes.count, bytes[i] != UInt8(ascii: "\"") {
            let start = i
            if bytes[i] != UInt8(ascii: "\\") {
                text.append(bytes[i]); offsets.append(start); i += 1
                continue
            }
            guard i + 1 < bytes.count else { break }
            let escape = bytes[i + 1]
            i += 2
            var scalar: UInt32
            switch escape {
            case UInt8(ascii: "n"): scalar = 0x0A
            case UInt8(ascii: "t"): scalar = 0x09
            case UInt8(ascii: "r"): scalar = 0x0D
            case UInt8(ascii: "b"): scalar = 0x08
            case UInt8(ascii: "f"): scalar = 0x0C
            case UInt8(ascii: "u"):
                scalar = hex4(bytes, at: i) ?? 0xFFFD
                i = min(bytes.count, i + 4)
                if (0xD800..<0xDC00).contains(scalar), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u"),
                   let low = hex4(bytes, at: i + 2), (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
            default: scalar = UInt32(escape)
            }
            for byte in String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8 {
                text.append(byte); offsets.append(start)
            }
        }
        offsets.append(i)
        return (text, offsets)
    }

    static func hex4(_ bytes: [UInt8], at i: Int) -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        return UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16)
    }
}
