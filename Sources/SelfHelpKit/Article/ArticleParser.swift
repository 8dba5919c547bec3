/// Turns the bytes of an article file into an ``Article``.
///
/// Parsing never fails and never throws: a missing header, invalid UTF-8 or broken JSON become
/// diagnostics on the article. It does no I/O (see ``ArticleLoader`` for files) and does not
/// validate: rules run later, on the model.
public enum ArticleParser {
    /// Parses one article.
    ///
    /// - Parameters:
    ///   - bytes: the file's content, any encoding damage included.
    ///   - path: the path to report in diagnostics.
    public static func parse(_ bytes: some Collection<UInt8>, path: String) -> Article {
        parse(SourceText(decoding: bytes), path: path)
    }

    /// Parses an article from a string (convenient in tests and tools).
    public static func parse(_ text: String, path: String) -> Article {
        parse(SourceText(text), path: path)
    }

    /// Parses already decoded source text.
    public static func parse(_ source: SourceText, path: String) -> Article {
        var diagnostics = encodingDiagnostics(source, path: path)
        let scan = HeaderScanner.scan(source, file: path)
        diagnostics += scan.diagnostics
        let body = scan.bodyStart..<source.bytes.count

        var payload: Payload?
        if let located = PayloadLocator.locate(in: source, body: body) {
            let parsed = makePayload(source, located)
            if let error = parsed.error {
                diagnostics.append(Diagnostic(rule: .payloadJSONInvalid, severity: .error,
                                              message: "the JSON payload is invalid: \(error.message)", file: path,
                                              range: SourceRange(start: error.location, end: error.location)))
            }
            payload = parsed
        }
        let markdown = MarkdownParser.parse(source, range: body, blanked: payload.map { [$0.range.offsets] } ?? [])
        let structure = BodyReader.read(markdown, source: source)
        let templates = TemplateCommentScanner.scan(source, body: body, skipping: payload?.range.offsets)

        diagnostics.sort { $0.range.start < $1.range.start }
        return Article(path: path, source: source, header: scan.header, metadata: ArticleMetadata(header: scan.header),
                       bodyStart: scan.bodyStart, markdown: markdown, title: structure.title, sections: structure.sections,
                       links: structure.links, placeholders: templates.placeholders, regions: templates.regions,
                       payload: payload, diagnostics: diagnostics)
    }

    static func encodingDiagnostics(_ source: SourceText, path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let start = source.location(ofOffset: 0)
        if source.byteOrderMarks > 0 {
            let what = source.byteOrderMarks == 1 ? "a UTF-8 byte-order mark" : "\(source.byteOrderMarks) UTF-8 byte-order marks"
            diagnostics.append(Diagnostic(rule: .encodingBOM, severity: .warning, message: "the file starts with \(what); save it as UTF-8 without BOM",
                                          file: path, range: SourceRange(start: start, end: start),
                                          fix: Fix(summary: "remove the byte-order mark", range: SourceRange(start: start, end: start),
                                                   replacement: "", removesByteOrderMark: true)))
        }
        var lastLine = 0
        for offset in source.invalidUTF8Offsets {
            let location = source.location(ofOffset: offset)
            guard location.line != lastLine else { continue } // one report a line
            lastLine = location.line
            diagnostics.append(Diagnostic(rule: .encodingInvalidUTF8, severity: .error,
                                          message: "invalid UTF-8 (replaced by U+FFFD); save the file as UTF-8",
                                          file: path, range: SourceRange(start: location, end: source.location(ofOffset: offset + 3))))
        }
        return diagnostics
    }

    static func makePayload(_ source: SourceText, _ located: (fence: Range<Int>, json: Range<Int>, closed: Bool)) -> Payload {
        Payload(source: source, fence: located.fence, json: located.json, isClosed: located.closed,
                error: JSONParser.validate(source, range: located.json))
    }
}
