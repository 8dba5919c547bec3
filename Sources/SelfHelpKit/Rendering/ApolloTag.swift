/// Apollo's custom tags (Docs/article-format.md §7.2), rendered as meaningful, safe elements
/// instead of escaped tag soup.
///
/// In the corpus they hold child elements, not attributes:
/// `<video><src>https://…</src><title>…</title></video>`, `<insight><symptomId>…</symptomId>…</insight>`.
/// Attributes on the tag are read too. Only the fields named here are shown; each is text
/// (escaped), and a video's `src` passes ``URLPolicy``.
enum ApolloTag {
    /// The tag names, lower case.
    static let names: Set<String> = ["insight", "video", "videogroup", "azurekb", "metric"]

    /// Known fields per tag (lower-cased name, label), in display order.
    static let fields: [String: [(String, String)]] = [
        "insight": [("symptomid", "Symptom"), ("executiontext", "While running"), ("noresulttext", "When nothing is found"),
                    ("timeouttext", "On timeout"), ("failedtext", "On failure"), ("additionalinputsreq", "Needs more input"),
                    ("maxinsightcount", "Most insights shown")],
        "metric": [("name", "Metric"), ("aggregationtype", "Aggregation"), ("timespanduration", "Time span")],
        "azurekb": [("client", "Client")],
        "video": [],
    ]

    /// When inline node `index` (an `htmlInline`) opens an Apollo element whose end tag is in a
    /// later sibling (cmark splits `<video><src>…</src></video>` inside a paragraph into several
    /// inline nodes), the element's HTML gathered from those siblings and the index after the last.
    /// Text nodes are re-escaped, so the gathered HTML says what the source said. Without an end
    /// tag, the element runs to the end of the paragraph.
    static func inlineElement(_ tree: MarkdownTree, at index: Int) -> (html: String, next: Int)? {
        guard case .htmlInline(let literal) = tree.nodes[index].kind, let name = startTagName(literal),
              names.contains(name), name != "videogroup" else { return nil }
        let closing = "</" + name
        if literal.lowercased().contains(closing) { return nil }
        let parentEnd = tree.nodes[index].parent >= 0 ? tree.nodes[tree.nodes[index].parent].subtreeEnd : tree.nodes.count
        var html = literal
        var k = index + 1
        while k < parentEnd {
            let node = tree.nodes[k]
            switch node.kind {
            case .htmlInline(let more):
                html += more
                if more.lowercased().contains(closing) { return (html, node.subtreeEnd) }
            case .text(let text):
                html += HTMLText.escaped(text)
            case .code(let text):
                html += HTMLText.escaped(Substring(text))
            case .softBreak, .lineBreak:
                html += "\n"
            default:
                var escaped: [UInt8] = []
                HTMLText.appendEscaped(tree.plainText(of: k), to: &escaped)
                html += String(decoding: escaped, as: UTF8.self)
            }
            k = node.subtreeEnd
        }
        // No end tag in this paragraph (a line such as `<title>` started an HTML block): the
        // element ends with the paragraph.
        return k > index + 1 ? (html, k) : nil
    }

    /// The lower-cased name of the start tag `html` begins with, if it does.
    static func startTagName(_ html: String) -> String? {
        var name: [UInt8] = []
        var started = false
        for b in html.utf8 {
            if !started {
                guard b == UInt8(ascii: "<") else { return nil }
                started = true
                continue
            }
            guard HTMLText.isASCIIAlphanumeric(b) else { break }
            name.append(b | 0x20)
        }
        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
    }

    /// Reads the fields of the element whose start tag the tokenizer just returned, consuming
    /// tokens up to its end tag (or the end of the input): attributes first, then the text of each
    /// child element, character references decoded.
    static func collect(_ name: String, attributes: [HTMLTokenizer.Attribute], tokenizer: inout HTMLTokenizer) -> [String: String] {
        var values: [String: String] = [:]
        for attribute in attributes { if let value = attribute.value, values[attribute.name] == nil { values[attribute.name] = value } }
        var current: String?
        var depth = 0
        while let token = tokenizer.next() {
            switch token {
            case .startTag(let child, let childAttributes, _, _):
                if child == name { depth += 1 }
                current = child
                if child == "source", let src = childAttributes.first(where: { $0.name == "src" })?.value, values["src"] == nil {
                    values["src"] = src
                }
            case .endTag(let child, _):
                if child == name {
                    if depth == 0 { return values }
                    depth -= 1
                }
                current = nil
            case .text(let range):
                guard let field = current else { continue }
                let text = HTMLText.decodingEntities(String(decoding: UnsafeBufferPointer(rebasing: tokenizer.bytes[range]), as: UTF8.self))
                values[field, default: ""] += text
            case .comment, .other:
                continue
            }
        }
        return values
    }

    /// Renders the tag at the tokenizer's position into `writer`.
    /// `block` says whether the tag stands at block level; inline, everything is a `span`.
    static func render(_ name: String, attributes: [HTMLTokenizer.Attribute], tokenizer: inout HTMLTokenizer, into writer: inout HTMLWriter,
                       container: Int, block: Bool) {
        if name == "videogroup" {
            guard writer.canOpen else { return }
            writer.raw(block ? "<div class=\"apollo-video-group\">" : "<span class=\"apollo-video-group\">")
            writer.push(.element(name: name, closeTag: block ? "div" : "span"), container: container)
            return
        }
        let values = collect(name, attributes: attributes, tokenizer: &tokenizer).mapValues { $0.trimmingHeaderWhitespace() }
        guard !writer.isSuppressed else { return }
        if !block, name != "video" {
            writer.raw("<span class=\"apollo-")
            writer.raw(name)
            writer.raw("\" role=\"note\">")
            writer.text(plainText(name, values).split(separator: "\n").joined(separator: "; "))
            writer.raw("</span>")
            return
        }
        if name == "video" {
            let title = values["title"].flatMap { $0.isEmpty ? nil : $0 }
            writer.raw(block ? "<p class=\"apollo-video\">" : "<span class=\"apollo-video\">")
            if let src = values["src"].flatMap({ URLPolicy.sanitize($0, context: .link) }) {
                writer.raw("<a")
                writer.attribute("href", src)
                writer.raw(" rel=\"noopener noreferrer\">Video: ")
                writer.text(title ?? src)
                writer.raw("</a>")
            } else {
                writer.raw("Video: ")
                writer.text(title ?? "(no link)")
            }
            writer.raw(block ? "</p>" : "</span>")
            return
        }
        writer.raw("<div class=\"apollo-")
        writer.raw(name)
        writer.raw("\" role=\"note\"><p class=\"apollo-label\">")
        writer.text(label(name, values))
        writer.raw("</p>")
        let shown = (fields[name] ?? []).compactMap { key, label in values[key].map { (label, $0) } }.filter { !$0.1.isEmpty }
        if !shown.isEmpty {
            writer.raw("<dl>")
            for (label, value) in shown {
                writer.raw("<dt>")
                writer.text(label)
                writer.raw("</dt><dd>")
                writer.text(value)
                writer.raw("</dd>")
            }
            writer.raw("</dl>")
        }
        writer.raw("</div>")
    }

    /// The box's heading: `Insight: <symptomId>`, `Metric: <title>`, `Azure knowledge base articles`.
    static func label(_ name: String, _ values: [String: String]) -> String {
        switch name {
        case "insight": return "Insight" + (values["symptomid"].map { ": " + $0 } ?? "")
        case "metric": return "Metric" + (values["title"].map { ": " + $0 } ?? "")
        case "azurekb": return "Azure knowledge base articles"
        default: return name
        }
    }

    /// The tag as plain text lines (for ``PlainTextRenderer``).
    static func plainText(_ name: String, _ values: [String: String]) -> String {
        let values = values.mapValues { $0.trimmingHeaderWhitespace() }
        if name == "video" {
            let title = values["title"].flatMap { $0.isEmpty ? nil : $0 } ?? "Video"
            if let src = values["src"].flatMap({ URLPolicy.sanitize($0, context: .link) }) { return "Video: \(title) (\(src))" }
            return "Video: \(title)"
        }
        if name == "videogroup" { return "" }
        var lines = [label(name, values)]
        for (key, label) in fields[name] ?? [] {
            if let value = values[key], !value.isEmpty { lines.append("\(label): \(value)") }
        }
        return lines.joined(separator: "\n")
    }
}
