/// The plain text of Markdown blocks: the per-node methods of ``PlainTextRenderer``, one
/// ``MarkdownWalker``. Quotes and list items open a line prefix (``PlainTextRenderer/Output``)
/// that ``leave(_:)`` closes; paragraphs and headings are written whole from their inline text
/// (``PlainTextInlineRenderer``).
struct PlainTextBlockRenderer: MarkdownWalker {
    /// An open list: the number of its next item, and how it is laid out.
    struct OpenList {
        var next: Int
        var ordered: Bool
        var tight: Bool
    }

    let tree: MarkdownTree
    let renderer: PlainTextRenderer
    var output: PlainTextRenderer.Output
    var lists: [OpenList] = []

    mutating func visit(_ index: Int) -> MarkdownWalkStep {
        let node = tree.nodes[index]
        switch node.kind {
        case .document, .other:
            return .descend
        case .blockQuote:
            output.containers.append(.init(first: "> ", rest: "> "))
            return .descend
        case .list(let ordered, let start, let tight):
            if lists.last?.tight == true { output.needsBlank = false }
            lists.append(OpenList(next: start, ordered: ordered, tight: tight))
            return .descend
        case .item:
            visitItem(index)
            return .descend
        case .paragraph, .heading:
            writeParagraphOrHeading(index)
        case .codeBlock(_, let literal):
            writeCodeBlock(literal)
        case .htmlBlock(let literal):
            writeHTMLBlock(literal)
        case .thematicBreak:
            output.block(["---"])
        default:
            // Inline content outside a paragraph (does not happen with cmark): its text.
            output.block([renderer.inlineText(tree, index)])
        }
        return .skip
    }

    mutating func leave(_ index: Int) {
        switch tree.nodes[index].kind {
        case .blockQuote, .item:
            output.containers.removeLast()
        case .list:
            lists.removeLast()
            output.needsBlank = true
        default:
            break
        }
    }

    /// An item's marker (`- `, or its number in an ordered list) on its first line, an indent as
    /// wide on the others; the items of a tight list have no blank line between them.
    mutating func visitItem(_ index: Int) {
        var marker = "- "
        if let k = lists.indices.last {
            if lists[k].ordered { marker = "\(lists[k].next). " }
            if lists[k].tight, tree.nodes[index].parent != index - 1 { output.needsBlank = false }
            lists[k].next += 1
        }
        output.containers.append(.init(first: marker, rest: String(repeating: " ", count: marker.count)))
        if tree.nodes[index].subtreeEnd == index + 1 { output.block([""]) }
    }

    /// A heading on one line; a paragraph's lines (hard breaks kept), wrapped. An Apollo
    /// `:::Section Title:::` paragraph is its label.
    mutating func writeParagraphOrHeading(_ index: Int) {
        let isHeading: Bool
        if case .heading = tree.nodes[index].kind { isHeading = true } else { isHeading = false }
        if !isHeading, let label = HTMLRenderer.apolloSectionLabel(tree, index) { return output.block([label]) }
        let lines = renderer.splitLines(renderer.inlineText(tree, index), droppingLeadingSpaces: true)
        if isHeading {
            output.block([lines.joined(separator: " ").trimmingHeaderWhitespace()])
        } else {
            output.block(renderer.trimBlankEdges(lines), wrap: true)
        }
    }

    /// A code block indented four spaces, blank lines empty.
    mutating func writeCodeBlock(_ literal: String) {
        var lines = literal.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + renderer.trimTrailing(String($0)) }
        if literal.hasSuffix("\n") { lines.removeLast() }
        output.block(lines.map { $0.trimmingCharacters(in: " ").isEmpty ? "" : $0 })
    }

    /// Raw HTML's text (``HTMLTextExtractor``), runs of blank lines made one, wrapped.
    mutating func writeHTMLBlock(_ literal: String) {
        var extractor = HTMLTextExtractor(variables: HTMLSanitizer.Markers(variables: renderer.options.variables))
        extractor.showsLinkURLs = renderer.showsLinkURLs
        var text = ""
        extractor.extract(literal, into: &text)
        let lines = renderer.trimBlankEdges(renderer.collapseBlankRuns(renderer.splitLines(text, droppingLeadingSpaces: false)))
        output.block(lines, wrap: true)
    }
}
