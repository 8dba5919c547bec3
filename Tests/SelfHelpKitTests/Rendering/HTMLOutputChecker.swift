import Foundation

/// An independent check of rendered HTML, written apart from the sanitizer so the tests do not
/// trust it: a scan of the *output* for every tag and attribute, against its own allowlist.
///
/// The renderer escapes every `<` of text, so every literal `<` in the output must start a tag
/// (or a doctype in a page). For each tag the checker verifies the name, each attribute name
/// (never `on…`, never `style`), and each URL attribute's scheme after decoding character
/// references and dropping whitespace and control characters, as a browser would. It also checks
/// that non-void elements are closed in order. It returns the problems found (empty when clean).
enum HTMLOutputChecker {
    static let allowedTags: Set<String> = formPreviewTags.union([
        "a", "img", "ol", "ul", "li", "dl", "dt", "dd", "p", "div", "span", "br", "hr", "wbr",
        "b", "i", "u", "s", "em", "strong", "small", "mark", "strike", "tt", "sup", "sub", "del", "ins", "q", "cite",
        "abbr", "dfn", "code", "pre", "kbd", "samp", "var", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col", "details", "summary",
        "figure", "figcaption",
    ])
    /// The disabled controls of a problem-scoping form's preview: each must carry `disabled`.
    static let formPreviewTags: Set<String> = ["select", "option", "textarea", "input", "label"]
    static let disabledControls: Set<String> = ["select", "textarea", "input"]
    /// Only in a standalone page's frame.
    static let pageTags: Set<String> = ["html", "head", "body", "meta", "title", "style", "article"]
    static let voidTags: Set<String> = ["br", "hr", "img", "wbr", "col", "meta", "input"]

    static let allowedAttributes: Set<String> = [
        "href", "src", "alt", "title", "target", "rel", "class", "id", "lang", "dir", "start", "type", "reversed", "value",
        "width", "height", "colspan", "rowspan", "scope", "span", "role",
        "placeholder", "aria-label", "required", "disabled", "rows", "multiple",
    ]
    static let pageAttributes: Set<String> = ["charset", "http-equiv", "content", "name"]

    /// Problems in `html`; `page` allows the standalone frame.
    static func problems(in html: String, page: Bool = false) -> [String] {
        var problems: [String] = []
        let lower = html.lowercased()
        if lower.contains("<script") { problems.append("contains <script") }
        let bytes = Array(html.utf8)
        var stack: [String] = []
        var i = 0
        var styleCount = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if page, bytes[i...].starts(with: Array("<!DOCTYPE html>".utf8)) { i += 15; continue }
            var j = i + 1
            let closing = j < bytes.count && bytes[j] == UInt8(ascii: "/")
            if closing { j += 1 }
            let nameStart = j
            while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            guard !name.isEmpty else { problems.append("a literal < that starts no tag at byte \(i)"); i += 1; continue }
            let allowed = allowedTags.contains(name) || (page && pageTags.contains(name))
            if !allowed { problems.append("tag <\(name)> is not allowed") }
            // Attributes, as a browser tokenizes them.
            var attributes: [(String, String?)] = []
            while j < bytes.count, bytes[j] != UInt8(ascii: ">") {
                if isSpace(bytes[j]) || bytes[j] == UInt8(ascii: "/") { j += 1; continue }
                let attributeStart = j
                j += 1
                while j < bytes.count, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: "/"), bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "=") { j += 1 }
                let attributeName = String(decoding: bytes[attributeStart..<j], as: UTF8.self).lowercased()
                while j < bytes.count, isSpace(bytes[j]) { j += 1 }
                var value: String?
                if j < bytes.count, bytes[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < bytes.count, isSpace(bytes[j]) { j += 1 }
                    if j < bytes.count, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                        let quote = bytes[j]
                        let valueStart = j + 1
                        j = valueStart
                        while j < bytes.count, bytes[j] != quote { j += 1 }
                        value = String(decoding: bytes[valueStart..<min(j, bytes.count)], as: UTF8.self)
                        j += 1
                    } else {
                        let valueStart = j
                        while j < bytes.count, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
                        value = String(decoding: bytes[valueStart..<j], as: UTF8.self)
                    }
                }
                attributes.append((attributeName, value))
            }
            let tagEnd = min(j + 1, bytes.count)
            if !closing {
                for (attribute, value) in attributes {
                    if attribute.hasPrefix("on") { problems.append("event handler \(attribute) on <\(name)>") }
                    if attribute == "style" { problems.append("style attribute on <\(name)>") }
                    let known = allowedAttributes.contains(attribute) || attribute.hasPrefix("data-") || (page && pageAttributes.contains(attribute))
                    if !known { problems.append("attribute \(attribute) on <\(name)> is not allowed") }
                    let dataURL = attribute.hasPrefix("data-") && ["-uri", "-url", "-href", "-src"].contains { attribute.hasSuffix($0) }
                    if attribute == "href" || attribute == "src" || attribute == "action" || attribute == "formaction" || attribute == "xlink:href" || dataURL {
                        if let problem = urlProblem(value ?? "") { problems.append("\(attribute) on <\(name)>: \(problem)") }
                    }
                    if attribute == "http-equiv", value?.lowercased() != "content-security-policy" { problems.append("meta http-equiv \(value ?? "")") }
                }
                if disabledControls.contains(name), !attributes.contains(where: { $0.0 == "disabled" }) {
                    problems.append("<\(name)> is not disabled")
                }
                if name == "a", attributes.contains(where: { $0.0 == "target" }),
                   !attributes.contains(where: { $0.0 == "rel" && ($0.1 ?? "").contains("noopener") }) {
                    problems.append("<a target> without rel=noopener")
                }
                if name == "style" {
                    styleCount += 1
                    // Skip the stylesheet (raw text) to its end tag.
                    if let end = lower.utf8.indices(of: "</style>", from: tagEnd) { stack.append(name); i = end; continue }
                }
                if !voidTags.contains(name) { stack.append(name) }
            } else {
                if let top = stack.last, top == name {
                    stack.removeLast()
                } else {
                    problems.append("</\(name)> closes \(stack.last.map { "<\($0)>" } ?? "nothing")")
                }
            }
            i = tagEnd
        }
        if !stack.isEmpty { problems.append("unclosed: \(stack.joined(separator: ", "))") }
        if styleCount > (page ? 1 : 0) { problems.append("\(styleCount) <style> elements") }
        return problems
    }

    /// Why a URL attribute value is unsafe, or nil when it is fine.
    static func urlProblem(_ raw: String) -> String? {
        let decoded = decode(raw)
        let cleaned = String(String.UnicodeScalarView(decoded.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })).lowercased()
        for bad in ["javascript:", "vbscript:", "data:", "file:", "livescript:"] where cleaned.hasPrefix(bad) {
            return "dangerous scheme \(bad) in \(raw)"
        }
        if let colon = cleaned.firstIndex(of: ":") {
            let scheme = cleaned[..<colon]
            if !scheme.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }), !["http", "https", "mailto"].contains(String(scheme)) {
                return "scheme \(scheme) not allowed in \(raw)"
            }
        }
        return nil
    }

    /// Decodes the character references our renderer writes and numeric ones in general.
    static func decode(_ s: String) -> String {
        var out = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            if let semi = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: semi) < 12 {
                let name = String(rest[rest.index(after: rest.startIndex)..<semi])
                var replacement: String?
                switch name {
                case "amp": replacement = "&"
                case "lt": replacement = "<"
                case "gt": replacement = ">"
                case "quot": replacement = "\""
                case "colon": replacement = ":"
                case "Tab": replacement = "\t"
                case "NewLine": replacement = "\n"
                default:
                    if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16) { replacement = Unicode.Scalar(v).map(String.init) ?? "" }
                    else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()) { replacement = Unicode.Scalar(v).map(String.init) ?? "" }
                }
                if let replacement {
                    out += replacement
                    rest = rest[rest.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = rest.dropFirst()
        }
        return out + rest
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) || (b >= 0x30 && b <= 0x39)
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
}

private extension String.UTF8View {
    /// The byte offset of `needle` at or after `from`.
    func indices(of needle: String, from: Int) -> Int? {
        let hay = Array(self)
        let n = Array(needle.utf8)
        guard n.count <= hay.count else { return nil }
        var i = from
        while i + n.count <= hay.count {
            if hay[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }
}
