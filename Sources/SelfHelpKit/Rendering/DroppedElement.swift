/// An element dropped with its content (``HTMLAllowlist/droppedWithContent``: `script`, `svg`,
/// `iframe` …), followed token by token to where a browser would end it.
///
/// The HTML sanitizer and the plain-text extractor both use it, so the two agree on what was
/// dropped. The caller also ends a drop at the end of the HTML block (or the inline container)
/// that opened it, whichever comes first: the Markdown after it always survives.
///
/// Where a drop ends, as in the HTML5 parser:
/// - **raw text** (`script`, `style`, `xmp`, `iframe`, `noembed`, `noframes`, `noscript`,
///   `textarea`, `title`, `plaintext`): at the matching end tag; nothing inside is markup.
/// - **foreign content** (`svg`, `math`): `<svg/>` and `<math/>` have no content; otherwise at
///   the matching end tag (nesting counted), at an end tag of an element opened before it, or at
///   an HTML "breakout" tag (`<p>`, `<div>`, `<b>`, `<img>` … and `</p>`, `</br>`) outside an
///   integration point (`mtext`, `foreignObject` …).
/// - **others** (`template`, `object`, `select`, `audio` …): at the matching end tag (nesting
///   counted) or at an end tag of an element opened before it; raw-text elements inside are
///   skipped whole.
struct DroppedElement: Equatable {
    /// The dropped element's tag name.
    let name: String
    /// Open elements of the same name inside it, itself included.
    private var depth = 1
    /// Open integration points inside foreign content (where HTML tags do not break out).
    private var integrationPoints = 0

    /// What a token does to the drop.
    enum Step: Equatable {
        /// The token is part of the dropped content.
        case dropped
        /// The token ended the drop and is consumed with it (the matching end tag).
        case ended
        /// The drop ended just before the token, which the caller handles as usual.
        case endedBefore
    }

    /// Raw-text and escapable raw-text elements: their content is never markup.
    static let rawTextNames: Set<String> = [
        "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title", "plaintext",
    ]

    /// HTML start tags that end foreign content (the HTML5 "breakout" list; `font` only with
    /// `color`, `face` or `size`).
    static let breakoutNames: Set<String> = [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr",
        "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u",
        "ul", "var",
    ]

    /// Foreign elements whose content is parsed as HTML (MathML text and SVG HTML integration points).
    static let integrationPointNames: Set<String> = ["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]

    var isForeign: Bool { name == "svg" || name == "math" }

    /// Starts dropping at the start tag `name`. A raw-text element skips its content up to its
    /// end tag in this fragment. Returns nil when the element already ended (its end tag was in
    /// the fragment, or `<svg/>` / `<math/>`), else the drop to follow through later tokens.
    static func start(_ name: String, selfClosing: Bool, tokenizer: inout HTMLTokenizer) -> DroppedElement? {
        if rawTextNames.contains(name) {
            return tokenizer.skipRawText(until: name) ? nil : DroppedElement(name: name)
        }
        if selfClosing, name == "svg" || name == "math" { return nil }
        return DroppedElement(name: name)
    }

    /// What `token` does to the drop. `isOpenOutside` says whether an element of that name was
    /// opened before the drop in the same container (its end tag ends the drop, as a browser
    /// closes the dropped element with its parent).
    mutating func step(_ token: HTMLTokenizer.Token, tokenizer: inout HTMLTokenizer, isOpenOutside: (String) -> Bool) -> Step {
        if DroppedElement.rawTextNames.contains(name) {
            // A raw-text element continued from an earlier node: only its end tag ends it.
            if case .endTag(let tag, _) = token, tag == name { return .ended }
            return .dropped
        }
        switch token {
        case .startTag(let tag, let attributes, let selfClosing, _):
            if tag == name {
                if !(selfClosing && isForeign) { depth += 1 }
            } else if isForeign {
                if integrationPoints == 0, Self.breaksOut(tag, attributes) { return .endedBefore }
                if Self.integrationPointNames.contains(tag), !selfClosing { integrationPoints += 1 }
            } else if Self.rawTextNames.contains(tag) {
                _ = tokenizer.skipRawText(until: tag)
            }
            return .dropped
        case .endTag(let tag, _):
            if tag == name {
                depth -= 1
                return depth == 0 ? .ended : .dropped
            }
            if isForeign, Self.integrationPointNames.contains(tag), integrationPoints > 0 {
                integrationPoints -= 1
                return .dropped
            }
            if isForeign, integrationPoints == 0, tag == "p" || tag == "br" { return .endedBefore }
            return isOpenOutside(tag) ? .endedBefore : .dropped
        case .text, .comment, .other:
            return .dropped
        }
    }

    static func breaksOut(_ tag: String, _ attributes: [HTMLTokenizer.Attribute]) -> Bool {
        if breakoutNames.contains(tag) { return true }
        return tag == "font" && attributes.contains { $0.name == "color" || $0.name == "face" || $0.name == "size" }
    }
}
