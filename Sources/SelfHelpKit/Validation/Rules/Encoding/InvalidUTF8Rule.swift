/// `encoding-invalid-utf8`: bytes that are not UTF-8.
struct InvalidUTF8Rule: Rule {
    static let description = RuleDescription(
        id: .encodingInvalidUTF8,
        name: "Invalid UTF-8",
        summary: "The file holds bytes that are not valid UTF-8 (often Windows-1252 quotes or NBSP).",
        rationale: """
            The portal reads articles as UTF-8: an invalid byte shows as a replacement character (�) or, \
            inside the JSON payload, makes the whole form unreadable. Three real articles were saved as \
            Windows-1252. Error: the text the customer sees is damaged. Save the file as UTF-8.
            Reported once a line, at the line's first invalid byte, naming the byte and the Windows-1252 \
            character it most likely was; after 10 lines, one finding sums up the rest.
            """,
        category: .encoding, defaultSeverity: .error,
        triggeringExamples: [
            Example.article(body: "# Title\n\nThe VM↓⟪92⟫s disk is full; the VM⟪92⟫s data is safe.\n")
                .expecting("invalid UTF-8: byte 0x92 (`’`, U+2019 in Windows-1252), shown as U+FFFD; save the file as UTF-8"),
            Example.article(body: "# Title\n\n" + (1...11).map { "Line\($0 == 11 ? "↓" : "↓")⟪A0⟫\n" }.joined() + "Line⟪A0⟫\n"),
        ],
        nonTriggeringExamples: [
            Example.article(body: "# Title\n\nThe VM’s disk is full.\n"),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        context.parseDiagnostics(of: article)
    }
}

// MARK: - Messages

extension InvalidUTF8Rule {
    /// The finding's text for a line's first invalid byte.
    static func message(byte: UInt8) -> String {
        "invalid UTF-8: \(Windows1252.describe(byte)), shown as U+FFFD; save the file as UTF-8"
    }

    /// The finding's text for the lines past the ones reported one by one.
    static func message(moreLines lines: Int, sequences: Int) -> String {
        "invalid UTF-8 on \(lines) more line\(lines == 1 ? "" : "s") (\(sequences) invalid sequence\(sequences == 1 ? "" : "s")), not reported one by one; the file is probably saved as Windows-1252: save it as UTF-8"
    }
}
