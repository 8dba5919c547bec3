/// The one scheme check every URL passes before it reaches an `href` or `src` attribute,
/// whether it came from Markdown, raw HTML, a payload, an Apollo tag or a ``LinkResolver``.
///
/// Allowed: `http:`, `https:`, `mailto:` (any letter case), scheme-less references (relative
/// paths, `//host/…`, `?query`) and in-page anchors (`#id`). Everything else is rejected:
/// `javascript:`, `vbscript:`, `data:` (images included), `file:`, and any other scheme.
///
/// The check sees the URL as a browser will: the caller passes the value *after* HTML
/// character references were decoded (the sanitizer decodes attribute values; cmark decodes
/// Markdown destinations), and the check then does what the WHATWG URL parser does before
/// reading a scheme: it strips leading and trailing C0 controls and spaces and removes every
/// tab and line break (`java\tscript:`). A URL that still holds a control character (NUL …) is
/// rejected, and so is one whose text before the first `:` (when that colon comes before any
/// `/`, `?` or `#`) is not an allowed scheme, so percent-encoded (`java%73cript:`) or
/// otherwise odd schemes fail closed.
///
/// What happens to a rejected URL is the renderer's choice, documented in Docs/security.md:
/// a Markdown link renders as its text, an image as its alt text, and the attribute is dropped
/// from a raw HTML tag.
public enum URLPolicy {
    /// Where a URL is going to be used.
    public enum Context: Sendable {
        /// An `href` (links).
        case link
        /// A `src` (images). Same rules as links, but `mailto:` is rejected.
        case image
    }

    /// The schemes allowed in links, lower case.
    public static let allowedLinkSchemes: Set<String> = ["http", "https", "mailto"]
    /// The schemes allowed in image sources, lower case.
    public static let allowedImageSchemes: Set<String> = ["http", "https"]

    /// The URL as it may be written into an attribute (cleaned, with unsafe bytes
    /// percent-encoded, but *not* HTML-escaped), or nil when it is rejected.
    ///
    /// - Parameters:
    ///   - url: the URL with HTML character references already decoded.
    ///   - context: link or image.
    public static func sanitize(_ url: String, context: Context = .link) -> String? {
        if let fast = fastPath(url, context: context) { return fast.isEmpty ? nil : fast }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(url.utf8.count)
        for b in url.utf8 where b != 0x09 && b != 0x0A && b != 0x0D { bytes.append(b) }
        // Strip leading and trailing C0 controls and spaces.
        var start = 0, end = bytes.count
        while start < end, bytes[start] <= 0x20 { start += 1 }
        while end > start, bytes[end - 1] <= 0x20 { end -= 1 }
        let trimmed = bytes[start..<end]
        for b in trimmed where b < 0x20 || b == 0x7F { return nil }

        if let colon = trimmed.firstIndex(of: UInt8(ascii: ":")),
           !trimmed[trimmed.startIndex..<colon].contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
            let scheme = String(decoding: trimmed[trimmed.startIndex..<colon], as: UTF8.self).lowercased()
            let allowed = context == .link ? allowedLinkSchemes : allowedImageSchemes
            guard allowed.contains(scheme) else { return nil }
        }
        return percentEncoded(trimmed)
    }

    /// The common case in one scan: printable ASCII needing no cleaning or encoding, starting
    /// with an allowed scheme, `/`, `#`, `.` or a letter-run without a colon. Returns the URL
    /// itself, "" when rejected, nil when the full check must decide.
    static func fastPath(_ url: String, context: Context) -> String? {
        var colon = -1
        var index = 0
        var sawDelimiter = false
        for b in url.utf8 {
            switch b {
            case 0..<0x21, 0x7F...0xFF, UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"),
                 UInt8(ascii: "`"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "^"):
                return nil
            case UInt8(ascii: ":"):
                if colon < 0, !sawDelimiter { colon = index }
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"):
                sawDelimiter = true
            default:
                break
            }
            index += 1
        }
        guard index > 0 else { return nil }
        guard colon >= 0 else { return url }
        let scheme = url.utf8.prefix(colon)
        func equals(_ name: StaticString) -> Bool {
            guard scheme.count == name.utf8CodeUnitCount else { return false }
            return name.withUTF8Buffer { expected in
                zip(expected, scheme).allSatisfy { pair in pair.0 == (pair.1 >= 0x41 && pair.1 <= 0x5A ? pair.1 | 0x20 : pair.1) }
            }
        }
        if equals("https") || equals("http") { return url }
        if context == .link, equals("mailto") { return url }
        return ""
    }

    /// Whether `url` passes the check.
    public static func isAllowed(_ url: String, context: Context = .link) -> Bool {
        sanitize(url, context: context) != nil
    }

    /// Percent-encodes spaces, quotes, angle brackets, a few other characters that are never
    /// literal in URLs, and non-ASCII bytes (as cmark does); keeps existing `%XX` escapes.
    static func percentEncoded(_ bytes: ArraySlice<UInt8>) -> String {
        UTF8Text.percentEncoded(bytes) { b in
            switch b {
            case 0x20, UInt8(ascii: "\""), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "`"),
                 UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "^"), 0x80...0xFF:
                return false
            default:
                return true
            }
        }
    }
}
