/// `text-invisible-character`: no-break, zero-width and other invisible characters in the text.
struct TextInvisibleCharacterRule: Rule {
    static let description = RuleDescription(
        id: .textInvisibleCharacter,
        name: "Invisible character",
        summary: "Prose, a heading, link text or a payload string holds a no-break space (U+00A0), a narrow no-break space (U+202F), a zero-width space, a soft hyphen or another invisible format character.",
        rationale: """
            They come from pasting out of Word, Teams or a web page. Readers cannot see them, but search \
            does not match across them, a value such as "ports 3389 and 20000" in a dropdown no longer \
            equals the value typed elsewhere, and line breaks land in odd places; content reviewers \
            removed them from 44 files in one change. Warning: fixable; the fix turns a no-break space \
            into a space (or drops it next to one) and removes the zero-width characters. Code spans and \
            blocks are left alone (a no-break space there may be part of the sample), and so are \
            characters written as entities (`&nbsp;`), which are deliberate. A line that holds nothing \
            but such characters is reported without a fix: emptying it would split its paragraph.
            """,
        category: .prose, defaultSeverity: .warning, isFixable: true,
        triggeringExamples: [
            Example.article(body: "# Title\n\nOpen the ports 3389 and↓\u{202F}20000 first.\n")
                .expecting("an invisible narrow no-break space (U+202F); use a plain space or nothing"),
            Example.article(body: "# Title\n\n## Known↓\u{00A0}issues\n\nSee [the↓\u{200B}guide](https://learn.microsoft.com/azure/).\n"),
            Example.article(PayloadSchemaRule.formFields, body: PayloadSchemaRule.form(#"""
                {"id": "problem_description", "order": 1, "controlType": "multilinetextbox", "required": true},
                {"id": "ports", "order": 2, "controlType": "dropdown", "dropdownOptions": [{"text": "3389 and↓\#u{00A0}20000", "value": "both"}]}
                """#)),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nOpen the ports 3389 and&nbsp;20000 first.\n"),
            Example.article(body: "# Title\n\nRun `echo a\u{00A0}b` to see it.\n\n```\nprintf 'x\u{200B}y'\n```\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        let bytes = article.source.bytes
        var seen: Set<Int> = []
        var runs: [InvisibleCharacters.Run] = []
        for (_, text, range) in article.textNodes() {
            guard Self.mayHold(text) else { continue }
            // As many runs as the literal holds: an inline node's span may reach past its text.
            let literal = Array(text.utf8)
            let count = InvisibleCharacters.runs(in: literal, range: 0..<literal.count).count
            let span = range.offsets.clamped(to: 0..<bytes.count)
            for run in InvisibleCharacters.runs(in: bytes, range: span).prefix(count) where seen.insert(run.offsets.lowerBound).inserted { runs.append(run) }
        }
        if let payload = article.payload {
            let span = payload.jsonRange.offsets.clamped(to: 0..<bytes.count)
            for run in InvisibleCharacters.runs(in: bytes, range: span) where seen.insert(run.offsets.lowerBound).inserted { runs.append(run) }
        }
        return runs.sorted { $0.offsets.lowerBound < $1.offsets.lowerBound }.map { run in
            let replacement = InvisibleCharacters.replacement(for: run, in: bytes)
            // On a line of nothing else the character holds a paragraph together: removing it would
            // make a blank line and change the article, so that one is left to the author.
            guard !Self.isAlone(run, in: article.source) else { return context.diagnostic(offsets: run.offsets, Self.message(run)) }
            let fix = Fix(summary: replacement.isEmpty ? "remove the invisible character" : "replace it with a space",
                          range: context.source.range(run.offsets), replacement: replacement)
            return context.diagnostic(offsets: run.offsets, Self.message(run), fix: fix)
        }
    }

    /// Whether the run is all its line holds besides spaces and tabs.
    static func isAlone(_ run: InvisibleCharacters.Run, in source: SourceText) -> Bool {
        let line = source.location(ofOffset: run.offsets.lowerBound).line
        let text = source.lineText(line)
        return text.unicodeScalars.allSatisfy { scalar in
            scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" || InvisibleCharacters.kinds.contains { $0.scalar == scalar }
        }
    }

    /// Whether a text literal may hold one of the characters (any byte they start with).
    static func mayHold(_ text: Substring) -> Bool {
        text.utf8.contains { $0 == 0xC2 || $0 == 0xE1 || $0 == 0xE2 || $0 == 0xEF }
    }

    static func message(_ run: InvisibleCharacters.Run) -> String {
        var names: [String] = []
        for kind in run.kinds {
            let name = "\(kind.name) (U+\(String(kind.scalar.value, radix: 16, uppercase: true).leftPadded(4)))"
            if !names.contains(name) { names.append(name) }
        }
        let what = run.kinds.count == 1 ? "an invisible " + names[0] : "\(run.kinds.count) invisible characters: " + names.joined(separator: ", ")
        return "\(what); use a plain space or nothing"
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
