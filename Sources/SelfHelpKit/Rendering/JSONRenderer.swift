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
        encode(article, fileBytes: fileBytes, fileHash: fileHash, links: .array(article.links.map(ArticleJSON.link)))
    }

    /// The JSON value with `links` as the value of the `links` member: a build passes a
    /// placeholder and writes a large article's links one at a time (``JSONOutput/writeArray(_:into:indent:level:_:written:)``).
    package func encode(_ article: Article, fileBytes: [UInt8]?, fileHash: String?, links: JSONOutput) -> JSONOutput {
        var body = sections(of: article)
        var sections: [JSONOutput] = []
        body.addAll { sections.append($0.json) }
        return .object(members(article, fileBytes: fileBytes, fileHash: fileHash, sections: .array(sections), links: links, body: body))
    }

    /// The sections of `article` as this renderer makes them, none added yet: a build adds them
    /// and writes each section as it comes (``JSONSections/addAll(each:)``).
    package func sections(of article: Article) -> JSONSections {
        JSONSections(article, options: options, chunking: chunking, width: width)
    }

    /// The members of the rendering, in order: `sections` and `links` as given, `text` and
    /// `chunks` from `body` (a build passes placeholders and writes those members itself).
    package func members(_ article: Article, fileBytes: [UInt8]?, fileHash: String?, sections: JSONOutput, links: JSONOutput,
                         body: JSONSections) -> [(String, JSONOutput)] {
        [
            ("schemaVersion", .int(Self.schemaVersion)),
            ("path", .string(article.path)),
            ("articleId", .optional(article.metadata.articleId)),
            ("title", .optional(article.title)),
            ("metadata", ArticleJSON.metadata(article.metadata)),
            ("contentHash", .string("sha256:" + (fileHash ?? SHA256.hexDigest(fileBytes ?? article.source.bytes)))),
            ("sections", sections),
            ("links", links),
            ("placeholders", .array(article.placeholders.map(placeholderJSON))),
            ("regions", .array(article.regions.map(Self.regionJSON))),
            ("payload", ArticleJSON.payload(article.payload)),
            ("text", .string(body.wholeText)),
            ("chunking", chunkingJSON),
            ("chunks", .array(body.chunks)),
        ]
    }

    /// A placeholder: its name, default, whether it is closed, the caller's value, its position.
    func placeholderJSON(_ placeholder: Placeholder) -> JSONOutput {
        .object([("name", .string(placeholder.name)), ("default", .string(placeholder.defaultValue)), ("closed", .bool(placeholder.isClosed)),
                 ("value", .optional(HTMLSanitizer.Markers(variables: options.variables).value(for: placeholder.name)))]
                + JSONOutput.position(placeholder.range.start))
    }

    /// A region: its name, whether it is closed, the position of its first marker.
    static func regionJSON(_ region: Region) -> JSONOutput {
        .object([("name", .string(region.name)), ("closed", .bool(region.openRange != nil && region.closeRange != nil))]
                + JSONOutput.position(region.openRange?.start ?? region.closeRange?.start ?? SourceLocation(line: 1, column: 1, offset: 0)))
    }

    /// How the chunks were cut.
    var chunkingJSON: JSONOutput {
        .object([
            ("tokenizer", .string(chunking.counter.name)),
            ("maxTokens", .int(chunking.maximumTokens)),
            ("overlapTokens", .int(chunking.overlapTokens)),
            ("maxCharacters", chunking.maximumCharacters.map { .int($0) } ?? .null),
            ("context", .bool(chunking.prefixesContext)),
        ])
    }

    /// The JSON text, indented (`pretty`) or on one line, ending with a line break.
    public func render(_ article: Article, fileBytes: [UInt8]? = nil, pretty: Bool = true) -> String {
        let value = encode(article, fileBytes: fileBytes)
        return (pretty ? value.prettySerialized() : value.serialized()) + "\n"
    }
}
