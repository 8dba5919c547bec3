/// Checks rendered HTML against the sanitizer's allowlist (``HTMLAllowlist``) and the URL rules:
/// every tag is allowed, every attribute is allowed for its tag (or one the renderer itself
/// writes), no `on…` handler, no `<script`, and no `href`/`src` with a `javascript:`,
/// `vbscript:` or `data:` scheme (after decoding references and dropping controls and spaces).
enum HTMLCheck {
    /// Attributes the renderer writes on its own elements.
    /// Attributes only SelfHelpKit's own markup writes (Docs/security.md): classes, heading ids,
    /// `rel`, `role`, and the `data-` attributes of placeholders, regions, portal links (the default
    /// `LinkResolver`) and payload forms and topics.
    static let rendererAttributes: Set<String> = [
        "class", "id", "rel", "role", "data-placeholder", "data-region",
        "data-blade-prefix", "data-blade-extension", "data-blade-name", "data-blade-parameters", "data-blade-uri",
        "data-element-id", "data-control-type", "data-topic-id",
    ]

    /// The disabled controls of a problem-scoping form's preview (``FormControls``): allowed only
    /// with `disabled`, and only with these attributes.
    static let formControls: Set<String> = ["select", "textarea", "input"]
    static let formTags: Set<String> = formControls.union(["option", "label"])
    static let formAttributes: Set<String> = ["type", "placeholder", "aria-label", "required", "disabled", "rows", "multiple"]

    /// The first problem found in `html`, or nil. `formPreview`: the renderer's output, where a
    /// form's disabled controls are allowed (never in the sanitizer's).
    static func problem(in html: String, formPreview: Bool = false) -> String? {
        let bytes = Array(html.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            var j = i + 1
            if j < bytes.count, bytes[j] == UInt8(ascii: "/") { j += 1 }
            let nameStart = j
            while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
            if j == nameStart {
                if bytes.count > i + 1, bytes[i + 1] == UInt8(ascii: "!") { return "a `<!` construct at \(i)" }
                i += 1
                continue
            }
            let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
            let isClosing = bytes[i + 1] == UInt8(ascii: "/")
            guard let allowed = HTMLAllowlist.tags[name] ?? (formPreview && formTags.contains(name) ? formAttributes : nil) else {
                return "tag `\(name)` outside the allowlist at \(i)"
            }
            var disabled = false
            // Attributes up to `>`.
            while j < bytes.count, bytes[j] != UInt8(ascii: ">") {
                if isSpace(bytes[j]) || bytes[j] == UInt8(ascii: "/") { j += 1; continue }
                let attrStart = j
                while j < bytes.count, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: "="), bytes[j] != UInt8(ascii: ">") { j += 1 }
                let attribute = String(decoding: bytes[attrStart..<j], as: UTF8.self).lowercased()
                var value = ""
                if j < bytes.count, bytes[j] == UInt8(ascii: "=") {
                    j += 1
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
                if attribute.hasPrefix("on") { return "event handler `\(attribute)` on `\(name)`" }
                if attribute == "disabled" { disabled = true }
                guard allowed.contains(attribute) || HTMLAllowlist.globalAttributes.contains(attribute)
                        || rendererAttributes.contains(attribute) else {
                    return "attribute `\(attribute)` not allowed on `\(name)`"
                }
                if attribute == "href" || attribute == "src", let scheme = dangerousScheme(value) {
                    return "`\(scheme)` URL in `\(name) \(attribute)`: \(value.prefix(80))"
                }
            }
            if formControls.contains(name), !isClosing, !disabled { return "form control `\(name)` without `disabled` at \(i)" }
            i = j
        }
        if html.lowercased().contains("<script") { return "`<script` in the output" }
        return nil
    }

    /// `javascript`, `vbscript` or `data` when the attribute value uses that scheme.
    static func dangerousScheme(_ value: String) -> String? {
        let decoded = decodeReferences(value)
        let squeezed = String(String.UnicodeScalarView(decoded.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
            .lowercased()
        for scheme in ["javascript:", "vbscript:", "data:"] where squeezed.hasPrefix(scheme) { return scheme }
        return nil
    }

    /// Decodes `&#N;`, `&#xH;` and the few named references a browser would read in a URL.
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let body = after.prefix { $0 != ";" && $0 != "&" }.prefix(12)
            let named = ["amp": "&", "colon": ":", "tab": "\t", "newline": "\n", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            var replacement: String?
            if body.hasPrefix("#x") || body.hasPrefix("#X") {
                replacement = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if body.hasPrefix("#") {
                replacement = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                replacement = named[body.lowercased()]
            }
            if let replacement {
                out += replacement
                rest = after.dropFirst(body.count)
                if rest.first == ";" { rest = rest.dropFirst() }
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || (b >= 0x30 && b <= 0x39)
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }
}
