/// `article-id-format`: an `articleId` that is no GUID, GUID with suffix, or slug.
public struct ArticleIdFormatRule: Rule {
    public static let description = RuleDescription(
        id: "article-id-format",
        name: "Article id format",
        summary: "`articleId` is not a GUID, a GUID with a suffix (`_Fairfax`, `-text`) or a slug (`[A-Za-z0-9_.-]+`).",
        rationale: """
            Ids are used in URLs and in the support-topic mapping. Free text with spaces or braces, padding, \
            digits only (usually a support-topic id pasted by mistake), 32 hex digits without dashes and \
            GUID-shaped typos (`p012` is no hex) break that mapping or point at nothing (382 real files). \
            Error: a malformed id loses the article for the topics that should show it.
            """,
        category: .metadata, defaultSeverity: .error,
        triggeringExamples: [
            Example.article([#"articleId="↓storage account delete""#]),
            Example.article([#"articleId="↓{634644cb-e6f8-4125-82fd-b1eb6321eb49}""#]),
            Example.article([#"articleId="↓634644cb-e6f8-4125-82fd-b1eb6321ep49""#]),
            Example.article([#"articleId="↓32600901""#]),
        ],
        nonTriggeringExamples: [
            Example.article([#"articleId="634644CB-E6F8-4125-82FD-B1EB6321EB49""#]),
            Example.article([#"articleId="634644cb-e6f8-4125-82fd-b1eb6321eb49_Fairfax""#]),
            Example.article([#"articleId="storage-account-delete.v2""#]),
        ])

    public init() {}

    public func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let attribute = article.attribute(.articleId) else { return [] }
        let id = attribute.trimmedValue
        guard !id.isEmpty, let problem = IDFormat.articleIdProblem(id, raw: attribute.value) else { return [] }
        return [context.diagnostic(attribute.valueRange, "the articleId `\(id)` \(problem); expected a GUID, a GUID with a suffix, or a slug")]
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

    /// What is wrong with an article id, or nil when it is fine.
    static func articleIdProblem(_ id: String, raw: String) -> String? {
        if raw != id { return "is padded with whitespace" }
        let bytes = Array(id.utf8)
        if startsWithGUID(bytes) {
            if bytes.count == 36 { return nil }
            let rest = bytes[36...]
            if rest.count >= 2, rest.first == UInt8(ascii: "_") || rest.first == UInt8(ascii: "-"), rest.dropFirst().allSatisfy(isSlugByte) { return nil }
            return "has an unexpected suffix after the GUID"
        }
        if bytes.contains(where: { $0 == 0x20 || $0 == 0x09 }) { return "contains spaces" }
        if bytes.first == UInt8(ascii: "{") || bytes.last == UInt8(ascii: "}") { return "is written in braces" }
        guard bytes.allSatisfy(isSlugByte) else { return "contains characters other than letters, digits, `_`, `.` and `-`" }
        if bytes.allSatisfy(isDigit) { return "is only digits (a support-topic id?)" }
        if bytes.count == 32, bytes.allSatisfy(isHex) { return "is 32 hex digits without the GUID's dashes" }
        if looksLikeGUIDTypo(bytes) { return "looks like a mistyped GUID" }
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
