/// `header-value-whitespace`: a value padded with whitespace or a serialised line break.
struct HeaderValueWhitespaceRule: Rule {
    static let description = RuleDescription(
        id: .headerValueWhitespace,
        name: "Header value whitespace",
        summary: "A header value starts or ends with whitespace, or with an encoded line break such as `&#xD;`.",
        rationale: """
            Padding shows up in titles and breaks exact matches on ids and names; `&#xD;` at the end of \
            `pageTitle` (459 real files) is a carriage return a tool serialised. Warning, with a safe fix \
            that removes the padding and the encoded breaks at either end (nothing inside the value).
            """,
        category: .header, defaultSeverity: .warning, isFixable: true,
        triggeringExamples: [
            Example.article([#"pageTitle="↓Storage account cannot be deleted ""#])
                .expecting("the value of `pageTitle` has whitespace or an encoded line break at its start or end"),
            Example.article([#"pageTitle="↓Storage account cannot be deleted&#xD;""#]),
            Example.article([#"ownershipId="↓ AzureStorage_Accounts""#]),
        ],
        nonTriggeringExamples: [
            Example.article(),
            Example.article([#"description="""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let header = article.header else { return [] }
        var diagnostics: [Diagnostic] = []
        for attribute in header.attributes where attribute.quote != nil {
            let raw = Array(attribute.rawValue.utf8)
            guard let first = raw.first, let last = raw.last,
                  Self.mayBeSpace(first) || Self.mayBeSpace(last) || last == UInt8(ascii: ";") else { continue }
            let kept = Self.trimmedBounds(raw)
            guard kept != 0..<raw.count else { continue }
            let base = attribute.valueRange.start.offset
            let replacement = String(decoding: raw[kept], as: UTF8.self)
            let fix = Fix(summary: "remove the whitespace around the value", range: attribute.valueRange, replacement: replacement)
            let at = context.source.range((base)..<(base))
            diagnostics.append(context.diagnostic(SourceRange(start: at.start, end: attribute.valueRange.end),
                                                  "the value of `\(attribute.rawKey)` has whitespace or an encoded line break at its start or end",
                                                  fix: fix))
        }
        return diagnostics
    }

    static func mayBeSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0xC2 || b == 0xE2 || b == 0xE3 || b == UInt8(ascii: "&")
    }

    /// Entities that encode whitespace, as tools write them.
    static let entities: [[UInt8]] = ["&#xD;", "&#xd;", "&#xA;", "&#xa;", "&#13;", "&#10;", "&#x9;", "&#9;", "&#xA0;", "&#xa0;", "&nbsp;"].map { Array($0.utf8) }

    /// The part of a raw value left after removing whitespace and whitespace entities at both ends.
    static func trimmedBounds(_ raw: [UInt8]) -> Range<Int> {
        var lo = 0, hi = raw.count
        func spaceLength(at i: Int, forward: Bool) -> Int {
            // ASCII whitespace, NBSP (C2 A0), ZWSP (E2 80 8B), narrow NBSP (E2 80 AF), ideographic space (E3 80 80).
            let candidates: [[UInt8]] = [[0x20], [0x09], [0x0A], [0x0D], [0xC2, 0xA0], [0xE2, 0x80, 0x8B], [0xE2, 0x80, 0xAF], [0xE3, 0x80, 0x80]] + entities
            for c in candidates {
                if forward {
                    if i + c.count <= hi, Array(raw[i..<(i + c.count)]) == c { return c.count }
                } else {
                    if i - c.count >= lo, Array(raw[(i - c.count)..<i]) == c { return c.count }
                }
            }
            return 0
        }
        while lo < hi { let n = spaceLength(at: lo, forward: true); if n == 0 { break }; lo += n }
        while hi > lo { let n = spaceLength(at: hi, forward: false); if n == 0 { break }; hi -= n }
        return lo..<hi
    }
}
