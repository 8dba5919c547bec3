/// `link-locale`: a Microsoft link pinned to a locale.
struct LinkLocaleRule: Rule {
    static let description = RuleDescription(
        id: .linkLocale,
        name: "Link locale",
        summary: "A link to a microsoft.com or azure.cn site has a locale segment such as `/en-us/`.",
        rationale: """
            Without the locale the site picks the reader's language; with it every reader gets English (268 \
            real files). Articles shown only in Mooncake may keep `/zh-cn/`, as the templates allow. Warning. \
            Links inside payload strings (an `href` in HTML, a bare URL) are checked too, at their own place in the file.
            """,
        category: .links, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(body: "# Title\n\nSee ↓[locks](https://learn.microsoft.com/en-us/azure/storage/common/lock-account-resource).\n")
                .expecting("remove the locale `/en-us/` from the link so readers get their own language"),
            Example.formWithInfoblock(#"See ↓https://learn.microsoft.com/en-us/azure/storage/ for details."#),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nSee [locks](https://learn.microsoft.com/azure/storage/common/lock-account-resource).\n"),
            Example.article([#"cloudEnvironments="mooncake""#], body: "# Title\n\nSee [docs](https://docs.azure.cn/zh-cn/storage/).\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        let clouds = article.metadata.effectiveClouds
        if !clouds.isEmpty, clouds.allSatisfy({ $0 == .mooncake }) { return [] }
        return article.checkedLinks.compactMap { link in
            guard case .web(let host, _) = link.kind, Self.isMicrosoftHost(host), let locale = Self.locale(in: link.destination) else { return nil }
            return context.diagnostic(SourceRange(start: link.range.start, end: link.range.start),
                                      "remove the locale `/\(locale)/` from the link so readers get their own language")
        }
    }

    static func isMicrosoftHost(_ host: String) -> Bool {
        host == "microsoft.com" || host.hasSuffix(".microsoft.com") || host == "azure.cn" || host.hasSuffix(".azure.cn")
    }

    /// The first path segment when it is a locale (`en-us`, `zh-cn`, `zh-hans`).
    static func locale(in url: String) -> String? {
        let bytes = Array(url.utf8)
        guard let schemeEnd = ByteSearch.firstOccurrence(of: Array("://".utf8), in: bytes, range: 0..<bytes.count) else { return nil }
        let afterHost = Substring(url.utf8.dropFirst(schemeEnd + 3).drop { $0 != UInt8(ascii: "/") }.dropFirst())
        let segment = afterHost.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let parts = segment.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, (2...4).contains(parts[1].count),
              segment.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) else { return nil }
        return String(segment)
    }
}
