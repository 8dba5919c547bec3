/// SARIF 2.1.0 for code scanning: one run, the rules in `tool.driver.rules`, one result per
/// diagnostic with its location (URI relative to `baseDirectory` when it lies below it).
///
/// SARIF columns count UTF-16 code units while SelfHelpKit's count bytes: given the articles'
/// text (`source`), columns are converted; without it they are written as bytes (the same for
/// ASCII lines).
public enum SARIFReporter {
    /// The base of the help URIs: `<base>#<rule-id>`.
    public static let helpBase = "https://github.com/selfhelpkit/selfhelpkit/blob/main/Docs/rules.md"

    public static func render(_ diagnostics: [Diagnostic], rules: [RuleDescription] = RuleRegistry.descriptions,
                              version: String = SelfHelpVersion.current, baseDirectory: String? = nil,
                              source: (String) -> SourceText? = { _ in nil }) -> String {
        String(decoding: renderBytes(diagnostics, rules: rules, version: version, baseDirectory: baseDirectory, source: source), as: UTF8.self)
    }

    /// ``render(_:rules:version:baseDirectory:source:)`` as UTF-8 bytes, without the copy into a `String`.
    public static func renderBytes(_ diagnostics: [Diagnostic], rules: [RuleDescription] = RuleRegistry.descriptions,
                                   version: String = SelfHelpVersion.current, baseDirectory: String? = nil,
                                   source: (String) -> SourceText? = { _ in nil }) -> [UInt8] {
        var index: [RuleID: Int] = [:]
        for (i, rule) in rules.enumerated() where index[rule.id] == nil { index[rule.id] = i }
        let driver = JSONOutput.object([
            ("name", "selfhelp"),
            ("version", .string(version)),
            ("informationUri", "https://github.com/selfhelpkit/selfhelpkit"),
            ("rules", .array(rules.map(rule))),
        ])
        // One artifact location per file, however many diagnostics it has.
        var artifacts: [String: JSONOutput] = [:]
        func artifact(_ file: String) -> JSONOutput {
            if let known = artifacts[file] { return known }
            let location = artifactLocation(file, baseDirectory)
            artifacts[file] = location
            return location
        }
        let results = diagnostics.map { original -> JSONOutput in
            var d = original
            if let text = source(d.file) {
                d.range.start.column = utf16Column(text, d.range.start)
                d.range.end.column = utf16Column(text, d.range.end)
                if var fix = d.fix {
                    fix.range.start.column = utf16Column(text, fix.range.start)
                    fix.range.end.column = utf16Column(text, fix.range.end)
                    d.fix = fix
                }
            }
            var members: [(String, JSONOutput)] = [("ruleId", .string(d.rule.rawValue))]
            if let i = index[d.rule] { members.append(("ruleIndex", .int(i))) }
            members += [
                ("level", .string(level(d.severity))),
                ("message", .object([("text", .string(d.message))])),
                ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", artifact(d.file)), ("region", region(d.range, end: false))]))])])),
            ]
            if let fix = d.fix, !fix.removesByteOrderMark {
                members.append(("fixes", .array([.object([
                    ("description", .object([("text", .string(fix.summary))])),
                    ("artifactChanges", .array([.object([
                        ("artifactLocation", artifact(d.file)),
                        ("replacements", .array([.object([
                            ("deletedRegion", region(fix.range, end: true)),
                            ("insertedContent", .object([("text", .string(fix.replacement))])),
                        ])])),
                    ])])),
                ])])))
            }
            return .object(members)
        }
        let sarif = JSONOutput.object([
            ("$schema", "https://json.schemastore.org/sarif-2.1.0.json"),
            ("version", "2.1.0"),
            ("runs", .array([.object([
                ("tool", .object([("driver", driver)])),
                ("columnKind", "utf16CodeUnits"),
                ("results", .array(results)),
            ])])),
        ])
        var out: [UInt8] = []
        out.reserveCapacity(4_096 + diagnostics.count * 1_400)
        sarif.write(to: &out, pretty: true)
        out.append(0x0A)
        return out
    }

    static func rule(_ r: RuleDescription) -> JSONOutput {
        .object([
            ("id", .string(r.id.rawValue)),
            ("name", .string(r.name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined())),
            ("shortDescription", .object([("text", .string(r.summary))])),
            ("fullDescription", .object([("text", .string(r.rationale))])),
            ("helpUri", .string("\(helpBase)#\(r.id.rawValue)")),
            ("defaultConfiguration", .object([("level", .string(level(r.defaultSeverity)))])),
            ("properties", .object([("category", .string(r.category.rawValue)), ("fixable", .bool(r.isFixable))])),
        ])
    }

    /// The UTF-16 column of a byte location.
    static func utf16Column(_ text: SourceText, _ location: SourceLocation) -> Int {
        guard location.line >= 1, location.line <= text.lineStarts.count else { return location.column }
        let start = text.lineStarts[location.line - 1]
        let end = min(text.bytes.count, start + max(0, location.column - 1))
        guard start <= end else { return location.column }
        let prefix = text.bytes[start..<end]
        // ASCII (most lines): one byte, one UTF-16 unit.
        if !prefix.contains(where: { $0 >= 0x80 }) { return end - start + 1 }
        return String(decoding: prefix, as: UTF8.self).utf16.count + 1
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    static func artifactLocation(_ file: String, _ base: String?) -> JSONOutput {
        var uri = file
        if let base, !base.isEmpty {
            let prefix = base.hasSuffix("/") ? base : base + "/"
            if uri.hasPrefix(prefix) { uri = String(uri.dropFirst(prefix.count)) }
        }
        if uri.hasPrefix("./") { uri = String(uri.dropFirst(2)) }
        return .object([("uri", .string(percentEncoded(uri)))])
    }

    static func region(_ range: SourceRange, end: Bool) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("startLine", .int(range.start.line)), ("startColumn", .int(range.start.column))]
        if end { members += [("endLine", .int(range.end.line)), ("endColumn", .int(range.end.column))] }
        return .object(members)
    }

    /// A path as a URI reference: spaces and other characters outside RFC 3986 percent-encoded.
    static func percentEncoded(_ path: String) -> String {
        UTF8Text.percentEncoded(path.utf8, keeping: isUnreservedOrAllowed)
    }

    /// ASCII letters and digits and `-._~/!$&'()*+,;=:@`.
    private static func isUnreservedOrAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return "-._~/!$&'()*+,;=:@".utf8.contains(byte)
        }
    }
}
