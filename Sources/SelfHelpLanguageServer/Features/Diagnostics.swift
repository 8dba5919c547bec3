import SelfHelpKit

extension LanguageServer {
    /// The findings of the article at `path`, from its workspace or on its own.
    func findings(_ path: String) -> [Diagnostic] {
        if let workspace = workspace(for: path) { return workspace.findings(in: path) }
        guard let article = looseArticles[path] else { return [] }
        return Validator().validate(article)
    }

    /// The article last parsed for `path`.
    func article(_ path: String) -> Article? {
        workspace(for: path)?.article(at: path) ?? looseArticles[path]
    }

    /// Notes that these articles' findings may have changed: open ones are sent when the input
    /// queue is drained (a burst of edits is validated once per message, published once).
    func schedule(_ paths: Set<String>) {
        for path in paths where documents[path] != nil { pendingPublish.insert(path) }
    }

    func flushDiagnostics() {
        guard !pendingPublish.isEmpty else { return }
        let paths = pendingPublish
        pendingPublish = []
        if clientPullsDiagnostics {
            // The client asks again for the documents it shows.
            if clientRefreshesDiagnostics { sendRequest("workspace/diagnostic/refresh", params: .null) }
            return
        }
        for path in paths.sorted() {
            guard let document = documents[path] else { continue }
            let current = findings(path)
            if published[path] == current { continue }
            published[path] = current
            writer.send(publishDiagnostics(uri: document.uri, version: document.version, diagnostics: lspDiagnostics(current, in: document)))
        }
    }

    func publishDiagnostics(uri: String, version: Int?, diagnostics: [JSONOutput]) -> JSONOutput {
        var params: [(String, JSONOutput)] = [("uri", .string(uri)), ("diagnostics", .array(diagnostics))]
        if let version { params.append(("version", .int(version))) }
        return .object([("jsonrpc", "2.0"), ("method", "textDocument/publishDiagnostics"), ("params", .object(params))])
    }

    /// `textDocument/diagnostic` (pull): a full report of the document's findings.
    func pullDiagnostics(_ params: JSONValue) throws -> JSONOutput {
        guard let uri = params[path: "textDocument", "uri"]?.stringValue, let path = DocumentURI.path(uri) else {
            throw JSONRPCFailure.missing("textDocument.uri")
        }
        let items: [JSONOutput]
        if let document = documents[path] {
            items = lspDiagnostics(findings(path), in: document)
        } else if let bytes = try? ArticleLoader.readBytes(path) {
            items = lspDiagnostics(findings(path), in: TextDocument(uri: uri, path: path, version: 0, text: String(decoding: bytes, as: UTF8.self)))
        } else {
            items = []
        }
        return .object([("kind", "full"), ("items", .array(items))])
    }

    /// LSP `Diagnostic`s: `code` the rule id, `codeDescription.href` its doc, `source` selfhelp,
    /// `relatedInformation` the other articles of a cross-article finding.
    func lspDiagnostics(_ diagnostics: [Diagnostic], in document: TextDocument) -> [JSONOutput] {
        guard let article = article(document.path) else { return [] }
        return diagnostics.map { diagnostic in
            var members: [(String, JSONOutput)] = [
                // A finding about the byte-order mark covers the mark, which the article's offsets skip.
                ("range", diagnostic.fix?.removesByteOrderMark == true
                    ? rangeJSON(rawOffsets: 0..<(3 * article.source.byteOrderMarks), in: document)
                    : range(diagnostic.range, of: article, in: document)),
                ("severity", .int(Self.severity(diagnostic.severity))),
                ("code", .string(diagnostic.rule.rawValue)),
                ("codeDescription", .object([("href", .string(Self.ruleLink(diagnostic.rule)))])),
                ("source", "selfhelp"),
                ("message", .string(diagnostic.message)),
            ]
            let related = relatedInformation(diagnostic)
            if !related.isEmpty { members.append(("relatedInformation", .array(related))) }
            return .object(members)
        }
    }

    /// The other articles named in a finding's notes (`other article: PATH`), at their header.
    private func relatedInformation(_ diagnostic: Diagnostic) -> [JSONOutput] {
        diagnostic.notes.compactMap { note in
            guard note.hasPrefix("other article: ") else { return nil }
            let other = String(note.dropFirst("other article: ".count))
            let line = max(0, (self.article(other)?.attribute(.articleId)?.range.start.line ?? 1) - 1)
            let position = JSONOutput.object([("line", .int(line)), ("character", 0)])
            return .object([
                ("location", .object([("uri", .string(documents[other]?.uri ?? DocumentURI.uri(other))),
                                      ("range", .object([("start", position), ("end", position)]))])),
                ("message", .string("the other article")),
            ])
        }
    }

    /// An LSP `Range` for a range of the article's decoded text (a byte-order mark is not in
    /// the article's offsets but is in the buffer).
    func range(_ range: SourceRange, of article: Article, in document: TextDocument) -> JSONOutput {
        rangeJSON(rawOffsets: rawOffset(range.start.offset, of: article)..<rawOffset(range.end.offset, of: article), in: document)
    }

    func rawOffset(_ decoded: Int, of article: Article) -> Int {
        decoded + 3 * article.source.byteOrderMarks
    }

    func rangeJSON(rawOffsets: Range<Int>, in document: TextDocument) -> JSONOutput {
        func position(_ offset: Int) -> JSONOutput {
            let p = document.position(ofOffset: offset, encoding: encoding)
            return .object([("line", .int(p.line)), ("character", .int(p.character))])
        }
        return .object([("start", position(rawOffsets.lowerBound)), ("end", position(max(rawOffsets.lowerBound, rawOffsets.upperBound)))])
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .info: return 3
        }
    }

    /// The rule's section of Docs/rules.md.
    static func ruleLink(_ rule: RuleID) -> String {
        "\(SARIFReporter.helpBase)#\(rule.rawValue)"
    }
}
