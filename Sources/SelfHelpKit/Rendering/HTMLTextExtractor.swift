/// Turns a raw HTML fragment into plain text for ``PlainTextRenderer``: tags stripped, `<br>` and
/// block tags as line breaks, list items as `- `, character references decoded, `script`/`style`
/// content dropped, Apollo tags as labelled lines, placeholders as their default or value.
struct HTMLTextExtractor {
    var variables: HTMLSanitizer.Markers?
    /// Depth of open placeholders whose default is replaced by a value (their text is skipped).
    var replacedPlaceholders: [String] = []
    /// An element dropped with its content whose end is in a later token or node (text is
    /// skipped until it ends), with the container that opened it and the node where that
    /// container ends; as ``HTMLWriter`` follows it for the HTML.
    var dropping: (element: DroppedElement, container: Int, end: Int)?
    /// Allowed elements open, with their container and its end: as in ``HTMLWriter``, an end tag
    /// of one of them ends a drop of the same container.
    var openElements: [(name: String, container: Int, end: Int)] = []
    /// The checked `href` of each open `<a>` (nil when rejected), written as ` (url)` at `</a>`.
    var openLinks: [String?] = []
    /// Whether an `<a href>` is followed by ` (url)` (``PlainTextRenderer/showsLinkURLs``).
    var showsLinkURLs = true
    /// The text of the output up to here has no tag left open (see ``neutralizeOpenTag(in:)``).
    private var checkedEnd: String.Index?

    /// An extractor; `variables` fill placeholders (nil: placeholder markers are ignored).
    init(variables: HTMLSanitizer.Markers?) { self.variables = variables }

    /// Whether text is being skipped (a replaced placeholder's default, a dropped element).
    var isSuppressing: Bool { !replacedPlaceholders.isEmpty || dropping != nil }

    /// Forgets the drop and the elements of containers that end at or before node `index` (the
    /// HTML renderer closes them there).
    mutating func leave(upTo index: Int) {
        if let drop = dropping, drop.end <= index { dropping = nil }
        while let last = openElements.last, last.end <= index { openElements.removeLast() }
    }

    /// Where raw markup is removed from the text: when the text so far ends inside something that
    /// starts a tag (`x <img`, a lone `<`), a space goes after its `<`, so that what follows the
    /// removed markup cannot complete a tag (`x <img<b></b> src=x onerror=…>` would read
    /// `x <img src=x onerror=…>`). Looks only at the text added since the last call.
    mutating func neutralizeOpenTag(in out: inout String) {
        let from = checkedEnd.flatMap { $0 <= out.endIndex ? $0 : nil } ?? out.startIndex
        var openAt: String.Index?
        var i = from
        let utf8 = out.utf8
        while i < utf8.endIndex {
            let b = utf8[i]
            if b == UInt8(ascii: "<") { openAt = i } else if b == UInt8(ascii: ">") { openAt = nil }
            i = utf8.index(after: i)
        }
        if let openAt {
            let next = utf8.index(after: openAt)
            let startsTag = next == utf8.endIndex || HTMLText.isASCIILetter(utf8[next])
                || (utf8[next] == UInt8(ascii: "/") && (utf8.index(after: next) == utf8.endIndex || HTMLText.isASCIILetter(utf8[utf8.index(after: next)])))
            if startsTag { out.insert(" ", at: next) }
        }
        checkedEnd = out.endIndex
    }

    static let lineBreakTags: Set<String> = [
        "br", "p", "div", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody", "tfoot", "pre", "blockquote",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "section", "article", "header", "footer", "figure", "details", "summary",
    ]

    /// Appends the text of `html` to `out`. `container` is the Markdown node that holds the
    /// markup and `containerEnd` where its subtree ends (for inline HTML; an HTML block is its own
    /// container): as in the HTML, a drop or an element lasts at most to the container's end.
    mutating func extract(_ html: String, into out: inout String, container: Int = 0, containerEnd: Int = .max) {
        var html = html
        html.withUTF8 { bytes in
            var tokenizer = HTMLTokenizer(bytes)
            tokens: while let token = tokenizer.next() {
                if let drop = dropping {
                    guard drop.container == container else { continue }
                    var element = drop.element
                    let step = element.step(token, tokenizer: &tokenizer) { name in
                        openElements.contains { $0.name == name && $0.container == container }
                    }
                    switch step {
                    case .dropped: dropping?.element = element; continue
                    case .ended: dropping = nil; continue
                    case .endedBefore: dropping = nil
                    }
                }
                if case .text = token {} else { neutralizeOpenTag(in: &out) }
                switch token {
                case .text(let range):
                    guard !isSuppressing else { continue }
                    // Text that starts a tag the tokenizer could not finish (no `>` outside quotes
                    // before the end): in a browser that tag swallows the rest of the fragment.
                    if Self.startsTag(bytes, at: range.lowerBound) { break tokens }
                    out += HTMLText.decodingEntities(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
                case .comment(let content, _):
                    guard let variables else { continue }
                    guard let marker = HTMLSanitizer.templateMarker(UnsafeBufferPointer(rebasing: bytes[content])), marker.isPlaceholder else { continue }
                    if marker.isClose {
                        if let index = replacedPlaceholders.lastIndex(where: { $0 == marker.name.lowercased() }) {
                            replacedPlaceholders.removeSubrange(index...)
                        }
                    } else if let value = variables.value(for: marker.name) {
                        if replacedPlaceholders.isEmpty { out += value }
                        replacedPlaceholders.append(marker.name.lowercased())
                    }
                case .other:
                    continue
                case .startTag(let name, let attributes, let selfClosing, _):
                    guard !isSuppressing else { continue }
                    if HTMLAllowlist.droppedWithContent.contains(name) {
                        // Nothing where the element was, as in the HTML; the text before it
                        // cannot join what follows into a tag (`neutralizeOpenTag`).
                        if let element = DroppedElement.start(name, selfClosing: selfClosing, tokenizer: &tokenizer) {
                            dropping = (element, container, containerEnd)
                        }
                        continue
                    }
                    if case .allow = HTMLAllowlist.decision(for: name), !HTMLAllowlist.voidTags.contains(name),
                       openElements.count < HTMLWriter.maximumOpenElements {
                        openElements.append((name, container, containerEnd))
                    }
                    if ApolloTag.names.contains(name) {
                        let values = ApolloTag.collect(name, attributes: attributes, tokenizer: &tokenizer)
                        let text = ApolloTag.plainText(name, values)
                        if !text.isEmpty { out += "\n" + text + "\n" }
                    } else if name == "a" {
                        let href = attributes.first { $0.name == "href" }?.value.flatMap { URLPolicy.sanitize($0, context: .link) }
                        openLinks.append(href)
                    } else if name == "li" {
                        out += "\n- "
                    } else if name == "img" {
                        if let alt = attributes.first(where: { $0.name == "alt" })?.value { out += alt }
                    } else if Self.lineBreakTags.contains(name) {
                        out += "\n"
                    } else if case .escape = HTMLAllowlist.decision(for: name) {
                        // An unknown tag of bare words is text the author meant: `<port number>`.
                        // Anything else (`name=value`, a `<` in a name) is markup, a mistyped
                        // element whose attributes may hold more markup: stripped, leaving a space
                        // (the HTML shows it as text, so the words on either side stay apart).
                        let isPseudoTag = Self.isPlainWord(name) && attributes.allSatisfy(Self.isBareWord)
                        out += isPseudoTag ? String(decoding: UnsafeBufferPointer(rebasing: bytes[rawRange(token)]), as: UTF8.self) : " "
                    }
                case .endTag(let name, let raw):
                    if let index = openElements.lastIndex(where: { $0.name == name && $0.container == container }) {
                        openElements.removeSubrange(index...)
                    }
                    guard !isSuppressing else { continue }
                    if name == "a", let href = openLinks.popLast() {
                        if let href, showsLinkURLs { out += " (\(href))" }
                    } else if Self.lineBreakTags.contains(name) && name != "br" || name == "li" {
                        out += "\n"
                    } else if name == "br" {
                        out += "\n"
                    } else if case .escape = HTMLAllowlist.decision(for: name) {
                        out += Self.isPlainWord(name) ? String(decoding: UnsafeBufferPointer(rebasing: bytes[raw]), as: UTF8.self) : " "
                    }
                }
            }
        }
    }

    /// An attribute that is a plain word without a value.
    static func isBareWord(_ attribute: HTMLTokenizer.Attribute) -> Bool {
        attribute.value == nil && isPlainWord(attribute.name)
    }

    /// Letters, digits, `-`, `_` and `.` only (HTML5 lets tag and attribute names hold `<`).
    static func isPlainWord(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy {
            HTMLText.isASCIILetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
        }
    }

    /// Whether `<name` or `</name` starts at `i`.
    static func startsTag(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "<") else { return false }
        let name = bytes[i + 1] == UInt8(ascii: "/") ? i + 2 : i + 1
        return name < bytes.count && HTMLText.isASCIILetter(bytes[name])
    }

    private func rawRange(_ token: HTMLTokenizer.Token) -> Range<Int> {
        if case .startTag(_, _, _, let raw) = token { return raw }
        return 0..<0
    }
}
