/// A link or image of an article, classified by where it leads.
public struct Link: Hashable, Sendable {
    /// Where the link was written.
    public enum Origin: String, Hashable, Sendable, Codable {
        /// `[text](url)` or `![alt](url)`.
        case markdown
        /// `<a href>` or `<img src>` in raw HTML.
        case html
        /// `<a href>`, `<img src>` or a bare `http(s)://` URL in a string of the JSON payload.
        case payload
    }

    /// The destination as written (after entity decoding), untrimmed.
    public var destination: String
    /// The link text (for an image: its alt text), as plain text.
    public var text: String
    /// The link title (`[text](url "title")`, `title=""`), empty when none.
    public var title: String
    /// Whether this is an image (`![alt](src)`, `<img src>`) rather than a link.
    public var isImage: Bool
    /// Where the link was written.
    public var origin: Origin
    /// Where the link leads, read from ``destination``.
    public var kind: LinkKind
    /// Whether an image is marked as decorative by an explicitly empty `alt=""` (HTML only):
    /// screen readers skip it, so it needs no alt text.
    public var isDecorative: Bool = false
    /// The link in the source: the whole Markdown link or HTML tag.
    public var range: SourceRange

    /// A link whose ``kind`` is read from `destination`; not decorative.
    public init(destination: String, text: String, title: String = "", isImage: Bool, origin: Origin, range: SourceRange) {
        self.destination = destination
        self.text = text
        self.title = title
        self.isImage = isImage
        self.origin = origin
        self.kind = LinkKind(destination)
        self.range = range
    }
}

/// Where a link leads.
public enum LinkKind: Hashable, Sendable {
    /// `http:` or `https:`; `isSecure` is true for https.
    case web(host: String, isSecure: Bool)
    /// A portal blade link (`data-blade:Extension.Blade.param.value`).
    case portal(PortalLink)
    /// `mailto:` (any case).
    case mailto(String)
    /// `#anchor` in the same article.
    case anchor(String)
    /// A path relative to the article (`../other/article.md`, `media/x.png`).
    case relative(path: String, fragment: String?)
    /// An empty destination.
    case empty
    /// Any other scheme, or text that is no URL (`ttps://…`, `www.example.com`, `C:\…`).
    case other(scheme: String?)

    /// Classifies `destination` (trimmed; a template placeholder by its default value). Never fails:
    /// text that is no URL is ``other(scheme:)``.
    public init(_ destination: String) {
        let trimmed = destination.trimmingHeaderWhitespace()
        if trimmed.isEmpty { self = .empty; return }
        if trimmed.utf8.first == UInt8(ascii: "<"), trimmed.hasPrefix("<!--$") {
            // A template placeholder the portal fills in: the link is its default value, if any.
            let value = LinkKind.placeholderDefault(trimmed)
            self = value.isEmpty ? .other(scheme: nil) : LinkKind(value)
            return
        }
        if trimmed.utf8.first == UInt8(ascii: "("), trimmed.utf8.last == UInt8(ascii: ")") {
            // `[x]((https://…))`: a destination wrapped in a second pair of parentheses.
            self = .other(scheme: nil)
            return
        }
        if trimmed.hasPrefix("#") { self = .anchor(String(trimmed.dropFirst())); return }
        let scheme = LinkKind.scheme(of: trimmed)
        switch scheme.map(UTF8Text.asciiLowercased) {
        case "http", "https":
            self = .web(host: LinkKind.host(of: trimmed), isSecure: scheme?.utf8.count == 5)
        case "mailto":
            self = .mailto(String(trimmed.dropFirst(7)))
        case let s? where PortalLink.prefixes.contains(s):
            self = .portal(PortalLink(trimmed))
        case nil:
            if trimmed.hasPrefix("//") || LinkKind.hasWWWPrefix(trimmed) || trimmed.utf8.contains(UInt8(ascii: "\\")) {
                self = .other(scheme: nil)
                return
            }
            let parts = trimmed.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            self = .relative(path: String(parts[0]), fragment: parts.count > 1 ? String(parts[1]) : nil)
        case let s?:
            self = .other(scheme: s)
        }
    }

    /// The default value of a destination that starts with a placeholder marker,
    /// `<!--$name-->default<!--/$name-->`: the text between the markers, trimmed ("" when none).
    static func placeholderDefault(_ text: String) -> String {
        guard let open = text.range(of: "-->") else { return "" }
        let rest = text[open.upperBound...]
        let value = rest.range(of: "<!--").map { rest[..<$0.lowerBound] } ?? rest
        return String(value).trimmingHeaderWhitespace()
    }

    /// Whether `text` starts with `www.` in any case.
    static func hasWWWPrefix(_ text: String) -> Bool {
        let head = Array(text.utf8.prefix(4))
        return head.count == 4 && head[0] | 0x20 == UInt8(ascii: "w") && head[1] | 0x20 == UInt8(ascii: "w")
            && head[2] | 0x20 == UInt8(ascii: "w") && head[3] == UInt8(ascii: ".")
    }

    /// The lower-cased host of an `http(s):` URL: after `scheme:` and up to two slashes, up to
    /// `/?#:` (empty for `http:///path`, which has no host).
    static func host(of url: String) -> String {
        var url = url
        return url.withUTF8 { bytes in
            var i = (bytes.firstIndex(of: UInt8(ascii: ":")) ?? bytes.count - 1) + 1
            var slashes = 0
            while i < bytes.count, slashes < 2, bytes[i] == UInt8(ascii: "/") || bytes[i] == UInt8(ascii: "\\") { i += 1; slashes += 1 }
            var end = i
            while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#"), bytes[end] != UInt8(ascii: ":") {
                end += 1
            }
            return String(unsafeUninitializedCapacity: end - i) { out in
                for k in i..<end { out[k - i] = bytes[k] >= 0x41 && bytes[k] <= 0x5A ? bytes[k] | 0x20 : bytes[k] }
                return end - i
            }
        }
    }

    /// The URL scheme (`https`), or nil when the text has none. A one-letter "scheme" is a
    /// Windows drive (`C:`), not a scheme.
    static func scheme(of text: String) -> String? {
        var length = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: ":") { break }
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if length == 0 ? !isLetter : !(isLetter || (byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E) { return nil }
            length += 1
        }
        guard length > 1, length < text.utf8.count else { return nil }
        return String(decoding: text.utf8.prefix(length), as: UTF8.self)
    }
}

/// A portal link: `prefix:Extension.Blade[.param.value]…[;data-blade-uri:template]`.
public struct PortalLink: Hashable, Sendable {
    /// The schemes that open a portal blade.
    public static let prefixes: Set<String> = ["data-blade", "button-data-blade", "button-data-context", "button-link", "datablade"]

    /// `data-blade`, `button-data-blade` … as written.
    public var prefix: String
    /// The portal extension (`Microsoft_Azure_Storage`), nil when missing.
    public var extensionName: String?
    /// The blade (`LocksBlade`), nil when missing.
    public var bladeName: String?
    /// Parameter names and values in order; a value may be nil when missing.
    public var parameters: [(name: String, value: String?)]
    /// The `data-blade-uri:` template after `;`, if any.
    public var uriTemplate: String?
    /// For `button-link:https://…`, the web address the button opens (the extension, blade and
    /// parameters read from it mean nothing then).
    public var url: String?
    /// Whether the link has extension, blade and complete name/value pairs, and a known prefix
    /// spelling, or is a `button-link:` to a web address.
    public var isWellFormed: Bool

    /// Reads a portal link from its text, with or without a known prefix. Never fails: what is
    /// missing is nil and ``isWellFormed`` is false.
    public init(_ text: String) {
        let colon = text.firstIndex(of: ":") ?? text.endIndex
        prefix = String(text[..<colon])
        var rest = colon < text.endIndex ? text[text.index(after: colon)...] : text[text.endIndex...]
        if let semicolon = rest.firstIndex(of: ";") {
            let suffix = rest[rest.index(after: semicolon)...]
            uriTemplate = suffix.hasPrefix("data-blade-uri:") ? String(suffix.dropFirst("data-blade-uri:".count)) : String(suffix)
            rest = rest[..<semicolon]
        }
        if prefix.lowercased() == "button-link", let scheme = LinkKind.scheme(of: String(rest)),
           ["http", "https"].contains(UTF8Text.asciiLowercased(scheme)) {
            // `button-link:https://…`: a button that opens a web address, not a blade. (The parts
            // below are still read as before, so rendering does not change here.)
            url = String(rest)
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        extensionName = parts.first.flatMap { $0.isEmpty ? nil : $0 }
        bladeName = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
        var parameters: [(String, String?)] = []
        var index = 2
        while index < parts.count {
            parameters.append((parts[index], index + 1 < parts.count ? parts[index + 1] : nil))
            index += 2
        }
        self.parameters = parameters
        isWellFormed = url != nil || (prefix.lowercased() != "datablade" && extensionName != nil && bladeName != nil && parameters.allSatisfy { $0.1 != nil })
    }

    /// Whether two portal links have the same parts (prefix, address, extension, blade, template, parameters).
    public static func == (a: PortalLink, b: PortalLink) -> Bool {
        a.prefix == b.prefix && a.url == b.url && a.extensionName == b.extensionName && a.bladeName == b.bladeName && a.uriTemplate == b.uriTemplate
            && a.parameters.map(\.name) == b.parameters.map(\.name) && a.parameters.map(\.value) == b.parameters.map(\.value)
    }

    /// Hashes the prefix, extension, blade and template (equal links hash alike).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(prefix)
        hasher.combine(extensionName)
        hasher.combine(bladeName)
        hasher.combine(uriTemplate)
    }
}
