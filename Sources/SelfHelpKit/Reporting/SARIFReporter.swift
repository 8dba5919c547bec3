/// SARIF 2.1.0 for code scanning: one run, the rules in `tool.driver.rules`, one result per
/// diagnostic with its location (URI relative to `baseDirectory` when it lies below it).
///
/// The run declares `columnKind: unicodeCodePoints`, so its columns are SelfHelpKit's own
/// (``SourceLocation``: Unicode scalars) and agree with the text, JSON and GitHub formats.
/// `source` is no longer needed for columns and is kept for compatibility.
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
        let results = diagnostics.map { d -> JSONOutput in
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
                ("columnKind", "unicodeCodePoints"),
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
