/// Turns a raw HTML fragment into plain text for ``PlainTextRenderer``: tags stripped, `<br>` and
/// block tags as line breaks, list items as `- `, character references decoded, `script`/`style`
/// content dropped, Apollo tags as labelled lines, placeholders as their default or value.
struct HTMLTextExtractor {
    var variables: HTMLSanitizer.Markers?
    /// Depth of open placeholders whose default is replaced by a value (their text is skipped).
    var replacedPlaceholders: [String] = []
    /// A raw-text element (`script`, `style` …) whose end tag is in a later node: text is skipped until it.
    var dropping: String?
    /// The checked `href` of each open `<a>` (nil when rejected), written as ` (url)` at `</a>`.
    var openLinks: [String?] = []

    /// Whether text is being skipped (a replaced placeholder's default, a dropped element).
    var isSuppressing: Bool { !replacedPlaceholders.isEmpty || dropping != nil }

    static let lineBreakTags: Set<String> = [
        "br", "p", "div", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody", "tfoot", "pre", "blockquote",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "section", "article", "header", "footer", "figure", "details", "summary",
    ]

    /// Appends the text of `html` to `out`.
    mutating func extract(_ html: String, into out: inout String) {
        var html = html
        html.withUTF8 { bytes in
            var tokenizer = HTMLTokenizer(bytes)
            tokens: while let token = tokenizer.next() {
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
                case .startTag(let name, let attributes, _, _):
                    guard !isSuppressing else { continue }
                    if HTMLAllowlist.droppedWithContent.contains(name) {
                        // A space where the element was, so the text on either side cannot join
                        // into something new (`<scr` + `ipt>` around a dropped `<script>…</script>`).
                        out += " "
                        if !tokenizer.skipRawText(until: name) { dropping = name }
                    } else if ApolloTag.names.contains(name) {
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
                    } else if case .escape = HTMLAllowlist.decision(for: name), Self.isPlainWord(name), attributes.allSatisfy(Self.isBareWord) {
                        // An unknown tag of bare words is text the author meant: `<port number>`.
                        // Anything else (`name=value`, a `<` in a name) is markup, a mistyped
                        // element whose attributes may hold more markup: stripped like the rest.
                        out += String(decoding: UnsafeBufferPointer(rebasing: bytes[rawRange(token)]), as: UTF8.self)
                    }
                case .endTag(let name, let raw):
                    if dropping == name { dropping = nil; continue }
                    guard !isSuppressing else { continue }
                    if name == "a", let href = openLinks.popLast() {
                        if let href { out += " (\(href))" }
                    } else if Self.lineBreakTags.contains(name) && name != "br" || name == "li" {
                        out += "\n"
                    } else if name == "br" {
                        out += "\n"
                    } else if case .escape = HTMLAllowlist.decision(for: name), Self.isPlainWord(name) {
                        out += String(decoding: UnsafeBufferPointer(rebasing: bytes[raw]), as: UTF8.self)
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
