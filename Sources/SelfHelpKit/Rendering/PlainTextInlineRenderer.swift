/// The text of a paragraph's or heading's inline nodes, for ``PlainTextRenderer``: hard breaks
/// and `<br>` as `\n`, soft breaks as spaces, a link as `text (url)` (just the text when the URL
/// is the text or is rejected, or without ``showsLinkURLs``), an image as its alt text, raw HTML through
/// ``HTMLTextExtractor``. One ``MarkdownWalker``.
struct PlainTextInlineRenderer: MarkdownWalker {
    let tree: MarkdownTree
    let options: RenderOptions
    /// Whether a link's text is followed by ` (url)` (``PlainTextRenderer/showsLinkURLs``).
    let showsLinkURLs: Bool
    /// Where the block's subtree ends (the container end of inline HTML outside any inline).
    let end: Int
    var text = ""
    var extractor: HTMLTextExtractor
    /// The links whose ` (url)` is written when they end, innermost last.
    var linkSuffixes: [(link: Int, suffix: String)] = []

    init(tree: MarkdownTree, options: RenderOptions, showsLinkURLs: Bool, block: Int) {
        self.tree = tree
        self.options = options
        self.showsLinkURLs = showsLinkURLs
        end = tree.nodes[block].subtreeEnd
        extractor = HTMLTextExtractor(variables: HTMLSanitizer.Markers(variables: options.variables))
        extractor.showsLinkURLs = showsLinkURLs
    }

    mutating func visit(_ index: Int) -> MarkdownWalkStep {
        extractor.leave(upTo: index)
        switch tree.nodes[index].kind {
        case .text(let literal):
            if !extractor.isSuppressing { text += literal }
        case .code(let literal):
            if !extractor.isSuppressing { text += literal }
        case .softBreak:
            text += " "
        case .lineBreak:
            text += "\n"
        case .htmlInline(let html):
            return visitHTMLInline(index, html: html)
        case .link(let destination, _):
            visitLink(index, destination: destination)
        case .image:
            text += tree.plainText(of: index)
            return .skip
        default:
            break
        }
        return .descend
    }

    mutating func leave(_ index: Int) {
        guard let last = linkSuffixes.last, last.link == index else { return }
        text += last.suffix
        linkSuffixes.removeLast()
    }

    /// Raw HTML's text; an Apollo element split over several inline nodes is read once, and the
    /// walk goes on after its last node.
    mutating func visitHTMLInline(_ index: Int, html: String) -> MarkdownWalkStep {
        let parent = tree.nodes[index].parent
        let containerEnd = parent >= 0 ? tree.nodes[parent].subtreeEnd : end
        if let apollo = ApolloTag.inlineElement(tree, at: index) {
            extractor.extract(apollo.html, into: &text, container: parent, containerEnd: containerEnd)
            return .skipTo(apollo.next)
        }
        extractor.extract(html, into: &text, container: parent, containerEnd: containerEnd)
        return .descend
    }

    /// Records the ` (url)` written after the link's text. A link inside dropped content
    /// (`<math>` … `[x](url)`) shows nothing, its URL neither.
    mutating func visitLink(_ index: Int, destination: String) {
        var ignored: [(String, String)] = []
        guard showsLinkURLs, !extractor.isSuppressing, let url = options.linkTarget(destination, attributes: &ignored) else { return }
        let linkText = tree.plainText(of: index)
        let same = url == linkText || url == "mailto:" + linkText || destination == linkText
        linkSuffixes.append((index, same ? "" : " (\(url))"))
    }
}
