import SelfHelpKit

extension LanguageServer {
    /// `textDocument/codeAction`: for each finding on the requested lines, its fix (the edit
    /// `selfhelp fix` makes) and "Disable RULE for this line" (a `selfhelp-disable-line` comment
    /// at the end of the line; not offered inside the header, where a comment would break it).
    func codeActions(_ params: JSONValue) throws -> JSONOutput {
        guard let uri = params[path: "textDocument", "uri"]?.stringValue, let path = DocumentURI.path(uri),
              let document = documents[path], let article = article(path) else { return .array([]) }
        guard let first = params[path: "range", "start", "line"]?.intValue, let last = params[path: "range", "end", "line"]?.intValue else {
            throw JSONRPCFailure.missing("range")
        }
        let lines = min(first, last)...max(first, last)
        let headerEnd = article.header.map { rawOffset($0.range.end.offset, of: article) } ?? 0
        var actions: [JSONOutput] = []
        var disabled: Set<String> = []
        for finding in findings(path) {
            let start = rawOffset(finding.range.start.offset, of: article)
            let line = document.position(ofOffset: start, encoding: encoding).line
            guard lines.contains(line) else { continue }
            let lsp = lspDiagnostics([finding], in: document)
            if let fix = finding.fix {
                let offsets = fix.removesByteOrderMark
                    ? 0..<min(3, document.bytes.count)
                    : rawOffset(fix.range.start.offset, of: article)..<rawOffset(fix.range.end.offset, of: article)
                actions.append(action(title: fix.summary, diagnostics: lsp, preferred: true,
                                      edit: textEdit(offsets, fix.removesByteOrderMark ? "" : fix.replacement, in: document), uri: document.uri))
            }
            let key = "\(finding.rule.rawValue)@\(line)"
            if start >= headerEnd, disabled.insert(key).inserted {
                let end = document.lineEnd(line)
                actions.append(action(title: "Disable \(finding.rule.rawValue) for this line", diagnostics: lsp, preferred: false,
                                      edit: textEdit(end..<end, " <!-- selfhelp-disable-line \(finding.rule.rawValue) -->", in: document),
                                      uri: document.uri))
            }
        }
        return .array(actions)
    }

    private func textEdit(_ offsets: Range<Int>, _ text: String, in document: TextDocument) -> JSONOutput {
        .object([("range", rangeJSON(rawOffsets: offsets, in: document)), ("newText", .string(text))])
    }

    private func action(title: String, diagnostics: [JSONOutput], preferred: Bool, edit: JSONOutput, uri: String) -> JSONOutput {
        .object([
            ("title", .string(title)),
            ("kind", "quickfix"),
            ("diagnostics", .array(diagnostics)),
            ("isPreferred", .bool(preferred)),
            ("edit", .object([("changes", .object([(uri, .array([edit]))]))])),
        ])
    }
}
