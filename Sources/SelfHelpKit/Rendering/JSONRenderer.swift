/// Renders an ``Article`` as one JSON document for other programs: a search index, a chatbot's
/// retrieval store, a portal. The shape is versioned (``schemaVersion``) and described by
/// `Docs/schemas/article.schema.json`; Docs/rendering.md explains each member.
///
/// It holds the canonical metadata (as `selfhelp parse` writes it), the title, the sections
/// (each part of the body between top-level headings, with its heading path, anchor id, HTML and
/// text), links, placeholders, regions, the payload, a SHA-256 content hash, the whole plain text,
/// and **chunks**: the sections' text cut into pieces of at most ``chunkSize`` characters, each
/// with a stable id (`<articleId or path>#<index>`), heading path, article id and clouds.
/// Output is deterministic: the same bytes give the same JSON.
public struct JSONRenderer: Sendable {
    /// The version of the JSON shape; bumped on any incompatible change.
    public static let schemaVersion = 1

    /// Placeholder values, link resolution and id prefix, for the sections' HTML and text.
    public var options: RenderOptions
    /// The most characters in one chunk.
    public var chunkSize: Int
    /// Wrap width for the plain text (nil: no wrapping).
    public var width: Int?

    /// A renderer; `chunkSize` below 1 is raised to 1.
    public init(options: RenderOptions = RenderOptions(), chunkSize: Int = TextChunker.defaultMaximum, width: Int? = nil) {
        self.options = options
        self.chunkSize = max(chunkSize, 1)
        self.width = width
    }

    /// The JSON value.
    ///
    /// - Parameters:
    ///   - article: the parsed article.
    ///   - fileBytes: the file's bytes as read, for `contentHash`; when nil, the hash covers the
    ///     decoded text (``SourceText/bytes``: byte-order marks removed, invalid UTF-8 replaced).
    ///   - fileHash: the SHA-256 of `fileBytes` in lower-case hex, when the caller has computed it
    ///     already (a build hashes every file for its cache): saves hashing the file again.
    public func encode(_ article: Article, fileBytes: [UInt8]? = nil, fileHash: String? = nil) -> JSONOutput {
        let html = HTMLRenderer(options: options)
        let text = PlainTextRenderer(options: options, width: width)
        let slugs = HeadingSlugs.compute(article.markdown, prefix: options.idPrefix)
        let sections = ArticleSections(article.markdown).parts
        let identity = article.metadata.articleId ?? article.path
        let clouds = JSONOutput.strings(article.metadata.effectiveClouds.map(\.name))

        var sectionValues: [JSONOutput] = []
        var chunkValues: [JSONOutput] = []
        // The whole text is the sections' texts, a blank line apart: the parts partition the body,
        // so this is what rendering the whole article again would give.
        var wholeText = ""
        for (index, part) in sections.enumerated() {
            var sectionHTML = html.renderFragment(article.markdown, part.nodes, slugs: slugs)
            var sectionText = text.renderFragment(article.markdown, part.nodes)
            if index == sections.count - 1, let payload = article.payload {
                var writer = HTMLWriter()
                PayloadHTML.render(payload, options: options, title: article.title, into: &writer)
                sectionHTML += String(decoding: writer.bytes, as: UTF8.self)
                sectionText += (sectionText.isEmpty ? "" : "\n") + PayloadText.lines(payload, title: article.title).joined(separator: "\n") + "\n"
            }
            wholeText += (wholeText.isEmpty ? "" : "\n") + sectionText
            sectionValues.append(.object([
                ("index", .int(index)),
                ("heading", .optional(part.heading)),
                ("level", .int(part.level)),
                ("id", .optional(part.headingNode.flatMap { slugs[$0] })),
                ("headingPath", .strings(part.headingPath)),
                ("html", .string(sectionHTML)),
                ("text", .string(sectionText)),
            ]))
            for piece in TextChunker.chunks(sectionText, maximum: chunkSize) {
                let n = chunkValues.count
                chunkValues.append(.object([
                    ("id", .string("\(identity)#\(n)")),
                    ("index", .int(n)),
                    ("section", .int(index)),
                    ("headingPath", .strings(part.headingPath)),
                    ("articleId", .optional(article.metadata.articleId)),
                    ("path", .string(article.path)),
                    ("clouds", clouds),
                    ("characters", .int(TextChunker.characterCount(piece))),
                    ("text", .string(piece)),
                ]))
            }
        }
        if sections.isEmpty, let payload = article.payload {
            // A body with nothing but a payload (no heading): one section for it.
            var writer = HTMLWriter()
            PayloadHTML.render(payload, options: options, title: article.title, into: &writer)
            let payloadText = PayloadText.lines(payload, title: article.title).joined(separator: "\n") + "\n"
            wholeText = payloadText
            sectionValues.append(.object([("index", 0), ("heading", .null), ("level", 0), ("id", .null), ("headingPath", .array([])),
                                          ("html", .string(String(decoding: writer.bytes, as: UTF8.self))), ("text", .string(payloadText))]))
            for piece in TextChunker.chunks(payloadText, maximum: chunkSize) {
                let n = chunkValues.count
                chunkValues.append(.object([("id", .string("\(identity)#\(n)")), ("index", .int(n)), ("section", 0), ("headingPath", .array([])),
                                            ("articleId", .optional(article.metadata.articleId)), ("path", .string(article.path)), ("clouds", clouds),
                                            ("characters", .int(TextChunker.characterCount(piece))), ("text", .string(piece))]))
            }
        }

        return .object([
            ("schemaVersion", .int(Self.schemaVersion)),
            ("path", .string(article.path)),
            ("articleId", .optional(article.metadata.articleId)),
            ("title", .optional(article.title)),
            ("metadata", ArticleJSON.metadata(article.metadata)),
            ("contentHash", .string("sha256:" + (fileHash ?? SHA256.hexDigest(fileBytes ?? article.source.bytes)))),
            ("sections", .array(sectionValues)),
            ("links", .array(article.links.map(ArticleJSON.link))),
            ("placeholders", .array(article.placeholders.map { p in
                .object([("name", .string(p.name)), ("default", .string(p.defaultValue)), ("closed", .bool(p.isClosed)),
                         ("value", .optional(HTMLSanitizer.Markers(variables: options.variables).value(for: p.name)))]
                        + JSONOutput.position(p.range.start))
            })),
            ("regions", .array(article.regions.map { r in
                .object([("name", .string(r.name)), ("closed", .bool(r.openRange != nil && r.closeRange != nil))]
                        + JSONOutput.position(r.openRange?.start ?? r.closeRange?.start ?? SourceLocation(line: 1, column: 1, offset: 0)))
            })),
            ("payload", ArticleJSON.payload(article.payload)),
            ("text", .string(wholeText)),
            ("chunkSize", .int(chunkSize)),
            ("chunks", .array(chunkValues)),
        ])
    }

    /// The JSON text, indented (`pretty`) or on one line, ending with a line break.
    public func render(_ article: Article, fileBytes: [UInt8]? = nil, pretty: Bool = true) -> String {
        let value = encode(article, fileBytes: fileBytes)
        return (pretty ? value.prettySerialized() : value.serialized()) + "\n"
    }
}
