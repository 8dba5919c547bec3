/// Turns the bytes of an article file into an ``Article``.
///
/// Parsing never fails and never throws: a missing header, invalid UTF-8 or broken JSON become
/// issues on the article (``Article/issues``; ``Article/diagnostics`` words them). It does no I/O (see ``ArticleLoader`` for files) and does not
/// validate: rules run later, on the model.
public enum ArticleParser {
    /// Parses one article.
    ///
    /// - Parameters:
    ///   - bytes: the file's content, any encoding damage included.
    ///   - path: the path to report in diagnostics.
    ///   - maximumSize: the largest article parsed, in bytes; a larger one gets one
    ///     `article-too-large` finding and nothing of it is parsed (memory for an article is
    ///     about 40 times its size: Docs/robustness.md).
    public static func parse(_ bytes: some Collection<UInt8>, path: String, maximumSize: Int = defaultMaximumSize) -> Article {
        let source = SourceText(decoding: bytes)
        guard source.bytes.count <= maximumSize else { return oversized(source, path: path, limit: maximumSize) }
        return parse(source, path: path)
    }

    /// The default of `maximumSize`, and of `maxArticleSize` in `.selfhelp.json`: 4 MiB, about
    /// 70 times the largest article of the public corpus (60 KB); parsing one takes about 160 MB.
    public static let defaultMaximumSize = 4 << 20

    /// Parses an article from a string (convenient in tests and tools).
    public static func parse(_ text: String, path: String) -> Article {
        parse(SourceText(text), path: path)
    }

    /// Parses already decoded source text.
    public static func parse(_ source: SourceText, path: String) -> Article {
        guard source.looksLikeText else { return binary(source, path: path) }
        var issues = encodingIssues(source)
        let scan = HeaderScanner.scan(source, file: path)
        issues += scan.issues
        let body = scan.bodyStart..<source.bytes.count

        var payload: Payload?
        if let located = PayloadLocator.locate(in: source, body: body) {
            let parsed = makePayload(source, located)
            if let error = parsed.error {
                issues.append(ParseIssue(.payloadJSONInvalid(reason: error.message), at: SourceRange(start: error.location, end: error.location)))
            }
            payload = parsed
        }
        let markdown = MarkdownParser.parse(source, range: body, blanked: payload.map { [$0.range.offsets] } ?? [])
        let structure = BodyReader.read(markdown, source: source)
        let templates = TemplateCommentScanner.scan(source, body: body, skipping: payload?.range.offsets)

        issues.sort { $0.range.start < $1.range.start }
        return Article(path: path, source: source, header: scan.header, metadata: ArticleMetadata(header: scan.header),
                       bodyStart: scan.bodyStart, markdown: markdown, title: structure.title, sections: structure.sections,
                       links: structure.links,
                       placeholders: templates.placeholders, regions: templates.regions, payload: payload, issues: issues)
    }

    /// A file that is not text: one `encoding-not-text` issue and nothing read from it.
    static func binary(_ source: SourceText, path: String) -> Article {
        unread(source, path: path, .notText)
    }

    /// A file larger than the limit: one `article-too-large` issue and nothing parsed.
    static func oversized(_ source: SourceText, path: String, limit: Int) -> Article {
        unread(source, path: path, .tooLarge(size: source.bytes.count, limit: limit))
    }

    /// An article with one issue and nothing parsed from it.
    private static func unread(_ source: SourceText, path: String, _ kind: ParseIssue.Kind) -> Article {
        let start = source.location(ofOffset: 0)
        return Article(path: path, source: source, header: nil, metadata: ArticleMetadata(header: nil), bodyStart: 0,
                       markdown: MarkdownParser.parse(source, range: 0..<0), title: nil, sections: [], links: [],
                       placeholders: [], regions: [], payload: nil, issues: [ParseIssue(kind, at: SourceRange(start: start, end: start))])
    }

    /// The byte-order marks and invalid UTF-8 the decoding found.
    static func encodingIssues(_ source: SourceText) -> [ParseIssue] {
        var issues: [ParseIssue] = []
        let start = source.location(ofOffset: 0)
        if source.byteOrderMarks > 0 {
            issues.append(ParseIssue(.byteOrderMarks(count: source.byteOrderMarks), at: SourceRange(start: start, end: start)))
        }
        return issues + invalidUTF8Issues(source)
    }

    /// How many lines with invalid UTF-8 are reported one by one before a summary finding.
    static let invalidUTF8LineLimit = 10

    /// One `encoding-invalid-utf8` issue per line with invalid bytes, at the first of them and
    /// naming it, for the first ``invalidUTF8LineLimit`` lines; then one issue for the rest.
    static func invalidUTF8Issues(_ source: SourceText) -> [ParseIssue] {
        var issues: [ParseIssue] = []
        var lastLine = 0
        var moreLines = 0, moreBytes = 0
        var summaryAt: SourceLocation?
        for (index, offset) in source.invalidUTF8Offsets.enumerated() {
            let location = source.location(ofOffset: offset)
            if issues.count == invalidUTF8LineLimit, summaryAt == nil, location.line != lastLine { summaryAt = location }
            if summaryAt != nil {
                if location.line != lastLine { moreLines += 1 }
                moreBytes += 1
                lastLine = location.line
                continue
            }
            guard location.line != lastLine else { continue } // one report a line
            lastLine = location.line
            let byte = index < source.invalidUTF8Bytes.count ? source.invalidUTF8Bytes[index] : 0
            issues.append(ParseIssue(.invalidUTF8(byte: byte), at: SourceRange(start: location, end: source.location(ofOffset: offset + 3))))
        }
        if let summaryAt {
            issues.append(ParseIssue(.moreInvalidUTF8(lines: moreLines, sequences: moreBytes), at: SourceRange(start: summaryAt, end: summaryAt)))
        }
        return issues
    }

    static func makePayload(_ source: SourceText, _ located: (fence: Range<Int>, json: Range<Int>, closed: Bool)) -> Payload {
        Payload(source: source, fence: located.fence, json: located.json, isClosed: located.closed,
                error: JSONParser.validate(source, range: located.json))
    }
}
