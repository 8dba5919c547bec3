/// `product-name`: a product name spelt the wrong way ("Mongo DB", "SynapseSQL").
struct ProductNameRule: Rule {
    static let description = RuleDescription(
        id: .productName,
        name: "Product name",
        summary: "The text spells a product name wrong (\"Mongo DB\", \"SynapseSQL\", \"Azure Active directory\"), by the term list of `ProductNameTerms` and `\"productNames\"` in `.selfhelp.json`.",
        rationale: """
            Product names are trademarks and search terms: "Mongo DB" is not found by a search for \
            MongoDB, and reviewers corrected such names by hand. The built-in list \
            (`Sources/SelfHelpKit/Spelling/ProductNameTerms.swift`) maps each wrong spelling to the \
            right one, as Vale's substitution rules do; matches are whole words and case-sensitive, so \
            the right spelling never matches. Add your own with `"productNames": {"Contoso Db": \
            "Contoso DB"}`. Code, links' destinations, quoted text and words inside paths or ids \
            (`powershell.exe`, `Microsoft.KeyVault`) are left alone. Warning: fixable; the fix writes the \
            right spelling (a configured term that changes more than case and spaces is reported, not fixed).
            """,
        category: .prose, defaultSeverity: .warning, isFixable: true,
        triggeringExamples: [
            Example.article(body: "# Title\n\nExport the collection from ↓Mongo DB, then load it with ↓SynapseSQL.\n")
                .expecting(
                    "write \"MongoDB\", not \"Mongo DB\"",
                    "write \"Synapse SQL\", not \"SynapseSQL\""),
            Example.article(body: "# Title\n\n## Sign in with ↓Azure Active directory\n\nText.\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nExport the collection from MongoDB, then load it with Synapse SQL.\n"),
            Example.article(body: "# Title\n\nRun `Powershell -File fix.ps1`, or open Microsoft.KeyVault/vaults and powershell.exe.\n"),
            Example.article(body: "# Title\n\nThe error says \"Mongo DB is not reachable\".\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        let index = context.configuration.productNames.isEmpty ? Self.builtInIndex : TermIndex(ProductNameTerms.terms(adding: context.configuration.productNames))
        let bytes = article.source.bytes
        var taken: [Range<Int>] = []
        var diagnostics: [Diagnostic] = []
        for (_, text, range) in article.textNodes() {
            let span = range.offsets.clamped(to: 0..<bytes.count)
            for term in index.candidates(in: text) {
                let needle = Array(term.wrong.utf8)
                for offset in Self.matches(needle, in: bytes, span: span) {
                    let match = offset..<(offset + needle.count)
                    guard !taken.contains(where: { $0.overlaps(match) }), !article.isQuoted(offset) else { continue }
                    taken.append(match)
                    let fix = Fix(summary: "write \(term.right)", range: context.source.range(match), replacement: term.right)
                    diagnostics.append(context.diagnostic(offsets: match, "write \"\(term.right)\", not \"\(term.wrong)\"", fix: fix))
                }
            }
        }
        return diagnostics.sorted { $0.range.start.offset < $1.range.start.offset }
    }

    static let builtInIndex = TermIndex(ProductNameTerms.terms())

    /// Terms by the first word of their wrong spelling, so a text is read once, not once a term.
    struct TermIndex {
        typealias Term = (wrong: String, right: String)
        /// The terms, longest wrong spelling first (``ProductNameTerms/terms(adding:)``'s order).
        let terms: [Term]
        /// Term numbers by their first word, when that word is ASCII letters and digits followed
        /// by an ASCII byte or nothing: such a word is a whole run of ASCII letters and digits
        /// wherever the term can match.
        var byFirstWord: [String: [Int]] = [:]
        /// Terms of any other shape, tried on every text.
        var everywhere: [Int] = []
        /// The bytes the keys of `byFirstWord` start with, and their lengths (up to 63) as bits:
        /// most words of a text are told apart by these without a lookup.
        var firstBytes = [Bool](repeating: false, count: 128)
        var lengths: UInt64 = 0

        init(_ terms: [Term]) {
            self.terms = terms
            for (number, term) in terms.enumerated() {
                let wrong = Array(term.wrong.utf8)
                let firstWordEnd = wrong.firstIndex { !HTMLText.isASCIIAlphanumeric($0) } ?? wrong.count
                if firstWordEnd > 0, firstWordEnd == wrong.count || wrong[firstWordEnd] < 0x80 {
                    byFirstWord[String(decoding: wrong[..<firstWordEnd], as: UTF8.self), default: []].append(number)
                    firstBytes[Int(wrong[0])] = true
                    lengths |= 1 << UInt64(min(firstWordEnd, 63))
                } else {
                    everywhere.append(number)
                }
            }
        }

        /// The terms whose first word is a word of `text`, longest wrong spelling first. A word
        /// here is a run of ASCII letters and digits: every whole-word match of a term starts with
        /// one, so no term that can match is left out.
        func candidates(in text: Substring) -> [Term] {
            var numbers = Set(everywhere)
            var text = text
            text.withUTF8 { bytes in
                var i = 0
                while i < bytes.count {
                    guard HTMLText.isASCIIAlphanumeric(bytes[i]) else { i += 1; continue }
                    let start = i
                    while i < bytes.count, HTMLText.isASCIIAlphanumeric(bytes[i]) { i += 1 }
                    let length = min(i - start, 63)
                    guard firstBytes[Int(bytes[start])], lengths & (1 << UInt64(length)) != 0 else { continue }
                    if let found = byFirstWord[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)] {
                        numbers.formUnion(found)
                    }
                }
            }
            return numbers.sorted().map { terms[$0] }
        }
    }

    /// Case-sensitive whole-word matches of `needle` in `bytes[span]` that are not part of a
    /// path, a file name or an id (no `.`, `/`, `\`, `_`, `-`, `@` or word byte touching either end).
    static func matches(_ needle: [UInt8], in bytes: [UInt8], span: Range<Int>) -> [Int] {
        guard let first = needle.first, span.count >= needle.count else { return [] }
        func joins(_ b: UInt8) -> Bool {
            ByteSearch.isWordByte(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "/") || b == UInt8(ascii: "\\")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "@")
        }
        var found: [Int] = []
        var i = span.lowerBound
        while i + needle.count <= span.upperBound {
            if bytes[i] == first, Array(bytes[i..<(i + needle.count)]) == needle {
                let before = i > 0 ? bytes[i - 1] : 0x20
                let afterIndex = i + needle.count
                let after = afterIndex < bytes.count ? bytes[afterIndex] : 0x20
                // A sentence's full stop may follow: "… with MongoDb." is a word, "MongoDb.Driver" is not.
                let afterJoins = joins(after) && !(after == UInt8(ascii: ".") && (afterIndex + 1 >= bytes.count || !ByteSearch.isWordByte(bytes[afterIndex + 1])))
                    && !(after == UInt8(ascii: "-") && afterIndex + 1 < bytes.count && bytes[afterIndex + 1] == 0x20)
                if !joins(before), !afterJoins { found.append(i) }
            }
            i += 1
        }
        return found
    }
}
