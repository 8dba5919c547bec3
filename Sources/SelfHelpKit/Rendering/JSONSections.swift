/// The `sections`, `chunks` and `text` members of ``JSONRenderer``'s output, built section by
/// section: each part of the body between top-level headings (``ArticleSections``) with its HTML
/// and plain text, its chunks (``TokenChunker``), and the whole text (the sections' texts a blank
/// line apart: the parts partition the body, so this is what rendering the whole article gives).
/// The payload belongs to the last section (or to a section of its own in a body without one).
///
/// Each section object is given to the caller as it is made (``addAll(each:)``), before its
/// chunks are cut: a build writes it and drops it, so that a large section's HTML is not in memory
/// with its chunks. A section's blocks are rendered as the chunker takes them.
package struct JSONSections {
    /// A section as it is made: what its object holds, its HTML as UTF-8 bytes (a build writes
    /// a large section's HTML from them without making it a string too).
    package struct Section {
        /// The section's place among the article's sections, from 0.
        package var index: Int
        package var heading: String?
        package var level: Int
        /// The heading's anchor id.
        package var id: String?
        package var headingPath: [String]
        package var html: [UInt8]
        package var text: String

        /// The object's members, in order, `html` the value of the `html` member.
        package func members(html: JSONOutput) -> [(String, JSONOutput)] {
            [
                ("index", .int(index)),
                ("heading", .optional(heading)),
                ("level", .int(level)),
                ("id", .optional(id)),
                ("headingPath", .strings(headingPath)),
                ("html", html),
                ("text", .string(text)),
            ]
        }

        /// The section object.
        package var json: JSONOutput { .object(members(html: .string(String(decoding: html, as: UTF8.self)))) }
    }

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
    var sectionCount = 0

    /// The chunk objects, in order.
    package var chunks: [JSONOutput] = []
    /// The whole plain text (the `text` member).
    package var wholeText = ""

    /// Sections of `article`, none added yet.
    package init(_ article: Article, options: RenderOptions, chunking: ChunkingOptions, width: Int?) {
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

    /// Adds every section of the article: gives each section to `each`, in order, then adds its
    /// chunks to ``chunks`` and its text to ``wholeText``.
    package mutating func addAll(each: (Section) -> Void) {
        let parts = ArticleSections(article.markdown).parts
        for (index, part) in parts.enumerated() {
            let payload = index == parts.count - 1 ? article.payload : nil
            let lines = payload.map { PayloadText.lines($0, title: article.title) }
            // The HTML and the text are made in the call (the HTML first: a large section's HTML
            // is made once as bytes and once as a string), so that the HTML is dropped before
            // the chunks are cut.
            // The text is rendered once: the chunks' blocks are cut from it.
            let rendered = text.renderTopLevel(article.markdown, part.nodes)
            let section = addSection(heading: part.heading, level: part.level, id: part.headingNode.flatMap { slugs[$0] }, headingPath: part.headingPath,
                                     html: sectionHTML(part.nodes, payload: payload), text: sectionText(rendered.text, payload: lines), each: each)
            addChunks(ChunkBlock.Blocks(article.markdown, part.nodes, section: rendered, renderer: text,
                                        trailing: payload.map { Self.payloadBlock($0, lines: lines ?? []) }),
                      section: section, headingPath: part.headingPath)
        }
        if parts.isEmpty, let payload = article.payload {
            // A body with nothing but a payload (no heading): one section for it.
            let lines = PayloadText.lines(payload, title: article.title)
            let section = addSection(heading: nil, level: 0, id: nil, headingPath: [], html: payloadHTML(payload), text: lines.joined(separator: "\n") + "\n",
                                     each: each)
            addChunks([Self.payloadBlock(payload, lines: lines)], section: section, headingPath: [])
        }
    }

    /// A part's plain text (`rendered`), and the payload's `lines` after it when given.
    func sectionText(_ rendered: String, payload lines: [String]?) -> String {
        var sectionText = rendered
        if let lines { sectionText += (sectionText.isEmpty ? "" : "\n") + lines.joined(separator: "\n") + "\n" }
        return sectionText
    }

    /// A part's HTML, and the payload's after it when given.
    func sectionHTML(_ nodes: Range<Int>, payload: Payload?) -> [UInt8] {
        var sectionHTML = html.renderFragmentBytes(article.markdown, nodes, slugs: slugs)
        if let payload { sectionHTML += payloadHTML(payload) }
        return sectionHTML
    }

    /// Gives one section object to `each` and adds its text to the whole text; returns its index.
    mutating func addSection(heading: String?, level: Int, id: String?, headingPath: [String], html: [UInt8], text: String,
                             each: (Section) -> Void) -> Int {
        let index = sectionCount
        sectionCount += 1
        // The first section's text is shared, not copied (a large article's text is large).
        if wholeText.isEmpty {
            wholeText = text
        } else {
            wholeText += "\n"
            wholeText += text
        }
        each(Section(index: index, heading: heading, level: level, id: id, headingPath: headingPath, html: html, text: text))
        return index
    }

    /// Cuts a section's blocks into chunks and adds a chunk object for each.
    mutating func addChunks(_ blocks: some Sequence<ChunkBlock>, section: Int, headingPath: [String]) {
        let context = ([article.title].compactMap { $0 } + headingPath.filter { $0 != article.title }).joined(separator: " > ")
        let prefix = chunking.prefixesContext && !context.isEmpty ? context + "\n\n" : ""
        let chunker = self.chunker // a copy: the closure below changes `self`
        chunker.chunks(blocks, prefix: prefix) { piece in
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

    /// The payload as HTML (``PayloadHTML``), UTF-8.
    func payloadHTML(_ payload: Payload) -> [UInt8] {
        var writer = HTMLWriter()
        PayloadHTML.render(payload, options: options, title: article.title, into: &writer)
        return writer.bytes
    }

    /// The payload's text lines as one block, cut between lines.
    static func payloadBlock(_ payload: Payload, lines: [String]) -> ChunkBlock {
        ChunkBlock(text: lines.joined(separator: "\n"), lines: payload.range.start.line...max(payload.range.start.line, payload.range.end.line),
                   cut: .lines, separator: "\n\n")
    }
}
