/// Renders an ``Article`` as plain text: what a person would paste into an email, and the one
/// plain-text form of an article that every output uses.
///
/// Headings stand on their own lines; numbered (`1.`) and bulleted (`-`) lists are kept, nested
/// items indented under their parent's text; block quotes get `> `; links read `text (url)`
/// (just the URL when the text is the URL; just the text when the URL is rejected by
/// ``URLPolicy``); images become their alt text; code blocks are indented four spaces. Raw HTML
/// tags are stripped (`<br>` and block tags become line breaks), character references decoded,
/// placeholders show their default or the caller's value, and a JSON payload becomes readable
/// lines after the body. Blocks are separated by one blank line. With ``width``, paragraphs are
/// wrapped at that many characters (never code, never inside a word).
///
/// ## Where this text goes, and what each use adds
/// - `selfhelp render --to text`: ``render(_:)`` with the command's ``width`` and options.
/// - The JSON rendering's `text` and each section's `text` (``JSONRenderer``, `articles.jsonl`):
///   the same text, cut at top-level headings; the sections joined with a blank line give
///   ``render(_:)``'s text.
/// - The chunks (`chunks` of the JSON rendering, `chunks.jsonl`, `kb.sqlite`'s `chunks` table):
///   each section's text cut into blocks (a top-level list into its items) and packed into
///   chunks by ``TokenChunker``. A chunk adds what ``ChunkingOptions`` asks for: the last
///   sentences of the previous chunk (overlap) and, with `prefixesContext`, a
///   `Title > Heading` line. Blocks in a chunk are a blank line apart (a line break between the
///   items of a tight list), as here; a chunk has no final line break, no empty block and no
///   blank line at the end of a block (a list item ending with a code block's blank line).
/// - `kb.sqlite`'s full-text `text` column (`SearchIndex.searchableText(for:)`): this text with
///   ``leadsWithPageTitle`` on and ``showsLinkURLs`` off, default ``RenderOptions``, no wrapping.
///
/// The renderer does no I/O and never fails; the walk handles any nesting depth.
public struct PlainTextRenderer: Sendable {
    /// Placeholder values and link resolution (portal links show their resolved URL).
    public var options: RenderOptions
    /// Wrap paragraphs at this many characters; nil for no wrapping.
    public var width: Int?
    /// Whether a link (Markdown or an HTML `<a href>`) reads `text (url)`; without, just `text`:
    /// the search index's form, where a URL's words (`reset-account-keys.md`) would make an
    /// article match queries it only links to. On by default. The URLs of Apollo videos and of a
    /// payload's product links are always shown.
    public var showsLinkURLs: Bool
    /// Start with the header's `pageTitle`, as a block of its own, when it is not empty and
    /// differs from the article's title (its first H1): the search index's form, so a search
    /// finds the title the portal shows. Off by default.
    public var leadsWithPageTitle: Bool

    /// A renderer; `width` below 10 is raised to 10.
    ///
    /// - Parameters:
    ///   - options: placeholder values and link resolution.
    ///   - width: wrap paragraphs at this many characters; nil for no wrapping.
    ///   - showsLinkURLs: links read `text (url)` (see ``showsLinkURLs``).
    ///   - leadsWithPageTitle: start with a `pageTitle` that differs from the title (see
    ///     ``leadsWithPageTitle``).
    public init(options: RenderOptions = RenderOptions(), width: Int? = nil, showsLinkURLs: Bool = true, leadsWithPageTitle: Bool = false) {
        self.options = options
        self.width = width.map { max($0, 10) }
        self.showsLinkURLs = showsLinkURLs
        self.leadsWithPageTitle = leadsWithPageTitle
    }

    /// The article as plain text, ending with one line break.
    public func render(_ article: Article) -> String {
        var output = Output()
        // Reserved at the body's size, as ``renderFragment(_:_:)`` reserves.
        output.text.reserveCapacity(article.source.bytes.count - article.bodyStart)
        if leadsWithPageTitle, let pageTitle = article.metadata.pageTitle, !pageTitle.isEmpty, pageTitle != article.title {
            output.block([pageTitle])
        }
        renderNodes(article.markdown, 1..<article.markdown.nodes.count, into: &output)
        if let payload = article.payload {
            output.block(PayloadText.lines(payload, title: article.title))
        }
        return output.finish()
    }

    /// The text of the nodes `range` (whole subtrees) of `tree`.
    func renderFragment(_ tree: MarkdownTree, _ range: Range<Int>) -> String {
        var output = Output()
        // Reserved at the size of its source (the text is usually shorter): a large text grown by
        // doubling would hold its old and new copies at once.
        output.text.reserveCapacity(tree.sourceLength(of: range))
        renderNodes(tree, range, into: &output)
        return output.finish()
    }

    /// A section's text: that of the top-level nodes `range` of `tree`, as
    /// ``renderFragment(_:_:)`` gives it, and where each node's own text is in it.
    struct TopLevelText {
        var text: String
        /// Each top-level node's text, in order, as a UTF-8 range of ``text``: what it wrote after
        /// the blank line before it, which is what rendering the node alone writes (empty when it
        /// wrote nothing). Nil when the text had control characters replaced, which moves its
        /// bytes. (32-bit offsets: a large section has hundreds of thousands of nodes.)
        var nodes: [Range<Int32>]?
    }

    /// The text of the top-level nodes `range` of `tree`, rendered once, with each node's part.
    func renderTopLevel(_ tree: MarkdownTree, _ range: Range<Int>) -> TopLevelText {
        var output = Output()
        output.text.reserveCapacity(tree.sourceLength(of: range))
        let end = min(range.upperBound, tree.nodes.count)
        func nextSibling(_ child: Int) -> Int { max(tree.nodes[child].subtreeEnd, child + 1) }
        var count = 0
        var child = range.lowerBound
        while child < end {
            count += 1
            child = nextSibling(child)
        }
        var nodes: [Range<Int32>] = []
        nodes.reserveCapacity(count)
        child = range.lowerBound
        while child < end {
            let next = nextSibling(child)
            output.firstLineStart = nil
            renderNodes(tree, child..<next, into: &output)
            let written = output.text.utf8.count
            if written <= Int(Int32.max) { nodes.append(Int32(output.firstLineStart ?? written)..<Int32(written)) }
            child = next
        }
        // Control characters replaced when the text is finished would move its bytes.
        let cut = nodes.count == count && !PlainTextRenderer.hasControlCharacters(output.text)
        return TopLevelText(text: output.finish(), nodes: cut ? nodes : nil)
    }

    /// Writes the blocks `range` of `tree` into `output` through ``PlainTextBlockRenderer``.
    func renderNodes(_ tree: MarkdownTree, _ range: Range<Int>, into output: inout Output) {
        output.width = width
        var blocks = PlainTextBlockRenderer(tree: tree, renderer: self, output: Output())
        swap(&blocks.output, &output)
        blocks.walk(tree, range: range)
        swap(&blocks.output, &output)
    }

    /// The text of a paragraph or heading (``PlainTextInlineRenderer``).
    func inlineText(_ tree: MarkdownTree, _ index: Int) -> String {
        var inline = PlainTextInlineRenderer(tree: tree, options: options, showsLinkURLs: showsLinkURLs, block: index)
        inline.walk(tree, range: index + 1..<tree.nodes[index].subtreeEnd)
        return inline.text
    }
}
