/// `article-id-format`: an `articleId` that cannot work as an id.
struct ArticleIdFormatRule: Rule {
    static let description = RuleDescription(
        id: .articleIdFormat,
        name: "Article id format",
        summary: "`articleId` holds whitespace, braces, quotes or other characters that cannot stand in a URL path segment.",
        rationale: """
            The portal puts the id into article URLs and into the support-topic mapping. An id with spaces, \
            braces, quotes or characters such as `/ ? # % & < >` is cut or escaped differently on each side \
            of that mapping, so the article is not found for the topics that should show it. Error: the \
            article is lost. Ids that merely look unusual (GUID look-alikes, digits only) can work and are \
            reported by `article-id-lookalike` as warnings. An empty id is `article-id-missing`.
            """,
        category: .metadata, defaultSeverity: .error,
        triggeringExamples: [
            Example.article([#"articleId="↓storage account delete""#])
                .expecting("the articleId `storage account delete` contains spaces, so it cannot be used in the portal's URLs; expected a GUID, a GUID with a suffix, or a slug"),
            Example.article([#"articleId="↓{634644cb-e6f8-4125-82fd-b1eb6321eb49}""#]),
            Example.article([#"articleId='↓say "hi"'"#]),
            Example.article([#"articleId="↓ storage-account-delete""#]),
        ],
        nonTriggeringExamples: [
            Example.article([#"articleId="634644CB-E6F8-4125-82FD-B1EB6321EB49""#]),
            Example.article([#"articleId="634644cb-e6f8-4125-82fd-b1eb6321eb49_Fairfax""#]),
            Example.article([#"articleId="storage-account-delete.v2""#]),
            // Digits equal to the article's own support topic: deliberate.
            Example.article([#"articleId="32600901""#, #"supportTopicIds="32600901""#]),
            Example.article([#"articleId="operationalinsights_customer_managed_key_(cmk)""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let attribute = article.attribute(.articleId) else { return [] }
        let id = attribute.trimmedValue
        guard !id.isEmpty, let problem = IDFormat.articleIdBreakage(id, raw: attribute.value) else { return [] }
        return [context.diagnostic(attribute.valueRange, Self.unusable(id, problem))]
    }

    static func unusable(_ id: String, _ problem: String) -> String {
        "the articleId `\(id)` \(problem), so it cannot be used in the portal's URLs; expected a GUID, a GUID with a suffix, or a slug"
    }
}

/// Shapes of ids in headers.
enum IDFormat {
    static func isHex(_ c: UInt8) -> Bool { (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x66) }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isSlugByte(_ c: UInt8) -> Bool {
        isDigit(c) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == UInt8(ascii: "_") || c == UInt8(ascii: ".") || c == UInt8(ascii: "-")
    }

    /// Whether `bytes` starts with a GUID (8-4-4-4-12 hex digits).
    static func startsWithGUID(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 36 else { return false }
        for (i, b) in bytes.prefix(36).enumerated() {
            if i == 8 || i == 13 || i == 18 || i == 23 { if b != UInt8(ascii: "-") { return false } } else if !isHex(b) { return false }
        }
        return true
    }

    static func isGUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 36 && startsWithGUID(bytes)
    }

    /// Why an article id cannot work in a URL or the topic mapping, or nil when it can.
    static func articleIdBreakage(_ id: String, raw: String) -> String? {
        if raw != id { return "is padded with whitespace" }
        let bytes = Array(id.utf8)
        // ASCII's whitespace by its bytes; Unicode's asked only of an id that has other characters.
        if bytes.contains(where: { $0 == 0x20 || (0x09...0x0D).contains($0) })
            || (bytes.contains { $0 >= 0x80 } && id.unicodeScalars.contains(where: \.properties.isWhitespace)) {
            return "contains spaces"
        }
        if bytes.contains(UInt8(ascii: "{")) || bytes.contains(UInt8(ascii: "}")) { return "is written in braces" }
        if bytes.contains(UInt8(ascii: "\"")) || bytes.contains(UInt8(ascii: "'")) { return "contains quotes" }
        if let bad = bytes.first(where: { "/?#%&<>\\".utf8.contains($0) || $0 < 0x20 || $0 == 0x7F }) {
            return "contains `\(Character(Unicode.Scalar(bad)))`"
        }
        return nil
    }

    /// Why a usable article id looks like a mistake, or nil when it looks deliberate. `topics` are
    /// the article's own support-topic ids: an all-digit id equal to one of them is deliberate.
    static func articleIdLookalike(_ id: String, topics: [String]) -> String? {
        let bytes = Array(id.utf8)
        if startsWithGUID(bytes) {
            if bytes.count == 36 { return nil }
            let rest = bytes[36...]
            if rest.count >= 2, rest.first == UInt8(ascii: "_") || rest.first == UInt8(ascii: "-"), rest.dropFirst().allSatisfy(isSlugByte) { return nil }
            return "is a GUID followed by `\(String(decoding: rest, as: UTF8.self))`"
        }
        if !bytes.isEmpty, bytes.allSatisfy(isDigit) {
            return topics.contains(id) ? nil : "is only digits and matches none of the article's `supportTopicIds`"
        }
        if bytes.count == 32, bytes.allSatisfy(isHex) { return "is 32 hex digits without the GUID's dashes" }
        if looksLikeGUIDTypo(bytes) { return "is shaped like a GUID but is not one (a group has a wrong length or a letter beyond `f`)" }
        return nil
    }

    /// GUID-shaped but not a GUID: five dash-separated alphanumeric groups of about 8-4-4-4-12
    /// characters with a wrong length or a letter beyond `f`.
    static func looksLikeGUIDTypo(_ bytes: [UInt8]) -> Bool {
        let groups = bytes.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard groups.count == 5, (33...38).contains(bytes.count) else { return false }
        let expected = [8, 4, 4, 4, 12]
        var hexGroups = 0
        for (group, length) in zip(groups, expected) {
            guard abs(group.count - length) <= 1, group.allSatisfy({ isDigit($0) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }) else { return false }
            if group.allSatisfy(isHex) { hexGroups += 1 }
        }
        return hexGroups >= 3
    }
}
