/// `heading-sentence-case`: a heading in title case.
struct HeadingSentenceCaseRule: Rule {
    static let description = RuleDescription(
        id: .headingSentenceCase,
        name: "Heading sentence case",
        summary: "A heading capitalizes most of its words (\"Storage Account Cannot Be Deleted\"); write it in sentence case.",
        rationale: """
            The authoring tool's rules say "Use sentence capitalization for all headings": only the first \
            word and proper names start with a capital. A heading is reported when, after its first word, \
            at least two words and at least half of the ordinary words start with a capital; words in capitals \
            (`VM`, `SQL`), with inner capitals or digits (`PowerShell`, `IPv6`), common product names \
            (Azure, Microsoft, Windows …) and up to three capitalized words right after one ("Azure Monitor \
            Private Link Scopes", "Office Container") do not count. The recommended sections (`## **Recommended Steps**`) \
            keep the spelling `section-heading-style` asks for. Info: advice, as product names vary.
            """,
        category: .content, defaultSeverity: .info,
        triggeringExamples: [
            Example.article(body: "↓# Storage Account Cannot Be Deleted\n\nText.\n")
                .expecting("write the heading `Storage Account Cannot Be Deleted` in sentence case: capitalize only the first word and proper names"),
            Example.article(body: "# Title\n\n↓## How To Remove A Lock\n\nText.\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Storage account cannot be deleted\n\nText.\n\n## **Recommended Steps**\n\nText.\n"),
            Example.article(body: "# Create an Azure Storage account with PowerShell\n\nText.\n"),
            Example.article(body: "# Connect to a Windows VM over RDP\n\nText.\n"),
            Example.article(body: "# Issues with Azure Monitor Private Link Scopes\n\nText.\n"),
            Example.article(body: "# Using profile and Office Container\n\nText.\n"),
        ])

    /// Proper names common in headings, which keep their capital.
    static let properNames: Set<String> = [
        "Azure", "Microsoft", "Windows", "Linux", "Office", "Teams", "Outlook", "Exchange", "Visual", "Studio",
        "Active", "Directory", "Entra", "Defender", "Sentinel", "Intune", "Dynamics", "Power", "Partner", "Center",
        "Marketplace", "Kubernetes", "Docker", "Ubuntu", "Red", "Hat", "Oracle", "Java", "Python", "Node",
        "Government", "China", "Germany", "Monitor", "Portal", "Cloud", "Shell", "Git", "GitHub", "English",
    ]

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        article.sections.compactMap { section in
            guard section.kind == .other, Self.isTitleCase(section.heading) else { return nil }
            return context.diagnostic(SourceRange(start: section.headingRange.start, end: section.headingRange.start), Self.message(section.heading))
        }
    }

    /// Whether a heading's words after the first are mostly capitalized ordinary words.
    static func isTitleCase(_ heading: String) -> Bool {
        // Most headings have fewer than two capitals after their first word: leave them at once.
        var capitals = 0, pastFirstWord = false
        for b in heading.utf8 {
            if b == 0x20 || b == 0x09 || b == UInt8(ascii: "/") { pastFirstWord = true } else if pastFirstWord, b >= 0x41, b <= 0x5A { capitals += 1 } else if b >= 0x80 { capitals = 2; break }
        }
        guard capitals >= 2 else { return false }
        let words = heading.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "/" })
            .map { $0.stripping(":,.!?()[]\"'*`-") }
            .filter { !$0.isEmpty }
        var capitalized = 0, ordinary = 0
        // Capitalized words right after a proper name belong to it ("Azure Monitor Private Link"), up to three.
        var nameWordsLeft = words.first.map { properNames.contains($0) ? 3 : 0 } ?? 0
        for word in words.dropFirst() {
            guard word.allSatisfy(\.isLetter), let first = word.first, word.count >= 2 else { nameWordsLeft = 0; continue }
            let rest = word.dropFirst()
            if first.isUppercase, properNames.contains(word) { nameWordsLeft = 3; continue }
            if first.isUppercase, nameWordsLeft > 0 { nameWordsLeft -= 1; continue }
            nameWordsLeft = 0
            if rest.allSatisfy(\.isUppercase) || (first.isUppercase && rest.contains(where: \.isUppercase)) { continue }
            ordinary += 1
            if first.isUppercase { capitalized += 1 }
        }
        return capitalized >= 2 && capitalized * 2 >= ordinary
    }

    static func message(_ heading: String) -> String {
        "write the heading `\(heading)` in sentence case: capitalize only the first word and proper names"
    }
}

extension Substring {
    func stripping(_ set: String) -> String {
        var s = self
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}
