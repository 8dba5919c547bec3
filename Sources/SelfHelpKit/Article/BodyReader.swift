/// Reads the title, sections and links out of a body's Markdown tree in one walk.
struct BodyReader: MarkdownWalker {
    struct Structure {
        var title: String?
        var sections: [Section] = []
        var links: [Link] = []
    }

    let tree: MarkdownTree
    let source: SourceText
    var structure = Structure()

    static func read(_ tree: MarkdownTree, source: SourceText) -> Structure {
        var reader = BodyReader(tree: tree, source: source)
        reader.walk(tree)
        return reader.structure
    }

    /// Records headings, Markdown links and images, and the links of raw HTML; every node is
    /// visited (links inside link text and images too).
    mutating func visit(_ index: Int) -> MarkdownWalkStep {
        switch tree.nodes[index].kind {
        case .heading(let level):
            readHeading(index, level: level)
        case .link(let destination, let title):
            readLink(index, destination: destination, title: title, isImage: false)
        case .image(let destination, let title):
            readLink(index, destination: destination, title: title, isImage: true)
        case .htmlBlock(let literal):
            structure.links += HTMLLinkScanner.links(in: literal, at: tree.nodes[index].range, source: source)
        case .htmlInline(let literal):
            readHTMLInline(index, literal: literal)
        default:
            break
        }
        return .descend
    }

    /// A section per heading; the first H1 is the title.
    mutating func readHeading(_ index: Int, level: Int) {
        let node = tree.nodes[index]
        let text = tree.plainText(of: index).trimmingHeaderWhitespace()
        if level == 1, structure.title == nil { structure.title = text }
        structure.sections.append(Section(heading: text, level: level, kind: Section.kind(of: text), isBold: Self.isBold(tree, index),
                                          headingRange: node.range, nodeIndex: index,
                                          contentNodes: node.subtreeEnd..<Self.sectionEnd(tree, after: index, level: level)))
    }

    mutating func readLink(_ index: Int, destination: String, title: String, isImage: Bool) {
        structure.links.append(Link(destination: destination, text: tree.plainText(of: index), title: title, isImage: isImage,
                                    origin: .markdown, range: tree.nodes[index].range))
    }

    /// The links of inline HTML; an `<a href>` whose text is in the nodes after it gets that text.
    mutating func readHTMLInline(_ index: Int, literal: String) {
        var found = HTMLLinkScanner.links(in: literal, at: tree.nodes[index].range, source: source)
        if found.count == 1, !found[0].isImage, found[0].text.isEmpty {
            found[0].text = Self.inlineAnchorText(tree, after: index)
        }
        structure.links += found
    }

    /// The text of the siblings that follow an inline `<a …>` up to its `</a>`, or up to the next
    /// `<a` (anchors do not nest, and stopping there keeps 100,000 unclosed `<a>` linear).
    static func inlineAnchorText(_ tree: MarkdownTree, after index: Int) -> String {
        var text = ""
        var next = tree.nodes[index].subtreeEnd
        let parentEnd = tree.nodes[index].parent >= 0 ? tree.nodes[tree.nodes[index].parent].subtreeEnd : tree.nodes.count
        while next < parentEnd {
            if case .htmlInline(let literal) = tree.nodes[next].kind, startsAnchorTag(literal) { break }
            text += tree.plainText(of: next)
            next = tree.nodes[next].subtreeEnd
        }
        return text
    }

    /// Whether an inline HTML literal is `</a…` or `<a` followed by a non-letter (any case).
    static func startsAnchorTag(_ literal: String) -> Bool {
        var bytes = literal.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "<") else { return false }
        var byte = bytes.next()
        if byte == UInt8(ascii: "/") { byte = bytes.next() }
        guard let name = byte, name | 0x20 == UInt8(ascii: "a") else { return false }
        guard let after = bytes.next() else { return true }
        return !((after | 0x20) >= UInt8(ascii: "a") && (after | 0x20) <= UInt8(ascii: "z"))
    }

    /// A heading is bold when its only non-blank child is a `strong` node.
    static func isBold(_ tree: MarkdownTree, _ heading: Int) -> Bool {
        let children = tree.children(of: heading).filter {
            if case .text(let t) = tree.nodes[$0].kind { return !String(t).trimmingHeaderWhitespace().isEmpty }
            return true
        }
        guard children.count == 1 else { return false }
        if case .strong = tree.nodes[children[0]].kind { return true }
        return false
    }

    /// The end of a section: the next heading of the same or a higher level among the heading's
    /// siblings, else the end of its container (the document for a top-level heading; the block
    /// quote or list item for a nested one).
    ///
    /// Looking only among siblings keeps the whole pass linear: each node is passed over by at
    /// most one open heading per level (a walk past the container made 100,000 `> # h` quadratic).
    static func sectionEnd(_ tree: MarkdownTree, after heading: Int, level: Int) -> Int {
        let parent = tree.nodes[heading].parent
        let containerEnd = parent >= 0 ? tree.nodes[parent].subtreeEnd : tree.nodes.count
        var next = tree.nodes[heading].subtreeEnd
        while next < containerEnd {
            if case .heading(let other) = tree.nodes[next].kind, other <= level { return next }
            next = tree.nodes[next].subtreeEnd
        }
        return containerEnd
    }
}

/// Finds `<a href>` and `<img src>` in raw HTML, so links written in HTML are checked too.
enum HTMLLinkScanner {
    /// An `<a href>` or `<img src>` found in HTML text.
    struct Found {
        /// Offset of the tag's `<` in the text.
        var offset: Int
        var destination: String
        /// For `<a>`: the text up to the next tag; for `<img>`: its `alt`.
        var text: String
        var isImage: Bool
        /// An `<img>` with `alt=""` written out.
        var isDecorative = false
    }

    static func links(in html: String, at range: SourceRange, source: SourceText) -> [Link] {
        let bytes = Array(html.utf8)
        return tags(in: bytes).map { found in
            let location = offsetLocation(range.start, html: bytes, upTo: found.offset, source: source)
            var link = Link(destination: found.destination, text: found.text, isImage: found.isImage, origin: .html,
                            range: SourceRange(start: location, end: location))
            link.isDecorative = found.isDecorative
            return link
        }
    }

    /// The `<a href>` and `<img src>` tags of HTML text, with their offsets in it.
    static func tags(in bytes: [UInt8]) -> [Found] {
        // Most raw HTML is `<br>`: leave at once unless an `a` or `img` tag may be there.
        var previous: UInt8 = 0
        var mayHaveLink = false
        for byte in bytes {
            if previous == UInt8(ascii: "<"), byte | 0x20 == UInt8(ascii: "a") || byte | 0x20 == UInt8(ascii: "i") { mayHaveLink = true; break }
            previous = byte
        }
        guard mayHaveLink else { return [] }
        var links: [Found] = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count else { i += 1; continue }
            let nameStart = i + 1
            var j = nameStart
            while j < bytes.count, (bytes[j] | 0x20) >= UInt8(ascii: "a"), (bytes[j] | 0x20) <= UInt8(ascii: "z") { j += 1 }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            guard name == "a" || name == "img" else { i = j; continue }
            let k = tagEnd(bytes, from: j)
            let tag = String(decoding: bytes[i..<k], as: UTF8.self)
            let attribute = name == "a" ? "href" : "src"
            if let value = attributeValue(attribute, in: tag) {
                let text: String
                var isDecorative = false
                if name == "a" {
                    let after = bytes[min(k + 1, bytes.count)...]
                    text = String(decoding: after.prefix { $0 != UInt8(ascii: "<") }, as: UTF8.self)
                } else {
                    let alt = attributeValue("alt", in: tag)
                    text = alt ?? ""
                    isDecorative = alt == ""
                }
                links.append(Found(offset: i, destination: value, text: text, isImage: name == "img", isDecorative: isDecorative))
            }
            i = k
        }
        return links
    }

    /// The offset of the `>` that ends a tag whose name ends at `from` (or the end of the text):
    /// a `>` inside a quoted attribute value (`href="<!--$Link-->…"`) does not end it.
    static func tagEnd(_ bytes: [UInt8], from: Int) -> Int {
        var k = from
        var quote: UInt8? = nil
        while k < bytes.count {
            let b = bytes[k]
            if let q = quote {
                if b == q { quote = nil }
            } else if b == UInt8(ascii: ">") {
                return k
            } else if (b == UInt8(ascii: "\"") || b == UInt8(ascii: "'")), k > 0, bytes[k - 1] == UInt8(ascii: "=") || bytes[k - 1] == 0x20 {
                quote = b
            }
            k += 1
        }
        return k
    }

    /// The value of `name="…"` (or `'…'` or unquoted) in a tag's text.
    static func attributeValue(_ name: String, in tag: String) -> String? {
        let bytes = Array(tag.utf8)
        let needle = Array(name.utf8)
        var i = 1
        while i + needle.count < bytes.count {
            defer { i += 1 }
            guard bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09 || bytes[i - 1] == 0x0A || bytes[i - 1] == 0x0D else { continue }
            guard (0..<needle.count).allSatisfy({ bytes[i + $0] | 0x20 == needle[$0] }) else { continue }
            var j = i + needle.count
            while j < bytes.count, bytes[j] == 0x20 { j += 1 }
            guard j < bytes.count, bytes[j] == UInt8(ascii: "=") else { continue }
            j += 1
            while j < bytes.count, bytes[j] == 0x20 { j += 1 }
            guard j < bytes.count else { return "" }
            let quote = bytes[j]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                let start = j + 1
                var end = start
                while end < bytes.count, bytes[end] != quote { end += 1 }
                return String(decoding: bytes[start..<end], as: UTF8.self)
            }
            var end = j
            while end < bytes.count, bytes[end] != 0x20, bytes[end] != UInt8(ascii: ">"), bytes[end] != 0x09, bytes[end] != 0x0A { end += 1 }
            return String(decoding: bytes[j..<end], as: UTF8.self)
        }
        return nil
    }

    /// The file location of byte `offset` of an HTML node's literal, assuming the literal is the
    /// node's source text from its start (true for cmark's HTML nodes).
    static func offsetLocation(_ start: SourceLocation, html: [UInt8], upTo offset: Int, source: SourceText) -> SourceLocation {
        var line = start.line, byteColumn = source.byteColumn(of: start)
        for b in html[0..<offset] {
            if b == 0x0A { line += 1; byteColumn = 1 } else { byteColumn += 1 }
        }
        return source.location(line: line, byteColumn: byteColumn)
    }
}
