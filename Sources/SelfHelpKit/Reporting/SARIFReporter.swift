/// SARIF 2.1.0 for code scanning: one run, the rules in `tool.driver.rules`, one result per
/// diagnostic with its location (URI relative to `baseDirectory` when it lies below it).
///
/// The run declares `columnKind: unicodeCodePoints`, so its columns are SelfHelpKit's own
/// (``SourceLocation``: Unicode scalars) and agree with the text, JSON and GitHub formats.
/// `source` is no longer needed for columns and is kept for compatibility.
public enum SARIFReporter {
    /// The base of the help URIs: `<base>#<rule-id>`.
    public static let helpBase = "https://github.com/selfhelpkit/selfhelpkit/blob/main/Docs/rules.md"

    /// The SARIF 2.1.0 log of `diagnostics` as text, every rule of `rules` described in the tool's driver.
    public static func render(_ diagnostics: [Diagnostic], rules: [RuleDescription] = RuleRegistry.descriptions,
                              version: String = SelfHelpVersion.current, baseDirectory: String? = nil,
                              source: (String) -> SourceText? = { _ in nil }) -> String {
        String(decoding: renderBytes(diagnostics, rules: rules, version: version, baseDirectory: baseDirectory, source: source), as: UTF8.self)
    }

    /// ``render(_:rules:version:baseDirectory:source:)`` as UTF-8 bytes, without the copy into a `String`.
    public static func renderBytes(_ diagnostics: [Diagnostic], rules: [RuleDescription] = RuleRegistry.descriptions,
                                   version: String = SelfHelpVersion.current, baseDirectory: String? = nil,
                                   source: (String) -> SourceText? = { _ in nil }) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4_096 + diagnostics.count * 1_400)
        write(diagnostics, rules: rules, version: version, baseDirectory: baseDirectory) { out += $0 }
        return out
    }

    /// The same bytes as ``renderBytes(_:rules:version:baseDirectory:source:)``, handed to `emit`
    /// a piece at a time (about a megabyte), so a log of any size is written without being held:
    /// each result is made and serialized on its own. `diagnostics` are read once, in order.
    public static func write(_ diagnostics: some Sequence<Diagnostic>, rules: [RuleDescription] = RuleRegistry.descriptions,
                             version: String = SelfHelpVersion.current, baseDirectory: String? = nil,
                             to emit: ([UInt8]) throws -> Void) rethrows {
        var remaining = diagnostics.makeIterator()
        let first = remaining.next()
        var index: [RuleID: Int] = [:]
        for (i, rule) in rules.enumerated() where index[rule.id] == nil { index[rule.id] = i }
        // The document around the results, with one placeholder result whose place the results take.
        let placeholder = "selfhelp-sarif-results-\u{1}"
        let skeleton = JSONOutput.object([
            ("$schema", "https://json.schemastore.org/sarif-2.1.0.json"),
            ("version", "2.1.0"),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", "selfhelp"),
                    ("version", .string(version)),
                    ("informationUri", "https://github.com/selfhelpkit/selfhelpkit"),
                    ("rules", .array(rules.map(rule))),
                ]))])),
                ("columnKind", "unicodeCodePoints"),
                ("results", .array(first == nil ? [] : [.string(placeholder)])),
            ])])),
        ])
        var document: [UInt8] = []
        skeleton.write(to: &document, pretty: true)
        document.append(0x0A)
        var marker: [UInt8] = []
        JSONOutput.writeString(placeholder, into: &marker)
        guard first != nil, let at = document.firstRange(of: marker) else { return try emit(document) }
        // The results array's items sit four levels deep: `runs` → run → `results` → item.
        let resultLevel = 4, separator = Array(",\n".utf8) + Array(repeating: UInt8(ascii: " "), count: 2 * resultLevel)
        var out = Array(document[..<at.lowerBound])
        // The last file's location: the findings come a file at a time, and a build's can name
        // tens of thousands of files (a location kept for each would be megabytes).
        var artifact: (file: String, location: JSONOutput)?
        var next = first, isFirst = true
        while let d = next {
            if !isFirst { out += separator }
            isFirst = false
            result(d, ruleIndex: index[d.rule], artifact: { file in
                if let artifact, artifact.file == file { return artifact.location }
                let location = artifactLocation(file, baseDirectory)
                artifact = (file, location)
                return location
            }).write(into: &out, indent: 2, level: resultLevel)
            try ReportPieces.handOut(&out, ifOver: 1 << 20, to: emit)
            next = remaining.next()
        }
        out += document[at.upperBound...]
        try emit(out)
    }

    /// One result of the log.
    static func result(_ d: Diagnostic, ruleIndex: Int?, artifact: (String) -> JSONOutput) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("ruleId", .string(d.rule.rawValue))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
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
