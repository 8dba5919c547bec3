/// `id-list-empty-entry`: an empty entry in a list value (`a,,b`, a trailing comma).
struct IdListEmptyEntryRule: Rule {
    static let description = RuleDescription(
        id: .idListEmptyEntry,
        name: "Empty list entry",
        summary: "`supportTopicIds`, `productPesIds`, `cloudEnvironments`, `disableClouds` or `resourceTags` has an empty entry: two separators in a row (`32691114,,32691102`), or one at the start or end.",
        rationale: """
            SelfHelpKit skips empty entries, but the portal's importer splits on every comma: an empty id \
            is sent to the catalog, which rejects the list, and content reviewers fixed such lists by hand. \
            Warning: fixable; the fix removes the extra separator and the spaces around it.
            """,
        category: .metadata, defaultSeverity: .warning, isFixable: true,
        triggeringExamples: [
            Example.article([#"supportTopicIds="32691114,↓,32691102""#])
                .expecting("`supportTopicIds` has an empty entry here; remove the extra separator"),
            Example.article([#"productPesIds="16501, 16502↓, ""#]),
            Example.article([#"cloudEnvironments="↓;public""#]),
        ],
        nonTriggeringExamples: [
            Example.article([#"supportTopicIds="32691114, 32691102""#]),
            Example.article([#"supportTopicIds="""#, #"productPesIds="16501""#]),
        ])

    static let keys: [HeaderKey] = [.supportTopicIds, .productPesIds, .cloudEnvironments, .disableClouds, .resourceTags]

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for key in Self.keys {
            guard let attribute = article.attribute(key) else { continue }
            let base = attribute.valueRange.start.offset
            for removal in Self.emptyEntries(Array(attribute.rawValue.utf8)) {
                let range = (base + removal.removed.lowerBound)..<(base + removal.removed.upperBound)
                let fix = Fix(summary: "remove the empty entry", range: context.source.range(range), replacement: "")
                diagnostics.append(context.diagnostic(offsets: (base + removal.separator)..<(base + removal.separator + 1),
                                                      "`\(attribute.rawKey)` has an empty entry here; remove the extra separator", fix: fix))
            }
        }
        return diagnostics
    }

    /// For each empty entry of a list value: the separator to report, and the bytes whose removal
    /// drops the entry (the separator and the blanks between it and its neighbour).
    /// A value that is blank as a whole has no entries, so none is empty.
    static func emptyEntries(_ bytes: [UInt8]) -> [(separator: Int, removed: Range<Int>)] {
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        func isSeparator(_ b: UInt8) -> Bool { b == UInt8(ascii: ",") || b == UInt8(ascii: ";") }
        let separators = bytes.indices.filter { isSeparator(bytes[$0]) }
        guard !separators.isEmpty, bytes.contains(where: { !isBlank($0) && !isSeparator($0) }) else { return [] }
        var found: [(Int, Range<Int>)] = []
        var previous: Int? = nil
        for separator in separators {
            let entryStart = previous.map { $0 + 1 } ?? 0
            if bytes[entryStart..<separator].allSatisfy(isBlank) {
                // Between two separators: drop this one and the blanks before it. At the start: drop
                // it and the blanks after it.
                if previous != nil {
                    found.append((separator, entryStart..<(separator + 1)))
                } else {
                    var end = separator + 1
                    while end < bytes.count, isBlank(bytes[end]) { end += 1 }
                    found.append((separator, 0..<end))
                }
            }
            previous = separator
        }
        if let last = separators.last, bytes[(last + 1)...].allSatisfy(isBlank), found.last?.0 != last {
            var start = last
            while start > 0, isBlank(bytes[start - 1]) { start -= 1 }
            found.append((last, start..<bytes.count))
        }
        return found
    }
}
