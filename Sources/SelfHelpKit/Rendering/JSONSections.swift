/// The `sections`, `chunks` and `text` members of ``JSONRenderer``'s output, built section by
/// section: each part of the body between top-level headings (``ArticleSections``) with its HTML
/// and plain text, its chunks (``TokenChunker``), and the whole text (the sections' texts a blank
/// line apart: the parts partition the body, so this is what rendering the whole article gives).
/// The payload belongs to the last section (or to a section of its own in a body without one).
struct JSONSections {
    let article: Article
    let options: RenderOptions
    let chunking: ChunkingOptions
    let html: HTMLRenderer
    let text: PlainTextRenderer
    let slugs: [Int: String]
    let chunker: TokenChunker
    /// The chunks' `articleId` (their id's prefix: the article id, else its path) and `clouds`.
    let identity: String
    let clouds: JSONOutput
    var ids = ChunkID()

    var sections: [JSONOutput] = []
    var chunks: [JSONOutput] = []
    var wholeText = ""

    init(_ article: Article, options: RenderOptions, chunking: ChunkingOptions, width: Int?) {
        self.article = article
        self.options = options
        self.chunking = chunking
        html = HTMLRenderer(options: options)
        text = PlainTextRenderer(options: options, width: width)
        slugs = HeadingSlugs.compute(article.markdown, prefix: options.idPrefix)
        chunker = TokenChunker(options: chunking)
        identity = article.metadata.articleId ?? article.path
        clouds = JSONOutput.strings(article.metadata.effectiveClouds.map(\.name))
    }

    /// Adds every section of the article, with its chunks.
    mutating func addAll() {
        let parts = ArticleSections(article.markdown).parts
        for (index, part) in parts.enumerated() {
            var sectionHTML = html.renderFragment(article.markdown, part.nodes, slugs: slugs)
            var sectionText = text.renderFragment(article.markdown, part.nodes)
            var blocks = ChunkBlock.blocks(article.markdown, part.nodes, renderer: text)
            if index == parts.count - 1, let payload = article.payload {
                sectionHTML += payloadHTML(payload)
                let lines = PayloadText.lines(payload, title: article.title)
                sectionText += (sectionText.isEmpty ? "" : "\n") + lines.joined(separator: "\n") + "\n"
                blocks.append(Self.payloadBlock(payload, lines: lines))
            }
            add(heading: part.heading, level: part.level, id: part.headingNode.flatMap { slugs[$0] }, headingPath: part.headingPath,
                html: sectionHTML, text: sectionText, blocks: blocks)
        }
        if parts.isEmpty, let payload = article.payload {
            // A body with nothing but a payload (no heading): one section for it.
            let lines = PayloadText.lines(payload, title: article.title)
            add(heading: nil, level: 0, id: nil, headingPath: [], html: payloadHTML(payload), text: lines.joined(separator: "\n") + "\n",
                blocks: [Self.payloadBlock(payload, lines: lines)])
        }
    }

    /// Adds one section object and its chunks, and its text to the whole text.
    mutating func add(heading: String?, level: Int, id: String?, headingPath: [String], html: String, text: String, blocks: [ChunkBlock]) {
        let index = sections.count
        // The first section's text is shared, not copied (a large article's text is large).
        if wholeText.isEmpty {
            wholeText = text
        } else {
            wholeText += "\n"
            wholeText += text
        }
        sections.append(.object([
            ("index", .int(index)),
            ("heading", .optional(heading)),
            ("level", .int(level)),
            ("id", .optional(id)),
            ("headingPath", .strings(headingPath)),
            ("html", .string(html)),
            ("text", .string(text)),
        ]))
        addChunks(blocks, section: index, headingPath: headingPath)
    }

    /// Cuts a section's blocks into chunks and adds a chunk object for each.
    mutating func addChunks(_ blocks: [ChunkBlock], section: Int, headingPath: [String]) {
        let context = ([article.title].compactMap { $0 } + headingPath.filter { $0 != article.title }).joined(separator: " > ")
        let prefix = chunking.prefixesContext && !context.isEmpty ? context + "\n\n" : ""
        for piece in chunker.chunks(blocks, prefix: prefix) {
            chunks.append(.object([
                ("id", .string(ids.next(identity: identity, headingPath: headingPath, content: piece.content))),
                ("index", .int(chunks.count)),
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

    /// The payload as HTML (``PayloadHTML``).
    func payloadHTML(_ payload: Payload) -> String {
        var writer = HTMLWriter()
        PayloadHTML.render(payload, options: options, title: article.title, into: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The payload's text lines as one block, cut between lines.
    static func payloadBlock(_ payload: Payload, lines: [String]) -> ChunkBlock {
        ChunkBlock(text: lines.joined(separator: "\n"), lines: payload.range.start.line...max(payload.range.start.line, payload.range.end.line),
                   cut: .lines, separator: "\n\n")
    }
}
