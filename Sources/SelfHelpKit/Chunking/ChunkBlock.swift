/// A piece of a section's plain text that the chunker places whole when it can — a heading, a
/// paragraph, a top-level list item, a code block, an HTML block, a block quote, the payload —
/// with the source lines it comes from.
struct ChunkBlock: Equatable {
    /// How a block that does not fit in a chunk may be cut.
    enum Cut: Equatable {
        /// Into sentences, then words (paragraphs, headings).
        case sentences
        /// Into lines, each line then into sentences and words (list items, quotes, HTML).
        case lines
        /// Into lines, each line whole (a pipe table: a row is never cut).
        case rows
        /// Never (a code block).
        case never
    }

    var text: String
    /// First and last source line (1-based, in the file).
    var lines: ClosedRange<Int>
    var cut: Cut
    /// What joins it to the block before it in a chunk: a blank line, or a line break between
    /// the items of a tight list.
    var separator: String
    /// A heading: never the last block of a chunk when more follows (the next block is cut to
    /// join it rather than leave it alone).
    var isHeading = false

    /// The blocks of the nodes `range` of `tree` (whole top-level subtrees, as a section's),
    /// each with its text as the plain text renders it, then `trailing` (the payload's block)
    /// when given. Made one top-level node at a time as they are taken.
    struct Blocks: Sequence, IteratorProtocol {
        /// Where a node's text comes from.
        enum Texts {
            /// Rendered as it is taken.
            case rendered(PlainTextRenderer)
            /// Cut from the section's text, rendered already.
            case section(String, [Range<Int32>])
        }

        let tree: MarkdownTree
        let texts: Texts
        var child: Int
        let end: Int
        /// The next node's place in ``Texts/section(_:_:)``'s list.
        var taken = 0
        var trailing: ChunkBlock?
        /// The blocks of the node last rendered not taken yet, the next last.
        var pending: [ChunkBlock] = []

        /// The blocks of a section rendered already: its nodes' texts are cut from it when
        /// ``PlainTextRenderer/renderTopLevel(_:_:)`` could tell where they are, else rendered
        /// by `renderer` one node at a time.
        init(_ tree: MarkdownTree, _ range: Range<Int>, section: PlainTextRenderer.TopLevelText, renderer: PlainTextRenderer, trailing: ChunkBlock? = nil) {
            self.init(tree, range, texts: section.nodes.map { .section(section.text, $0) } ?? .rendered(renderer), trailing: trailing)
        }

        private init(_ tree: MarkdownTree, _ range: Range<Int>, texts: Texts, trailing: ChunkBlock?) {
            self.tree = tree
            self.texts = texts
            child = range.lowerBound
            end = Swift.min(range.upperBound, tree.nodes.count)
            self.trailing = trailing
        }

        mutating func next() -> ChunkBlock? {
            while true {
                if let block = pending.popLast() {
                    if block.text.isEmpty { continue }
                    return block
                }
                guard child < end else {
                    defer { trailing = nil }
                    return trailing
                }
                let next = Swift.max(tree.nodes[child].subtreeEnd, child + 1)
                pending = ChunkBlock.blocks(ofNodeAt: child, text: text(of: child, end: next), tree).reversed()
                child = next
            }
        }

        /// The text of the top-level node at `child` (its subtree ends before `end`), without
        /// line breaks at its end.
        mutating func text(of child: Int, end: Int) -> String {
            switch texts {
            case .rendered(let renderer):
                return renderer.renderFragment(tree, child..<end).trimmingTrailingLineBreaks()
            case .section(let text, let nodes):
                let bytes = Int(nodes[taken].lowerBound)..<Int(nodes[taken].upperBound)
                taken += 1
                let utf8 = text.utf8
                let count = utf8.count
                // The text's last line breaks were cut off when it was finished.
                let slice = utf8[utf8.index(utf8.startIndex, offsetBy: Swift.min(bytes.lowerBound, count))..<utf8.index(utf8.startIndex, offsetBy: Swift.min(bytes.upperBound, count))]
                return String(Substring(slice)).trimmingTrailingLineBreaks()
            }
        }
    }

    /// The blocks of the top-level node at `child`, whose text is `text`.
    static func blocks(ofNodeAt child: Int, text: String, _ tree: MarkdownTree) -> [ChunkBlock] {
        let node = tree.nodes[child]
        let lines = node.range.start.line...max(node.range.start.line, node.range.end.line)
        switch node.kind {
        case .list(_, _, let tight):
            return listItems(tree, child, text: text, tight: tight) ?? [ChunkBlock(text: text, lines: lines, cut: .lines, separator: "\n\n")]
        case .codeBlock:
            return [ChunkBlock(text: text, lines: lines, cut: .never, separator: "\n\n")]
        case .paragraph where TextUnits.lineSlices(text, omittingEmpty: true).allSatisfy({ $0.hasPrefix("|") }):
            return [ChunkBlock(text: text, lines: lines, cut: .rows, separator: "\n\n")]
        case .heading:
            return [ChunkBlock(text: text, lines: lines, cut: .sentences, separator: "\n\n", isHeading: true)]
        case .paragraph:
            return [ChunkBlock(text: text, lines: lines, cut: .sentences, separator: "\n\n")]
        default:
            return [ChunkBlock(text: text, lines: lines, cut: .lines, separator: "\n\n")]
        }
    }

    /// A list's rendered text cut into its top-level items (each starts on a line that is not
    /// indented), with each item's lines; nil when the text and the items do not line up.
    static func listItems(_ tree: MarkdownTree, _ list: Int, text: String, tight: Bool) -> [ChunkBlock]? {
        let nodes = tree.nodes
        var items: [Int] = []
        var child = list + 1
        while child < nodes[list].subtreeEnd {
            items.append(child)
            child = max(nodes[child].subtreeEnd, child + 1)
        }
        var texts: [[Substring]] = []
        for line in TextUnits.lineSlices(text, omittingEmpty: false) {
            if let first = line.first, first != " " { texts.append([line]) } else if !texts.isEmpty { texts[texts.count - 1].append(line) }
        }
        guard texts.count == items.count else { return nil }
        return zip(items, texts).enumerated().map { k, pair in
            let node = nodes[pair.0]
            var lines = pair.1
            while lines.last?.isEmpty == true { lines.removeLast() }
            return ChunkBlock(text: lines.joined(separator: "\n"), lines: node.range.start.line...max(node.range.start.line, node.range.end.line),
                              cut: .lines, separator: k == 0 || !tight ? "\n\n" : "\n")
        }
    }
}

extension String {
    /// The string without line breaks at its end.
    func trimmingTrailingLineBreaks() -> String {
        var s = Substring(self)
        while s.last == "\n" { s.removeLast() }
        return String(s)
    }
}
