/// Byte-level HTML escaping and entity decoding shared by the renderers and the sanitizer.
///
/// Everything works on UTF-8 bytes and appends to a `[UInt8]`, so rendering a large article
/// allocates one buffer rather than one string per character.
package enum HTMLText {
    /// Appends `text` with `&`, `<`, `>` and `"` escaped (safe in element content and in
    /// double-quoted attribute values).
    package static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendEscaped($0, to: &out) }
    }

    /// Appends `text` escaped as ``appendEscaped(_:to:)-(String,_)`` does.
    package static func appendEscaped(_ text: Substring, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendEscaped($0, to: &out) }
    }

    /// `text` escaped, as a string.
    package static func escaped(_ text: Substring) -> String {
        var out: [UInt8] = []
        appendEscaped(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends UTF-8 bytes with `&`, `<`, `>`, `"` and `'` escaped.
    package static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var runStart = 0
        for i in 0..<bytes.count {
            let b = bytes[i]
            // Everything to escape is at most `>` (0x3E): letters and most text skip the switch.
            if b > 0x3E { continue }
            let replacement: StaticString
            switch b {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            case 0: replacement = "\u{FFFD}"
            default: continue
            }
            if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            append(replacement, to: &out)
            runStart = i + 1
        }
        if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
    }

    /// Appends an ASCII literal.
    @inline(__always)
    package static func append(_ literal: StaticString, to out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    // MARK: Entities

    /// The named character references decoded by SelfHelpKit: the HTML specials, the ones used in
    /// URL-smuggling tricks (`&colon;`, `&Tab;`, `&NewLine;`) and common typography. An unknown
    /// name is kept as written (and so escaped as text), never guessed.
    package static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "colon": ":", "Tab": "\t", "NewLine": "\n", "sol": "/", "bsol": "\\", "lpar": "(", "rpar": ")",
        "period": ".", "comma": ",", "excl": "!", "quest": "?", "num": "#", "percnt": "%", "semi": ";",
        "equals": "=", "plus": "+", "ast": "*", "lowbar": "_", "hyphen": "\u{2010}", "dollar": "$",
        "commat": "@", "lsqb": "[", "rsqb": "]", "lcub": "{", "rcub": "}", "verbar": "|", "grave": "`",
        "copy": "©", "reg": "®", "trade": "™", "hellip": "…", "mdash": "—", "ndash": "–",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "sbquo": "‚", "bdquo": "„",
        "bull": "•", "middot": "·", "laquo": "«", "raquo": "»", "deg": "°", "times": "×", "divide": "÷",
        "plusmn": "±", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶",
        "shy": "\u{AD}", "zwsp": "\u{200B}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "rArr": "⇒", "check": "✓",
        "auml": "ä", "ouml": "ö", "uuml": "ü", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß",
        "eacute": "é", "egrave": "è", "agrave": "à", "aacute": "á", "ccedil": "ç", "ntilde": "ñ",
    ]

    /// The character reference starting at `bytes[i]` (which is `&`): its decoded text and the
    /// index just past it, or nil when the bytes are no reference SelfHelpKit decodes.
    ///
    /// Numeric references may omit the `;` (as browsers accept); named ones must end with `;`.
    /// Code points that are invalid, zero or surrogates decode to U+FFFD.
    package static func entity(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (text: String, end: Int)? {
        if let number = numericReference(in: bytes, at: i) {
            guard number.digits > 0 else { return nil }
            let end = number.end < bytes.count && bytes[number.end] == UInt8(ascii: ";") ? number.end + 1 : number.end
            let scalar = number.value == 0 ? nil : Unicode.Scalar(number.value)
            return (String(scalar ?? "\u{FFFD}"), end)
        }
        guard let name = namedReference(in: bytes, at: i),
              let text = namedEntities[String(decoding: UnsafeBufferPointer(rebasing: bytes[name]), as: UTF8.self)] else { return nil }
        return (text, name.upperBound + 1)
    }

    /// Whether `bytes[i...]` starts a well-formed character reference (`&name;`, `&#123;`,
    /// `&#x1F;`), which can be copied into HTML text unchanged. Returns the index past it.
    package static func wellFormedReference(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        if let number = numericReference(in: bytes, at: i) {
            // Reject NUL, surrogates and out-of-range code points: decode them as U+FFFD instead.
            guard (1...8).contains(number.digits), number.end < bytes.count, bytes[number.end] == UInt8(ascii: ";"),
                  number.value != 0, Unicode.Scalar(number.value) != nil else { return nil }
            return number.end + 1
        }
        guard let name = namedReference(in: bytes, at: i), isASCIILetter(bytes[name.lowerBound]) else { return nil }
        return name.upperBound + 1
    }

    /// The digits of a numeric reference at `bytes[i]` (`&#…` or `&#x…`, any number of digits): its
    /// value (at most 0x110000, past which no code point is), how many digits, and the index past
    /// them. Nil when `bytes[i...]` does not start with `&#`.
    private static func numericReference(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, digits: Int, end: Int)? {
        var j = i + 1
        guard j < bytes.count, bytes[j] == UInt8(ascii: "#") else { return nil }
        j += 1
        var hex = false
        if j < bytes.count, bytes[j] | 0x20 == UInt8(ascii: "x") { hex = true; j += 1 }
        var value: UInt32 = 0
        let digitsStart = j
        while j < bytes.count {
            let b = bytes[j]
            let digit: UInt32
            if b >= 0x30, b <= 0x39 { digit = UInt32(b - 0x30) }
            else if hex, b | 0x20 >= UInt8(ascii: "a"), b | 0x20 <= UInt8(ascii: "f") { digit = UInt32((b | 0x20) - UInt8(ascii: "a") + 10) }
            else { break }
            value = min(value &* (hex ? 16 : 10) &+ digit, 0x110000)
            j += 1
        }
        return (value, j - digitsStart, j)
    }

    /// The name of a named reference at `bytes[i]` (`&name;`: up to 32 ASCII letters and digits
    /// followed by `;`), as a range of `bytes`; nil when there is none.
    private static func namedReference(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Range<Int>? {
        let start = i + 1
        var j = start
        while j < bytes.count, j - start < 32, isASCIIAlphanumeric(bytes[j]) { j += 1 }
        guard j > start, j < bytes.count, bytes[j] == UInt8(ascii: ";") else { return nil }
        return start..<j
    }

    /// `text` with every character reference SelfHelpKit knows decoded (see ``entity(in:at:)``).
    package static func decodingEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var text = text
        return text.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "&"), let (decoded, end) = entity(in: bytes, at: i) {
                    out.append(contentsOf: decoded.utf8)
                    i = end
                } else {
                    out.append(bytes[i])
                    i += 1
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    @inline(__always) package static func isASCIILetter(_ b: UInt8) -> Bool { b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z") }
    @inline(__always) package static func isASCIIAlphanumeric(_ b: UInt8) -> Bool { isASCIILetter(b) || (b >= 0x30 && b <= 0x39) }
    /// HTML whitespace: tab, LF, FF, CR, space.
    @inline(__always) package static func isHTMLSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
}
