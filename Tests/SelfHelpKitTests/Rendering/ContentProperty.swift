@testable import SelfHelpKit

/// The renderers' content property: every word of the plain text (which leaves out what the HTML
/// drops with its content) appears in the HTML, in its text or in a link, image or title
/// attribute. A word is a run of letters and digits, compared without case; runs of digits
/// alone (list numbers) are not words.
///
/// Used by the XSS tests and by the `html` fuzz target (`scripts/fuzz.sh` compiles this file
/// into the fuzz build, where the import above is ignored).
enum ContentProperty {
    /// The plain-text words missing from `html` (empty when the property holds).
    static func missingWords(text: String, html: String) -> [String] {
        // Words as inline elements join them (`<strong>Classic</strong>ː`) and as they separate
        // them (the plain text writes a link's URL after its text: `<a …>issues</a>e`).
        let joined = visibleText(ofHTML: html)
        let present = Set(words(joined)).union(words(visibleText(ofHTML: html, joiningInline: false)))
        // Last resort, a word inside the HTML's letters run together: the plain text writes a
        // link's URL after its text, so `a<a href=y>b</a>c` reads `ab (y)c`: `ab` is in neither
        // word list, yet nothing was lost.
        var stream: String?
        var missing: [String] = []
        var reported: Set<String> = []
        for word in words(text) where !present.contains(word) && reported.insert(word).inserted {
            if stream == nil { stream = words(joined).joined() }
            if let stream, stream.contains(word) { continue }
            missing.append(word)
        }
        return missing
    }

    /// The lower-cased words of `text`: runs of letters, digits and combining marks, taken a
    /// scalar at a time (by characters, a mark after a separator would join it: the space put
    /// where a tag was, before a leading `\u{1713}`, would swallow a word the plain text has).
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty, !current.allSatisfy({ $0.properties.numericType != nil }) { result.append(String(current).lowercased()) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
                current.append(scalar)
            default:
                flush()
            }
        }
        flush()
        return result
    }

    static let inlineNames: Set<String> = [
        "a", "img", "span", "b", "i", "u", "s", "em", "strong", "small", "mark", "strike", "tt", "sup", "sub", "del", "ins", "q", "cite",
        "abbr", "dfn", "code", "kbd", "samp", "var", "wbr",
    ]

    /// The text of HTML output (tags removed, character references decoded; inline elements'
    /// tags separate nothing unless `joiningInline` is false), followed by the values of its
    /// `href`, `src`, `alt` and `title` attributes.
    static func visibleText(ofHTML html: String, joiningInline: Bool = true) -> String {
        var text = ""
        var attributes = ""
        let bytes = Array(html.utf8)
        var i = 0
        var runStart = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            // Inline elements do not separate words (`<strong>Classic</strong>ː`); others do.
            var nameEnd = i + 1
            if nameEnd < bytes.count, bytes[nameEnd] == UInt8(ascii: "/") { nameEnd += 1 }
            let nameStart = nameEnd
            while nameEnd < bytes.count, (bytes[nameEnd] | 0x20 >= UInt8(ascii: "a") && bytes[nameEnd] | 0x20 <= UInt8(ascii: "z")) || (bytes[nameEnd] >= 0x30 && bytes[nameEnd] <= 0x39) { nameEnd += 1 }
            let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self).lowercased()
            text += HTMLText.decodingEntities(String(decoding: bytes[runStart..<i], as: UTF8.self)) + (joiningInline && inlineNames.contains(name) ? "" : " ")
            var j = i + 1
            // Attribute values in double or single quotes, as the renderer writes them.
            while j < bytes.count, bytes[j] != UInt8(ascii: ">") {
                if bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                    let quote = bytes[j]
                    var k = j + 1
                    while k < bytes.count, bytes[k] != quote { k += 1 }
                    var nameEnd = j - 1
                    if nameEnd >= 0, bytes[nameEnd] == UInt8(ascii: "=") { nameEnd -= 1 }
                    var nameStart = nameEnd
                    while nameStart > i, bytes[nameStart] != 0x20 { nameStart -= 1 }
                    let attribute = String(decoding: bytes[(nameStart + 1)..<(nameEnd + 1)], as: UTF8.self)
                    let value = HTMLText.decodingEntities(String(decoding: bytes[(j + 1)..<min(k, bytes.count)], as: UTF8.self))
                    if ["href", "src", "alt", "title"].contains(attribute) { attributes += value + " " }
                    // An image's alt text stands where the image is, as in the plain text.
                    if name == "img", attribute == "alt" { text += value }
                    j = k
                }
                j += 1
            }
            i = j + 1
            runStart = min(i, bytes.count)
        }
        if runStart < bytes.count { text += HTMLText.decodingEntities(String(decoding: bytes[runStart...], as: UTF8.self)) }
        return text + " " + attributes
    }
}
