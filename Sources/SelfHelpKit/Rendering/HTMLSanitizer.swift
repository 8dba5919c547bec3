/// SelfHelpKit's allowlist HTML sanitizer, for raw HTML in article bodies (`htmlBlock` and
/// `htmlInline` nodes) and HTML inside payload strings (an infoblock's `content`).
///
/// The sanitizer never passes input through: it tokenizes the fragment in one pass over its
/// UTF-8 bytes (``HTMLTokenizer``) and *writes new HTML*: only tags of ``HTMLAllowlist``, only
/// their allowed attributes, every attribute value re-escaped, every `href`/`src` through
/// ``URLPolicy``, every text run escaped. So a parsing difference between the sanitizer and a
/// browser cannot smuggle markup through: at worst, text shows differently.
///
/// - Dangerous tags (`script`, `style`, `iframe`, `svg` …) are dropped with their content, up to
///   where a browser would end them (``DroppedElement``) or the end of the fragment; other
///   unwanted but known tags (`form`, `input`, `font` …) are dropped, keeping their text.
/// - Unknown tags (`<port>`, `<your resource group>`) are escaped and shown as text.
/// - Comments are dropped, except placeholder and region markers when rendering an article
///   (see ``HTMLRenderer``).
/// - Apollo's custom tags (`<insight>`, `<video>`, `<videoGroup>`, `<azureKB>`, `<metric>`)
///   become labelled boxes and links (``ApolloTag``).
/// - Output is well nested: unclosed elements are closed at the end, stray end tags ignored.
public struct HTMLSanitizer: Sendable {
    /// The sanitizer with SelfHelpKit's allowlist (``HTMLAllowlist``, ``URLPolicy``).
    public init() {}

    /// Sanitizes one HTML fragment.
    ///
    /// - Parameter html: untrusted HTML.
    /// - Returns: HTML made only of allowed tags and attributes, every element closed.
    public func sanitize(_ html: String) -> String {
        var writer = HTMLWriter(capacity: html.utf8.count + 16)
        HTMLSanitizer.sanitize(html, into: &writer, container: 0, block: true, markers: nil)
        writer.closeEverything()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// How template comments are rendered: placeholders filled from `variables` (matched by
    /// exact name, then case-insensitively).
    struct Markers {
        var variables: [String: String]
        /// Prefixed to in-page links (`href="#x"` → `href="#<prefix>x"`), as heading ids are
        /// (``RenderOptions/idPrefix``).
        var idPrefix = ""

        func value(for name: String) -> String? {
            if let value = variables[name] { return value }
            let lower = name.lowercased()
            return variables.first { $0.key.lowercased() == lower }?.value
        }
    }

    /// Sanitizes `html` into `writer`. Elements it opens belong to `container`; `block` says
    /// whether the markup stands at block level (regions become `div`, else `span`). When
    /// `markers` is nil, placeholder and region comments are dropped like any comment.
    static func sanitize(_ html: String, into writer: inout HTMLWriter, container: Int, block: Bool, markers: Markers?) {
        var html = html
        html.withUTF8 { bytes in
            var tokenizer = HTMLTokenizer(bytes)
            while let token = tokenizer.next() {
                if let drop = writer.activeDrop {
                    // Inside an element dropped with its content: only a token of its own
                    // container can end it (elsewhere the Markdown around would not nest).
                    guard drop.container == container else { continue }
                    var element = drop.element
                    switch element.step(token, tokenizer: &tokenizer, isOpenOutside: { writer.isOpen($0, container: container) }) {
                    case .dropped:
                        writer.updateActiveDrop(element)
                        continue
                    case .ended:
                        writer.endActiveDrop()
                        continue
                    case .endedBefore:
                        writer.endActiveDrop()
                    }
                }
                switch token {
                case .text(let range):
                    guard !writer.isSuppressed else { continue }
                    appendText(UnsafeBufferPointer(rebasing: bytes[range]), to: &writer.bytes)
                case .comment(let content, _):
                    guard let markers, let marker = templateMarker(UnsafeBufferPointer(rebasing: bytes[content])) else { continue }
                    templateMarker(marker, into: &writer, container: container, block: block, markers: markers)
                case .other:
                    continue
                case .endTag(let name, let raw):
                    endTag(name, raw: UnsafeBufferPointer(rebasing: bytes[raw]), into: &writer, container: container)
                case .startTag(let name, let attributes, let selfClosing, let raw):
                    switch HTMLAllowlist.decision(for: name) {
                    case .allow(let allowed):
                        startTag(name, attributes, allowed: allowed, idPrefix: markers?.idPrefix ?? "", into: &writer, container: container)
                    case .dropWithContent:
                        if let element = DroppedElement.start(name, selfClosing: selfClosing, tokenizer: &tokenizer) {
                            writer.push(.drop(element), container: container, suppresses: true)
                        }
                    case .drop:
                        continue
                    case .apollo:
                        ApolloTag.render(name, attributes: attributes, tokenizer: &tokenizer, into: &writer, container: container, block: block)
                    case .escape:
                        guard !writer.isSuppressed else { continue }
                        appendText(UnsafeBufferPointer(rebasing: bytes[raw]), to: &writer.bytes)
                    }
                }
            }
        }
    }

    /// The placeholder or region marker a comment's content is, if any: ``TemplateCommentScanner``'s
    /// reading, computed on bytes for ASCII content (the common case) and by the scanner otherwise.
    static func templateMarker(_ content: UnsafeBufferPointer<UInt8>) -> TemplateCommentScanner.Marker? {
        guard content.allSatisfy({ $0 < 0x80 }) else {
            return TemplateCommentScanner.marker(String(decoding: content, as: UTF8.self), range: 0..<0)
        }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }
        var start = 0, end = content.count
        while start < end, isSpace(content[start]) { start += 1 }
        while end > start, isSpace(content[end - 1]) { end -= 1 }
        let isClose = start < end && content[start] == UInt8(ascii: "/")
        if isClose { start += 1 }
        if start < end, content[start] == UInt8(ascii: "$") {
            start += 1
            while start < end, isSpace(content[start]) { start += 1 }
            let name = String(decoding: UnsafeBufferPointer(rebasing: content[start..<end]), as: UTF8.self)
            return TemplateCommentScanner.Marker(name: name, isClose: isClose, isPlaceholder: true, range: 0..<0)
        }
        guard start < end, HTMLText.isASCIILetter(content[start]) else { return nil }
        for i in start..<end where !(HTMLText.isASCIIAlphanumeric(content[i]) || content[i] == UInt8(ascii: "_") || content[i] == UInt8(ascii: "-")) {
            return nil
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: content[start..<end]), as: UTF8.self)
        guard !name.lowercased().hasPrefix("selfhelp-") else { return nil }
        return TemplateCommentScanner.Marker(name: name, isClose: isClose, isPlaceholder: false, range: 0..<0)
    }

    /// Appends text from raw HTML: `<`, `>`, quotes escaped; a well-formed character reference
    /// kept; a reference browsers read without its `;` (`&#99`) decoded and escaped; any other `&`
    /// escaped; NUL replaced.
    static func appendText(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var i = 0
        var runStart = 0
        while i < bytes.count {
            let b = bytes[i]
            guard b == UInt8(ascii: "&") || b == UInt8(ascii: "<") || b == UInt8(ascii: ">") || b == UInt8(ascii: "\"")
                    || b == UInt8(ascii: "'") || b == 0 else { i += 1; continue }
            if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            if b == UInt8(ascii: "&"), let end = HTMLText.wellFormedReference(in: bytes, at: i) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                i = end
            } else if b == UInt8(ascii: "&"), let (decoded, end) = HTMLText.entity(in: bytes, at: i) {
                // A reference a browser reads though it is not well formed (`&#99` without `;`):
                // its character, escaped, as the plain text decodes it.
                HTMLText.appendEscaped(decoded, to: &out)
                i = end
            } else {
                HTMLText.appendEscaped(UnsafeBufferPointer(rebasing: bytes[i..<(i + 1)]), to: &out)
                i += 1
            }
            runStart = i
        }
        if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
    }

    static func startTag(_ name: String, _ attributes: [HTMLTokenizer.Attribute], allowed: Set<String>, idPrefix: String,
                         into writer: inout HTMLWriter, container: Int) {
        var seen: Set<String> = []
        var written: [(String, String)] = []
        var hasSource = false
        for attribute in attributes where seen.insert(attribute.name).inserted {
            guard allowed.contains(attribute.name) || HTMLAllowlist.globalAttributes.contains(attribute.name),
                  var value = HTMLAllowlist.value(of: attribute.name, on: name, attribute.value) else { continue }
            if attribute.name == "href" { value = HeadingSlugs.prefixingFragment(value, with: idPrefix) }
            if attribute.name == "src" { hasSource = true }
            written.append((attribute.name, value))
        }
        let isVoid = HTMLAllowlist.voidTags.contains(name)
        guard isVoid || writer.canOpen else { return } // too deep: the tag is dropped, its text stays
        if name == "img", !hasSource {
            // An image whose source was rejected or missing shows its alt text.
            if let alt = attributes.first(where: { $0.name == "alt" })?.value, !alt.isEmpty { writer.text(alt) }
            return
        }
        writer.raw("<")
        writer.raw(name)
        for (attribute, value) in written { writer.attribute(attribute, value) }
        if name == "a", written.contains(where: { $0.0 == "target" }) { writer.attribute("rel", "noopener noreferrer") }
        writer.raw(">")
        if !isVoid {
            writer.push(.element(name: name, closeTag: name), container: container)
        }
    }

    static func endTag(_ name: String, raw: UnsafeBufferPointer<UInt8>, into writer: inout HTMLWriter, container: Int) {
        switch HTMLAllowlist.decision(for: name) {
        case .allow:
            if name == "br" { writer.raw("<br>"); return } // `</br>` means `<br>` to browsers
            writer.closeTag(name, container: container) {
                if case .element(let open, _) = $0 { return open == name }
                return false
            }
        case .apollo:
            writer.closeTag(name, container: container) {
                if case .element(let open, _) = $0 { return open == name }
                return false
            }
        case .drop, .dropWithContent:
            break // a dropped element's end tag is met while dropping (``DroppedElement``)
        case .escape:
            guard !writer.isSuppressed else { return }
            appendText(raw, to: &writer.bytes)
        }
    }

    static func templateMarker(_ marker: TemplateCommentScanner.Marker, into writer: inout HTMLWriter, container: Int, block: Bool, markers: Markers) {
        let lower = marker.name.lowercased()
        if marker.isPlaceholder {
            if marker.isClose {
                writer.close(container: container) {
                    if case .placeholder(let open) = $0 { return open.lowercased() == lower }
                    return false
                }
                return
            }
            guard writer.canOpen else { return }
            writer.raw("<span class=\"placeholder\"")
            writer.attribute("data-placeholder", marker.name)
            writer.raw(">")
            if let value = markers.value(for: marker.name) {
                writer.text(value)
                writer.push(.placeholder(name: marker.name), container: container, suppresses: true)
            } else {
                writer.push(.placeholder(name: marker.name), container: container)
            }
        } else if marker.isClose {
            writer.close(container: container) {
                if case .region(let open, _) = $0 { return open == marker.name }
                return false
            }
        } else if writer.canOpen {
            writer.raw(block ? "<div class=\"region\"" : "<span class=\"region\"")
            writer.attribute("data-region", marker.name)
            writer.raw(">")
            writer.push(.region(name: marker.name, block: block), container: container)
        }
    }
}
