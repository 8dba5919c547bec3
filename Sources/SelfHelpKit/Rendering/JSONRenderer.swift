/// Renders an ``Article`` as one JSON document for other programs: a search index, a chatbot's
/// retrieval store, a portal. The shape is versioned (``schemaVersion``) and described by
/// `Docs/schemas/article.schema.json`; Docs/rendering.md explains each member.
///
/// It holds the canonical metadata (as `selfhelp parse` writes it), the title, the sections
/// (each part of the body between top-level headings, with its heading path, anchor id, HTML and
/// text), links, placeholders, regions, the payload, a SHA-256 content hash, the whole plain text,
/// and **chunks** for embedding: each section's text cut by ``TokenChunker`` as ``chunking``
/// says, each chunk with an id made from its own content (``ChunkID``), its source lines, token
/// count, heading path, article id and clouds. Output is deterministic: the same bytes give the
/// same JSON.
public struct JSONRenderer: Sendable {
    /// The version of the JSON shape; bumped on any incompatible change (2: token-sized chunks
    /// with content ids, lines and overlap; `chunking` instead of `chunkSize`).
    public static let schemaVersion = 2

    /// Placeholder values, link resolution and id prefix, for the sections' HTML and text.
    public var options: RenderOptions
    /// How chunks are sized, counted and overlapped.
    public var chunking: ChunkingOptions
    /// Wrap width for the plain text (nil: no wrapping).
    public var width: Int?

    /// A renderer.
    public init(options: RenderOptions = RenderOptions(), chunking: ChunkingOptions = ChunkingOptions(), width: Int? = nil) {
        self.options = options
        self.chunking = chunking
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
        let chunker = TokenChunker(options: chunking)
        var ids = ChunkID()

        var sectionValues: [JSONOutput] = []
        var chunkValues: [JSONOutput] = []
        func addChunks(_ blocks: [ChunkBlock], section: Int, headingPath: [String]) {
            let context = ([article.title].compactMap { $0 } + headingPath.filter { $0 != article.title }).joined(separator: " > ")
            let prefix = chunking.prefixesContext && !context.isEmpty ? context + "\n\n" : ""
            for piece in chunker.chunks(blocks, prefix: prefix) {
                let n = chunkValues.count
                chunkValues.append(.object([
                    ("id", .string(ids.next(identity: identity, headingPath: headingPath, content: piece.content))),
                    ("index", .int(n)),
                    ("section", .int(section)),
                    ("headingPath", .strings(headingPath)),
                    ("articleId", .optional(article.metadata.articleId)),
                    ("path", .string(article.path)),
                    ("clouds", clouds),
                    ("lines", .array([.int(piece.lines.lowerBound), .int(piece.lines.upperBound)])),
                    ("tokens", .int(piece.tokens)),
                    ("characters", .int(TextUnits.characterCount(piece.text))),
                    ("text", .string(piece.text)),
                ]))
            }
        }
        func payloadBlock(_ payload: Payload, lines: [String]) -> ChunkBlock {
            ChunkBlock(text: lines.joined(separator: "\n"), lines: payload.range.start.line...max(payload.range.start.line, payload.range.end.line),
                       cut: .lines, separator: "\n\n")
        }
        // The whole text is the sections' texts, a blank line apart: the parts partition the body,
        // so this is what rendering the whole article again would give.
        var wholeText = ""
        for (index, part) in sections.enumerated() {
            var sectionHTML = html.renderFragment(article.markdown, part.nodes, slugs: slugs)
            var sectionText = text.renderFragment(article.markdown, part.nodes)
            var blocks = ChunkBlock.blocks(article.markdown, part.nodes, renderer: text)
            if index == sections.count - 1, let payload = article.payload {
                var writer = HTMLWriter()
                PayloadHTML.render(payload, options: options, title: article.title, into: &writer)
                sectionHTML += String(decoding: writer.bytes, as: UTF8.self)
                let lines = PayloadText.lines(payload, title: article.title)
                sectionText += (sectionText.isEmpty ? "" : "\n") + lines.joined(separator: "\n") + "\n"
                blocks.append(payloadBlock(payload, lines: lines))
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
            addChunks(blocks, section: index, headingPath: part.headingPath)
        }
        if sections.isEmpty, let payload = article.payload {
            // A body with nothing but a payload (no heading): one section for it.
            var writer = HTMLWriter()
            PayloadHTML.render(payload, options: options, title: article.title, into: &writer)
            let lines = PayloadText.lines(payload, title: article.title)
            let payloadText = lines.joined(separator: "\n") + "\n"
            wholeText = payloadText
            sectionValues.append(.object([("index", 0), ("heading", .null), ("level", 0), ("id", .null), ("headingPath", .array([])),
                                          ("html", .string(String(decoding: writer.bytes, as: UTF8.self))), ("text", .string(payloadText))]))
            addChunks([payloadBlock(payload, lines: lines)], section: 0, headingPath: [])
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
            ("chunking", .object([
                ("tokenizer", .string(chunking.counter.name)),
                ("maxTokens", .int(chunking.maximumTokens)),
                ("overlapTokens", .int(chunking.overlapTokens)),
                ("maxCharacters", chunking.maximumCharacters.map { .int($0) } ?? .null),
                ("context", .bool(chunking.prefixesContext)),
            ])),
            ("chunks", .array(chunkValues)),
        ])
    }

    /// The JSON text, indented (`pretty`) or on one line, ending with a line break.
    public func render(_ article: Article, fileBytes: [UInt8]? = nil, pretty: Bool = true) -> String {
        let value = encode(article, fileBytes: fileBytes)
        return (pretty ? value.prettySerialized() : value.serialized()) + "\n"
    }
}
