/// Byte-level searches used by rules: fast, ASCII case-insensitive, no Foundation.
enum ByteSearch {
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == UInt8(ascii: "_") || b >= 0x80
    }

    /// Offsets in `bytes[range]` where `needle` occurs, ignoring ASCII case.
    /// With `wholeWord`, the match must not touch letters, digits or `_` on either side.
    static func occurrences(of needle: [UInt8], in bytes: [UInt8], range: Range<Int>, wholeWord: Bool = false) -> [Int] {
        bytes.withUnsafeBufferPointer { occurrences(of: needle, in: $0, range: range, wholeWord: wholeWord) }
    }

    /// The first of ``occurrences(of:in:range:wholeWord:)``, found without reading further.
    static func firstOccurrence(of needle: [UInt8], in bytes: [UInt8], range: Range<Int>, wholeWord: Bool = false) -> Int? {
        needle.withUnsafeBufferPointer { needle in
            bytes.withUnsafeBufferPointer { firstOccurrence(of: needle, in: $0, range: range, from: range.lowerBound, wholeWord: wholeWord) }
        }
    }

    /// ``occurrences(of:in:range:wholeWord:)`` over bytes in place (a string's, without a copy).
    static func occurrences(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, wholeWord: Bool = false) -> [Int] {
        needle.withUnsafeBufferPointer { needle in
            var found: [Int] = []
            var from = range.lowerBound
            while let at = firstOccurrence(of: needle, in: bytes, range: range, from: from, wholeWord: wholeWord) {
                found.append(at)
                from = at + 1
            }
            return found
        }
    }

    /// The first offset at or after `from` where `needle` occurs in `bytes[range]`, ignoring
    /// ASCII case; with `wholeWord`, not touching a letter, digit or `_` inside `range`.
    static func firstOccurrence(of needle: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
                                from: Int, wholeWord: Bool) -> Int? {
        guard let first = needle.first.map(lower), range.count >= needle.count else { return nil }
        var i = from
        let last = range.upperBound - needle.count
        while i <= last {
            if lower(bytes[i]) == first {
                var k = 1
                while k < needle.count, lower(bytes[i + k]) == lower(needle[k]) { k += 1 }
                if k == needle.count {
                    let before = i > range.lowerBound ? bytes[i - 1] : 0x20
                    let after = i + needle.count < range.upperBound ? bytes[i + needle.count] : 0x20
                    if !wholeWord || (!isWordByte(before) && !isWordByte(after)) { return i }
                }
            }
            i += 1
        }
        return nil
    }

    /// Whether `text` contains `needle` (lower-case ASCII), ignoring ASCII case.
    static func contains(_ text: String, _ needle: String, wholeWord: Bool = false) -> Bool {
        let bytes = Array(text.utf8)
        return firstOccurrence(of: Array(needle.utf8), in: bytes, range: 0..<bytes.count, wholeWord: wholeWord) != nil
    }
}

extension Article {
    /// For each text node outside code, links (when `skippingLinks`) and HTML: the node's
    /// index, its literal and its range, found as the loop goes (a large article's text nodes are
    /// never gathered into one array).
    func textNodes(skippingLinks: Bool = false) -> TextNodes {
        TextNodes(nodes: markdown.nodes, skippingLinks: skippingLinks)
    }

    /// The file offsets of the whole-word, case-insensitive occurrences of `word` in a text
    /// node: matched in the node's source span, at most as many as the literal holds.
    func wordOccurrences(_ word: String, inTextNode text: Substring, range: SourceRange) -> [Int] {
        let needle = Array(word.utf8)
        var literal = text
        let count = literal.withUTF8 { ByteSearch.occurrences(of: needle, in: $0, range: 0..<$0.count, wholeWord: true).count }
        guard count > 0 else { return [] }
        let span = range.offsets.clamped(to: 0..<source.bytes.count)
        let found = ByteSearch.occurrences(of: needle, in: source.bytes, range: span, wholeWord: true)
        if found.isEmpty { return [range.start.offset] }
        return Array(found.prefix(count))
    }
}

/// The text nodes of an article's Markdown tree, in order (``Article/textNodes(skippingLinks:)``).
struct TextNodes: Sequence {
    let nodes: [MarkdownNode]
    let skippingLinks: Bool

    func makeIterator() -> Iterator { Iterator(nodes: nodes, skippingLinks: skippingLinks) }

    /// Walks the nodes, skipping link and image subtrees when asked.
    struct Iterator: IteratorProtocol {
        let nodes: [MarkdownNode]
        let skippingLinks: Bool
        var i = 0

        init(nodes: [MarkdownNode], skippingLinks: Bool) {
            self.nodes = nodes
            self.skippingLinks = skippingLinks
        }

        mutating func next() -> (index: Int, text: Substring, range: SourceRange)? {
            while i < nodes.count {
                let index = i
                switch nodes[index].kind {
                case .link where skippingLinks, .image where skippingLinks:
                    i = nodes[index].subtreeEnd
                    continue
                case .text(let text):
                    i += 1
                    return (index, text, nodes[index].range)
                default:
                    i += 1
                }
            }
            return nil
        }
    }
}
