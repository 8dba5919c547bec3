extension ArticleFacts {
    /// The facts as bytes, for a build's records (read back with ``init(bytes:)``).
    public func bytes() -> [UInt8] {
        var out = ByteWriter()
        write(to: &out)
        return out.bytes
    }

    /// Facts read back from ``bytes()``; nil when the bytes do not hold facts.
    public init?(bytes: [UInt8]) {
        var input = ByteReader(bytes)
        guard let facts = ArticleFacts(&input), input.isAtEnd else { return nil }
        self = facts
    }

    package func write(to out: inout ByteWriter) {
        write(to: &out, findings: FindingRecords(findings))
    }

    /// Writes the facts with `records` as their findings (the facts' own ``findings`` are not written).
    package func write(to out: inout ByteWriter, findings records: FindingRecords) {
        out.string(path)
        out.string(contentHash)
        for value in [articleId, title, pageTitle, description, serviceName, resource, typeName] { out.optionalString(value) }
        out.bool(articleIdRange != nil)
        if let articleIdRange { DiagnosticRecord.write(articleIdRange, to: &out) }
        out.strings(cloudNames)
        out.strings(supportTopicIds)
        out.int(supportTopicEntries.count)
        for entry in supportTopicEntries {
            out.string(entry.id)
            DiagnosticRecord.write(entry.range, to: &out)
        }
        out.strings(productPesIds)
        out.strings(anchors)
        out.int(links.count)
        for link in links { link.write(to: &out) }
        out.int(records.count)
        out.append(records.bytes)
        out.int(suppressions.spans.count)
        for span in suppressions.spans {
            out.bool(span.rules != nil)
            if let rules = span.rules { out.strings(rules.map(\.rawValue).sorted()) }
            out.int(span.lines.lowerBound)
            out.int(span.lines.upperBound)
        }
    }

    package init?(_ input: inout ByteReader) {
        guard let (facts, records) = Self.read(&input), let findings = records.findings(in: facts.path) else { return nil }
        self = facts
        self.findings = findings
    }

    /// Facts read with their findings left as records (the facts' own ``findings`` are empty);
    /// nil when the bytes do not hold facts.
    package static func read(_ input: inout ByteReader) -> (facts: ArticleFacts, findings: FindingRecords)? {
        guard let path = input.string(), let hash = input.string() else { return nil }
        var optionals: [String?] = []
        for _ in 0..<7 {
            guard let value = input.optionalString() else { return nil }
            optionals.append(value)
        }
        guard let hasRange = input.bool() else { return nil }
        var idRange: SourceRange?
        if hasRange {
            guard let range = DiagnosticRecord.range(&input) else { return nil }
            idRange = range
        }
        guard let clouds = input.strings(), let topics = input.strings(), let entryCount = input.count() else { return nil }
        var entries: [IdEntry] = []
        for _ in 0..<entryCount {
            guard let id = input.string(), let range = DiagnosticRecord.range(&input) else { return nil }
            entries.append(IdEntry(id: id, range: range))
        }
        guard let products = input.strings(), let anchors = input.strings(), let linkCount = input.count() else { return nil }
        var links: [LinkFact] = []
        for _ in 0..<linkCount {
            guard let link = LinkFact(&input) else { return nil }
            links.append(link)
        }
        guard let findingCount = input.count(), let findings = FindingRecords(&input, count: findingCount) else { return nil }
        guard let spanCount = input.count() else { return nil }
        var spans: [Suppressions.Span] = []
        for _ in 0..<spanCount {
            guard let hasRules = input.bool() else { return nil }
            var rules: Set<RuleID>?
            if hasRules {
                guard let names = input.strings() else { return nil }
                rules = Set(names.map(RuleID.init(_:)))
            }
            guard let low = input.int(), let high = input.int(), low <= high else { return nil }
            spans.append(Suppressions.Span(rules: rules, lines: low...high))
        }
        let facts = ArticleFacts(path: path, contentHash: hash, articleId: optionals[0], articleIdRange: idRange,
                                 title: optionals[1], pageTitle: optionals[2], description: optionals[3],
                                 serviceName: optionals[4], resource: optionals[5], typeName: optionals[6],
                                 cloudNames: clouds, supportTopicIds: topics, supportTopicEntries: entries, productPesIds: products, anchors: anchors,
                                 links: links, suppressions: Suppressions(spans: spans))
        return (facts, findings)
    }
}

extension ArticleFacts.LinkFact {
    func write(to out: inout ByteWriter) {
        out.string(destination)
        switch target {
        case .anchor(let fragment):
            out.int(0)
            out.string(fragment)
        case .relative(let path, let fragment):
            out.int(1)
            out.string(path)
            out.optionalString(fragment)
        case .backslashed(let path):
            out.int(2)
            out.string(path)
        }
        out.bool(isImage)
        DiagnosticRecord.write(location, to: &out)
    }

    init?(_ input: inout ByteReader) {
        guard let destination = input.string(), let kind = input.int() else { return nil }
        let target: Target
        switch kind {
        case 0:
            guard let fragment = input.string() else { return nil }
            target = .anchor(fragment)
        case 1:
            guard let path = input.string(), let fragment = input.optionalString() else { return nil }
            target = .relative(path: path, fragment: fragment)
        case 2:
            guard let path = input.string() else { return nil }
            target = .backslashed(path)
        default:
            return nil
        }
        guard let isImage = input.bool(), let location = DiagnosticRecord.location(&input) else { return nil }
        self.init(destination: destination, target: target, isImage: isImage, location: location)
    }
}
