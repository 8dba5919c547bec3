/// A small, forgiving HTML tokenizer over UTF-8 bytes, after the HTML5 tokenizer's rules for
/// what starts and ends a tag, an attribute and a comment.
///
/// It yields text runs, start tags (lower-cased name, attributes with decoded values), end tags,
/// comments and "other" markup (`<!DOCTYPE>`, `<?…>`). It never fails: a `<` that starts no tag,
/// or a tag cut off by the end of the input, is text. It does not build a tree; the sanitizer
/// decides what each token becomes. Each call to ``next()`` does work proportional to the bytes
/// it consumes, so a whole fragment is one pass.
struct HTMLTokenizer {
    struct Attribute {
        /// Lower-cased name as written (`onerror`, `href`, `"x`).
        var name: String
        /// The value with character references decoded; nil when written without `=`.
        var value: String?
    }

    enum Token {
        /// Bytes of text (character references not yet decoded).
        case text(Range<Int>)
        /// `<name attr…>`; `raw` is the whole tag's bytes.
        case startTag(name: String, attributes: [Attribute], selfClosing: Bool, raw: Range<Int>)
        /// `</name …>`.
        case endTag(name: String, raw: Range<Int>)
        /// `<!--…-->` with the bytes between the markers (`<!-->` and `<!--->` are empty comments).
        case comment(content: Range<Int>, raw: Range<Int>)
        /// `<!…>`, `<?…>`: doctype, CDATA, processing instructions, bogus comments.
        case other(raw: Range<Int>)
    }

    /// The longest tag read as a tag; a longer one (no `>` within this many bytes) is text. Keeps
    /// hostile input such as `<a x="<a x="<a x="…` linear instead of quadratic.
    static let maximumTagLength = 8192

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    /// Index of the last `>` in the input (-1 if none): a tag starting after it cannot end.
    private let lastClose: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var last = bytes.count - 1
        while last >= 0, bytes[last] != UInt8(ascii: ">") { last -= 1 }
        lastClose = last
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// The next token, or nil at the end.
    mutating func next() -> Token? {
        guard position < bytes.count else { return nil }
        let start = position
        if bytes[start] == UInt8(ascii: "<"), let token = markup(at: start) { return token }
        // Text up to the next `<` that starts markup (a lone `<` stays in the text).
        var i = start + 1
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), startsMarkup(at: i) { break }
            i += 1
        }
        position = i
        return .text(start..<i)
    }

    /// Skips the content of a raw-text element (`script`, `style` …) up to and including
    /// `</name` + the rest of that end tag. Returns false (having consumed everything) when no
    /// end tag follows.
    mutating func skipRawText(until name: String) -> Bool {
        let target = Array(name.utf8)
        var i = position
        while i + 1 < bytes.count {
            if bytes[i] == UInt8(ascii: "<"), bytes[i + 1] == UInt8(ascii: "/"), i + 2 + target.count <= bytes.count {
                var matches = true
                for k in 0..<target.count where bytes[i + 2 + k] | 0x20 != target[k] { matches = false; break }
                let after = i + 2 + target.count
                if matches, after == bytes.count || HTMLText.isHTMLSpace(bytes[after]) || bytes[after] == UInt8(ascii: ">") || bytes[after] == UInt8(ascii: "/") {
                    var j = after
                    while j < bytes.count, bytes[j] != UInt8(ascii: ">") { j += 1 }
                    position = min(j + 1, bytes.count)
                    return true
                }
            }
            i += 1
        }
        position = bytes.count
        return false
    }

    private func startsMarkup(at i: Int) -> Bool {
        guard i + 1 < bytes.count else { return false }
        let b = bytes[i + 1]
        return HTMLText.isASCIILetter(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
    }

    private mutating func markup(at start: Int) -> Token? {
        guard start + 1 < bytes.count else { return nil }
        // A tag needs a `>` after it; comments and bogus markup run to the end regardless.
        if bytes[start + 1] != UInt8(ascii: "!"), bytes[start + 1] != UInt8(ascii: "?"), start >= lastClose { return nil }
        let b = bytes[start + 1]
        if b == UInt8(ascii: "!") {
            if start + 3 < bytes.count, bytes[start + 2] == UInt8(ascii: "-"), bytes[start + 3] == UInt8(ascii: "-") { return comment(at: start) }
            return bogus(at: start)
        }
        if b == UInt8(ascii: "?") { return bogus(at: start) }
        if b == UInt8(ascii: "/") {
            guard start + 2 < bytes.count else { return nil }
            if bytes[start + 2] == UInt8(ascii: ">") { position = start + 3; return .other(raw: start..<(start + 3)) }
            guard HTMLText.isASCIILetter(bytes[start + 2]) else { return bogus(at: start) }
            var i = start + 2
            let name = tagName(&i)
            // An end tag's attributes are ignored; find its `>` honouring quotes.
            guard let (end, _) = readAttributes(from: i, collect: false) else { return nil }
            position = end
            return .endTag(name: name, raw: start..<end)
        }
        guard HTMLText.isASCIILetter(b) else { return nil }
        var i = start + 1
        let name = tagName(&i)
        guard let (end, attributes) = readAttributes(from: i, collect: true) else { return nil }
        position = end
        let selfClosing = end >= 2 && bytes[end - 2] == UInt8(ascii: "/")
        return .startTag(name: name, attributes: attributes, selfClosing: selfClosing, raw: start..<end)
    }

    /// Reads a tag name (up to whitespace, `/` or `>`), lower-cased.
    private func tagName(_ i: inout Int) -> String {
        let start = i
        let limit = min(bytes.count, start + HTMLTokenizer.maximumTagLength)
        while i < limit, !HTMLText.isHTMLSpace(bytes[i]), bytes[i] != UInt8(ascii: "/"), bytes[i] != UInt8(ascii: ">") { i += 1 }
        return lowercased(start..<i)
    }

    private func lowercased(_ range: Range<Int>) -> String {
        String(unsafeUninitializedCapacity: range.count) { buffer in
            for (k, i) in range.enumerated() {
                let c = bytes[i]
                buffer[k] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            }
            return range.count
        }
    }

    /// Reads attributes up to the closing `>`; returns the index past it, or nil when the input
    /// ends first (the tag is then text).
    private func readAttributes(from start: Int, collect: Bool) -> (end: Int, attributes: [Attribute])? {
        guard start <= lastClose else { return nil }
        var attributes: [Attribute] = []
        var i = start
        let limit = min(bytes.count, start + HTMLTokenizer.maximumTagLength)
        while true {
            while i < limit, HTMLText.isHTMLSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") { i += 1 }
            guard i < limit else { return nil }
            if bytes[i] == UInt8(ascii: ">") { return (i + 1, attributes) }
            // Attribute name: the first character may be `=` (a parse error browsers accept).
            let nameStart = i
            i += 1
            while i < limit, !HTMLText.isHTMLSpace(bytes[i]), bytes[i] != UInt8(ascii: "/"), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "=") { i += 1 }
            let nameEnd = i
            while i < limit, HTMLText.isHTMLSpace(bytes[i]) { i += 1 }
            var value: String?
            if i < limit, bytes[i] == UInt8(ascii: "=") {
                i += 1
                while i < limit, HTMLText.isHTMLSpace(bytes[i]) { i += 1 }
                guard i < limit else { return nil }
                let quote = bytes[i]
                let valueRange: Range<Int>
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    let valueStart = i + 1
                    var j = valueStart
                    while j < limit, bytes[j] != quote { j += 1 }
                    guard j < limit else { return nil }
                    valueRange = valueStart..<j
                    i = j + 1
                } else {
                    let valueStart = i
                    while i < limit, !HTMLText.isHTMLSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                    valueRange = valueStart..<i
                }
                if collect {
                    value = HTMLText.decodingEntities(String(decoding: UnsafeBufferPointer(rebasing: bytes[valueRange]), as: UTF8.self))
                }
            }
            if collect { attributes.append(Attribute(name: lowercased(nameStart..<nameEnd), value: value)) }
        }
    }

    private mutating func comment(at start: Int) -> Token {
        let contentStart = start + 4
        // `<!-->` and `<!--->` close at once (HTML5).
        if contentStart < bytes.count, bytes[contentStart] == UInt8(ascii: ">") {
            position = contentStart + 1
            return .comment(content: contentStart..<contentStart, raw: start..<position)
        }
        if contentStart + 1 < bytes.count, bytes[contentStart] == UInt8(ascii: "-"), bytes[contentStart + 1] == UInt8(ascii: ">") {
            position = contentStart + 2
            return .comment(content: contentStart..<contentStart, raw: start..<position)
        }
        var i = contentStart
        while i + 2 < bytes.count {
            if bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == UInt8(ascii: "-") {
                if bytes[i + 2] == UInt8(ascii: ">") {
                    position = i + 3
                    return .comment(content: contentStart..<i, raw: start..<position)
                }
                // `--!>` also ends a comment.
                if bytes[i + 2] == UInt8(ascii: "!"), i + 3 < bytes.count, bytes[i + 3] == UInt8(ascii: ">") {
                    position = i + 4
                    return .comment(content: contentStart..<i, raw: start..<position)
                }
            }
            i += 1
        }
        // Unterminated: the comment runs to the end of the input.
        position = bytes.count
        return .comment(content: contentStart..<bytes.count, raw: start..<bytes.count)
    }

    private mutating func bogus(at start: Int) -> Token {
        var i = start + 2
        while i < bytes.count, bytes[i] != UInt8(ascii: ">") { i += 1 }
        position = min(i + 1, bytes.count)
        return .other(raw: start..<position)
    }
}
