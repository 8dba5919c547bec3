/// `html-unsafe`: script, frames, event handlers or `javascript:` URLs in raw HTML or payload strings.
struct HTMLUnsafeRule: Rule {
    static let description = RuleDescription(
        id: .htmlUnsafe,
        name: "Unsafe HTML",
        summary: "Raw HTML (in the body or in a payload string) holds `<script>`, `<iframe>`, `<object>`, `<embed>`, an `on…=` event handler or a `javascript:` URL.",
        rationale: """
            Articles are shown inside the Azure portal: script in an article is script in the portal. The \
            renderer strips it, but an article that contains it is either broken or an attack, so it must \
            not be merged. Error: script would run in the portal wherever a renderer passes it through. None of the real articles has any outside code blocks; code blocks are \
            not checked.
            """,
        category: .content, defaultSeverity: .error,
        triggeringExamples: [
            Example.article(body: "# Title\n\n↓<script>alert(1)</script>\n")
                .expecting("unsafe HTML: `<script>` is not allowed"),
            Example.article(body: "# Title\n\nOpen <a href=\"↓javascript:alert(1)\">the blade</a>.\n"),
            Example.article(body: "# Title\n\n<span ↓onclick=\"x()\">Text</span>\n"),
            Example.article(body: "# Title\n\n↓[Open](javascript:alert(1))\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\n<a href=\"https://portal.azure.com\" target=\"_blank\">Portal</a><br>\n"),
            Example.article(body: "# Title\n\n```html\n<script>alert(1)</script>\n```\n"),
            Example.article(body: "# Title\n\nSet the <your resource group> value. Turn the setting on=off.\n"),
        ])

    static let tags: [[UInt8]] = ["<script", "<iframe", "<object", "<embed"].map { Array($0.utf8) }
    static let javascript = Array("javascript:".utf8)
    static let vbscript = Array("vbscript:".utf8)

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for node in article.markdown.nodes {
            switch node.kind {
            case .htmlBlock(let literal), .htmlInline(let literal):
                let bytes = Array(literal.utf8)
                for (offset, problem) in Self.problems(in: bytes) {
                    let at = HTMLLinkScanner.offsetLocation(node.range.start, html: bytes, upTo: offset, source: article.source)
                    diagnostics.append(context.diagnostic(SourceRange(start: at, end: at), "unsafe HTML: \(problem)"))
                }
            case .link(let destination, _), .image(let destination, _):
                let bytes = Array(destination.trimmingHeaderWhitespace().utf8)
                if Self.hasPrefix(bytes, Self.javascript) || Self.hasPrefix(bytes, Self.vbscript) {
                    diagnostics.append(context.diagnostic(SourceRange(start: node.range.start, end: node.range.start),
                                                          "unsafe link: a `\(String(decoding: bytes.prefix { $0 != UInt8(ascii: ":") }, as: UTF8.self)):` URL runs script"))
                }
            default:
                break
            }
        }
        if let json = article.payload?.json {
            for node in json.strings() {
                guard let text = node.value.stringValue, text.utf8.contains(UInt8(ascii: "<")) || text.utf8.contains(UInt8(ascii: ":")) else { continue }
                if let (_, problem) = Self.problems(in: Array(text.utf8)).first {
                    diagnostics.append(context.diagnostic(SourceRange(start: node.location, end: node.location), "unsafe HTML in the payload: \(problem)"))
                }
            }
        }
        return diagnostics
    }

    static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { ByteSearch.lower($0) == $1 }
    }

    /// Offsets (in `bytes`) and descriptions of the unsafe constructs of an HTML fragment.
    static func problems(in bytes: [UInt8]) -> [(Int, String)] {
        var found: [(Int, String)] = []
        let all = 0..<bytes.count
        for tag in tags {
            for offset in ByteSearch.occurrences(of: tag, in: bytes, range: all) {
                let end = offset + tag.count
                if end == bytes.count || !ByteSearch.isWordByte(bytes[end]) {
                    found.append((offset, "`\(String(decoding: tag, as: UTF8.self))>` is not allowed"))
                }
            }
        }
        for scheme in [javascript, vbscript] {
            for offset in ByteSearch.occurrences(of: scheme, in: bytes, range: all) {
                found.append((offset, "a `\(String(decoding: scheme, as: UTF8.self))` URL runs script"))
            }
        }
        // Event handlers: ` on…=` inside a tag.
        var inTag = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "<"), i + 1 < bytes.count, (bytes[i + 1] | 0x20) >= 0x61, (bytes[i + 1] | 0x20) <= 0x7A {
                inTag = true
            } else if b == UInt8(ascii: ">") {
                inTag = false
            } else if inTag, b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: "\"") || b == UInt8(ascii: "'"),
                      i + 3 < bytes.count, ByteSearch.lower(bytes[i + 1]) == UInt8(ascii: "o"), ByteSearch.lower(bytes[i + 2]) == UInt8(ascii: "n") {
                var j = i + 3
                while j < bytes.count, (bytes[j] | 0x20) >= 0x61, (bytes[j] | 0x20) <= 0x7A { j += 1 }
                let nameLength = j - (i + 3)
                while j < bytes.count, bytes[j] == 0x20 { j += 1 }
                if nameLength >= 3, j < bytes.count, bytes[j] == UInt8(ascii: "=") {
                    found.append((i + 1, "the event handler `\(String(decoding: bytes[(i + 1)..<(i + 3 + nameLength)], as: UTF8.self))` runs script"))
                }
            }
            i += 1
        }
        let comments = commentRanges(bytes)
        return found.filter { f in !comments.contains { $0.contains(f.0) } }.sorted { $0.0 < $1.0 }
    }

    /// The `<!-- … -->` comments of a fragment: their content is never rendered.
    static func commentRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for start in ByteSearch.occurrences(of: Array("<!--".utf8), in: bytes, range: 0..<bytes.count) {
            if let last = ranges.last, last.contains(start) { continue }
            let close = ByteSearch.firstOccurrence(of: Array("-->".utf8), in: bytes, range: (start + 4)..<bytes.count)
            ranges.append(start..<(close.map { $0 + 3 } ?? bytes.count))
        }
        return ranges
    }
}
