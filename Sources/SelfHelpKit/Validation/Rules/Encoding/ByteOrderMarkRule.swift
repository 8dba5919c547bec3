/// `encoding-bom`: a UTF-8 byte-order mark at the start of the file.
struct ByteOrderMarkRule: Rule {
    static let description = RuleDescription(
        id: .encodingBOM,
        name: "Byte-order mark",
        summary: "The file starts with a UTF-8 byte-order mark (sometimes two).",
        rationale: """
            A BOM is invisible in editors but is a character to tools that do not expect it: text before \
            `<properties` confuses header scanners, and a doubled BOM has been seen. Warning, not error: \
            SelfHelpKit and the portal skip it. The fix removes every leading BOM.
            """,
        category: .encoding, defaultSeverity: .warning, isFixable: true,
        triggeringExamples: [
            Example("↓\u{FEFF}" + Example.articleText())
                .expecting("the file starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM"),
        ],
        nonTriggeringExamples: [
            Example.article(),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        context.parseDiagnostics(of: article)
    }
}

// MARK: - Messages

extension ByteOrderMarkRule {
    /// The finding's text for `count` leading marks.
    static func message(count: Int) -> String {
        let what = count == 1 ? "a UTF-8 byte-order mark" : "\(count) UTF-8 byte-order marks"
        return "the file starts with \(what); save it as UTF-8 without BOM"
    }

    /// The fix: every leading mark removed.
    static func fix(at start: SourceLocation) -> Fix {
        Fix(summary: "remove the byte-order mark", range: SourceRange(start: start, end: start), replacement: "", removesByteOrderMark: true)
    }
}
