/// The HTML of Markdown nodes: the per-node methods of ``HTMLRenderer``, one ``MarkdownWalker``.
///
/// ``visit(_:)`` writes a node's opening markup (or the whole node, for a leaf) and
/// ``leave(_:)`` its closing markup, after closing whatever raw HTML left open inside it
/// (``HTMLWriter/closeAll(container:)``).
struct HTMLNodeRenderer: MarkdownWalker {
    let tree: MarkdownTree
    let options: RenderOptions
    /// The heading ids (``HeadingSlugs/compute(_:prefix:)``); when nil they are computed on the
    /// way, in the same document order, so the ids are the same.
    let slugs: [Int: String]?
    let markers: HTMLSanitizer.Markers
    var writer: HTMLWriter
    var taken = HeadingSlugs.Taken()
    var laterEndTags = LaterEndTags()
    /// The links whose `<a …>` was written (a rejected URL writes none), innermost last.
    var openLinks: [Int] = []

    init(tree: MarkdownTree, options: RenderOptions, slugs: [Int: String]?, writer: HTMLWriter) {
        self.tree = tree
        self.options = options
        self.slugs = slugs
        self.writer = writer
        markers = HTMLSanitizer.Markers(variables: options.variables, idPrefix: options.idPrefix)
    }

    mutating func visit(_ index: Int) -> MarkdownWalkStep {
        switch tree.nodes[index].kind {
        case .document, .other, .item, .blockQuote, .emphasis, .strong:
            writeOpening(index)
            return .descend
        case .list(let ordered, let start, _):
            writeListOpening(ordered: ordered, start: start)
            return .descend
        case .paragraph:
            return visitParagraph(index)
        case .heading(let level):
            writeHeadingOpening(index, level: level)
            return .descend
        case .codeBlock(let info, let literal):
            writeCodeBlock(info: info, literal: literal)
        case .htmlBlock(let literal):
            writeHTMLBlock(index, literal: literal)
        case .thematicBreak:
            writer.raw("<hr>\n")
        case .text(let text):
            writer.text(text)
        case .softBreak:
            writer.raw("\n")
        case .lineBreak:
            writer.raw("<br>\n")
        case .code(let code):
            writer.raw("<code>")
            writer.text(code)
            writer.raw("</code>")
        case .htmlInline(let literal):
            return visitHTMLInline(index, literal: literal)
        case .link(let destination, let title):
            writeLinkOpening(index, destination: destination, title: title)
            return .descend
        case .image(let destination, let title):
            writeImage(index, destination: destination, title: title)
        }
        return .skip
    }

    mutating func leave(_ index: Int) {
        writer.closeAll(container: index)
        switch tree.nodes[index].kind {
        case .blockQuote: writer.raw("</blockquote>\n")
        case .list(let ordered, _, _): writer.raw(ordered ? "</ol>\n" : "</ul>\n")
        case .item: writer.raw("</li>\n")
        case .paragraph: if !isTight(index) { writer.raw("</p>\n") }
        case .heading(let level): writer.raw(Self.headingTags(level).close)
        case .emphasis: writer.raw("</em>")
        case .strong: writer.raw("</strong>")
        case .link:
            if openLinks.last == index {
                openLinks.removeLast()
                writer.raw("</a>")
            }
        default: break
        }
    }

    mutating func writeOpening(_ index: Int) {
        switch tree.nodes[index].kind {
        case .blockQuote: writer.raw("<blockquote>\n")
        case .item: writer.raw("<li>")
        case .emphasis: writer.raw("<em>")
        case .strong: writer.raw("<strong>")
        default: break
        }
    }

    mutating func writeListOpening(ordered: Bool, start: Int) {
        guard ordered else { return writer.raw("<ul>\n") }
        guard start != 1 else { return writer.raw("<ol>\n") }
        writer.raw("<ol start=\"")
        writer.raw(String(start))
        writer.raw("\">\n")
    }

    /// An Apollo `:::Section Title:::` line is a label, not text; a paragraph of a tight list
    /// item has no `<p>`, as in cmark.
    mutating func visitParagraph(_ index: Int) -> MarkdownWalkStep {
        if let label = HTMLRenderer.apolloSectionLabel(tree, index) {
            writer.raw("<p class=\"apollo-section\"><strong>")
            writer.text(label)
            writer.raw("</strong></p>\n")
            return .skip
        }
        if !isTight(index) { writer.raw("<p>") }
        return .descend
    }

    mutating func writeHeadingOpening(_ index: Int, level: Int) {
        writer.raw(Self.headingTags(level).open)
        if let slugs {
            if let slug = slugs[index] { writer.attribute("id", slug) }
        } else {
            let base = options.idPrefix + HeadingSlugs.slug(HeadingSlugs.visibleText(tree, index))
            writer.attribute("id", HeadingSlugs.unique(base, taken: &taken))
        }
        writer.raw(">")
    }

    /// The start (without its `>`) and the end tag of a heading of `level` (clamped to 1…6).
    static func headingTags(_ level: Int) -> (open: StaticString, close: StaticString) {
        switch level {
        case ...1: return ("<h1", "</h1>\n")
        case 2: return ("<h2", "</h2>\n")
        case 3: return ("<h3", "</h3>\n")
        case 4: return ("<h4", "</h4>\n")
        case 5: return ("<h5", "</h5>\n")
        default: return ("<h6", "</h6>\n")
        }
    }

    mutating func writeCodeBlock(info: String, literal: String) {
        writer.raw("<pre><code")
        if let language = HTMLRenderer.language(info) { writer.attribute("class", "language-" + language) }
        writer.raw(">")
        writer.text(literal)
        writer.raw("</code></pre>\n")
    }

    /// Raw HTML through the sanitizer; what it leaves open stays open only for the end tags of
    /// later HTML blocks of the same container (``LaterEndTags``).
    mutating func writeHTMLBlock(_ index: Int, literal: String) {
        let container = tree.nodes[index].parent
        writer.beginBlock()
        HTMLSanitizer.sanitize(literal, into: &writer, container: container, block: true, markers: markers)
        if writer.blockLeftElementsOpen {
            let later = laterEndTags.names(after: index, container: container, in: tree)
            writer.endBlock(container: container) { later.contains($0) }
        } else {
            writer.endActiveDrop()
        }
        if !literal.hasSuffix("\n") { writer.raw("\n") }
    }

    /// Inline raw HTML through the sanitizer; an Apollo element split over several inline nodes
    /// is gathered and written once, and the walk goes on after its last node.
    mutating func visitHTMLInline(_ index: Int, literal: String) -> MarkdownWalkStep {
        let container = tree.nodes[index].parent
        if let apollo = ApolloTag.inlineElement(tree, at: index) {
            HTMLSanitizer.sanitize(apollo.html, into: &writer, container: container, block: false, markers: markers)
            return .skipTo(apollo.next)
        }
        HTMLSanitizer.sanitize(literal, into: &writer, container: container, block: false, markers: markers)
        return .skip
    }

    /// A link whose URL is rejected writes no `<a>`: its text stands alone.
    mutating func writeLinkOpening(_ index: Int, destination: String, title: String) {
        var attributes: [(String, String)] = []
        guard let href = options.linkTarget(destination, attributes: &attributes) else { return }
        writer.raw("<a")
        writer.attribute("href", HeadingSlugs.prefixingFragment(href, with: options.idPrefix))
        if !title.isEmpty { writer.attribute("title", title) }
        for (name, value) in attributes { writer.attribute(name, value) }
        writer.raw(">")
        openLinks.append(index)
    }

    /// An image whose URL is rejected writes its alt text.
    mutating func writeImage(_ index: Int, destination: String, title: String) {
        let alt = tree.plainText(of: index)
        guard let src = URLPolicy.sanitize(destination, context: .image) else { return writer.text(alt) }
        writer.raw("<img")
        writer.attribute("src", src)
        writer.attribute("alt", alt)
        if !title.isEmpty { writer.attribute("title", title) }
        writer.raw(">")
    }

    /// Whether a paragraph sits in an item of a tight list (rendered without `<p>`, as cmark does).
    func isTight(_ index: Int) -> Bool {
        let item = tree.nodes[index].parent
        guard item >= 0, case .item = tree.nodes[item].kind else { return false }
        let list = tree.nodes[item].parent
        guard list >= 0, case .list(_, _, let tight) = tree.nodes[list].kind else { return false }
        return tight
    }
}
