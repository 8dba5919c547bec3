/// `prose-contractions`: "do not" where the guide says "don't".
struct ProseContractionsRule: Rule {
    static let description = RuleDescription(
        id: .proseContractions,
        name: "Contractions",
        summary: "The text spells out a common contraction (\"do not\", \"cannot\", \"you are\" …).",
        rationale: """
            The authoring tool's rules say "Use contractions" (after the Microsoft Writing Style Guide): \
            "don't" and "you're" read as friendly, plain speech. Info: advice; an emphasized "do **not**" is \
            left alone, as the emphasis is deliberate, and so are link text, quoted text and code.
            """,
        category: .prose, defaultSeverity: .info,
        triggeringExamples: [
            Example.article(body: "# Title\n\nIf the account ↓does not delete, you ↓cannot remove it until ↓you are its owner.\n")
                .expecting(
                    "write \"doesn't\" instead of \"does not\"",
                    "write \"can't\" instead of \"cannot\"",
                    "write \"you're\" instead of \"you are\""),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nIf the account doesn't delete, you can't remove it until you're its owner.\n"),
            Example.article(body: "# Title\n\nDo **not** delete the account. Run `az storage account delete --do not`.\n"),
            Example.article(body: "# Title\n\nThe isnotempty() function and the Donot setting.\n"),
        ])

    /// Spelled-out forms (lower case) and their contractions.
    static let contractions: [(phrase: String, contraction: String)] = [
        ("do not", "don't"), ("does not", "doesn't"), ("did not", "didn't"), ("is not", "isn't"), ("are not", "aren't"),
        ("was not", "wasn't"), ("were not", "weren't"), ("cannot", "can't"), ("can not", "can't"), ("will not", "won't"),
        ("would not", "wouldn't"), ("should not", "shouldn't"), ("could not", "couldn't"), ("has not", "hasn't"),
        ("have not", "haven't"), ("you are", "you're"), ("you will", "you'll"), ("we are", "we're"),
    ]

    static let contractionOf: [String: String] = Dictionary(uniqueKeysWithValues: contractions.map { ($0.phrase, $0.contraction) })
    /// The words that end a phrase: most text nodes hold none, and are passed over in one scan.
    static let lastWords: Set<String> = Set(contractions.map { String($0.phrase.split(separator: " ").last!) })

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (_, text, range) in article.textNodes(skippingLinks: true) {
            for phrase in Self.phrases(in: text) {
                guard let contraction = Self.contractionOf[phrase] else { continue }
                for offset in article.proseOccurrences(phrase, inTextNode: text, range: range) {
                    let written = article.source.text(offset..<(offset + phrase.utf8.count))
                    diagnostics.append(context.diagnostic(offsets: offset..<(offset + phrase.utf8.count), Self.message(written, contraction)))
                }
            }
        }
        return diagnostics.sorted { $0.range.start.offset < $1.range.start.offset }
    }

    /// The spelled-out phrases (lower case) a text holds, found in one pass over its bytes: a
    /// word is a run of letters (any non-ASCII byte counts as one); one space joins two words.
    static func phrases(in text: Substring) -> Set<String> {
        var text = text
        return text.withUTF8(phrases)
    }

    /// ``phrases(in:)`` over a text's bytes in place.
    static func phrases(_ bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
        var found: Set<String> = []
        var previous: Range<Int>? = nil
        var i = 0
        while i < bytes.count {
            guard isWordByte(bytes[i]) else { i += 1; continue }
            var end = i
            while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
            let first = bytes[i] | 0x20
            if end - i <= 6, end - i >= 3, first == UInt8(ascii: "n") || first == UInt8(ascii: "a") || first == UInt8(ascii: "w") || first == UInt8(ascii: "c") {
                let word = lower(bytes[i..<end])
                if lastWords.contains(word) {
                    if word == "cannot" { found.insert(word) }
                    else if let p = previous { found.insert(lower(bytes[p]) + " " + word) }
                }
            }
            // The next word follows this one when exactly one space is between them.
            previous = end < bytes.count && bytes[end] == 0x20 ? i..<end : nil
            i = end
        }
        return found
    }

    static func isWordByte(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x80 }

    static func lower(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    static func message(_ written: String, _ contraction: String) -> String {
        "write \"\(contraction)\" instead of \"\(written)\""
    }
}
