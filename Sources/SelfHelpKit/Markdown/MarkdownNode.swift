/// One node of a ``MarkdownTree``: what it is, where it is, and where its subtree ends.
public struct MarkdownNode: Hashable, Sendable {
    /// What a node is, with the values libcmark gives for it.
    public enum Kind: Hashable, Sendable {
        /// The root of the tree.
        case document
        /// A block quote.
        case blockQuote
        /// A list: ordered or bulleted, the first item's number, and whether it is tight (items not
        /// separated by blank lines).
        case list(ordered: Bool, start: Int, tight: Bool)
        /// A list item.
        case item
        /// A fenced or indented code block: its info string and its text.
        case codeBlock(info: String, literal: String)
        /// A block of raw HTML, as written.
        case htmlBlock(literal: String)
        /// A paragraph.
        case paragraph
        /// A heading, level 1 to 6.
        case heading(level: Int)
        /// A thematic break (`---`).
        case thematicBreak
        /// Text, as a slice of one string that holds every text literal of the tree (so a
        /// document's thousands of text nodes cost one allocation, not one each).
        case text(Substring)
        /// A soft line break (a line end inside a paragraph).
        case softBreak
        /// A hard line break (two spaces or a backslash at the end of a line).
        case lineBreak
        /// Inline code, its text.
        case code(String)
        /// Inline raw HTML, as written.
        case htmlInline(String)
        /// Emphasis (`*x*`).
        case emphasis
        /// Strong emphasis (`**x**`).
        case strong
        /// A link, with its destination and title as written (its text is its children).
        case link(destination: String, title: String)
        /// An image, with its destination and title as written (its alt text is its children).
        case image(destination: String, title: String)
        /// A node type this binding does not know (a newer libcmark), with its type name.
        case other(String)

        /// Whether the node is a block (as opposed to an inline).
        public var isBlock: Bool {
            switch self {
            case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak: return true
            default: return false
            }
        }
    }

    /// What the node is (the parser fixes up a few kinds after reading the tree).
    public internal(set) var kind: Kind

    // Stored as 32-bit numbers: a 100 MB article has some 14 million nodes, and this halves
    // their positions' share of memory. Files are read up to 256 MiB (``ArticleLoader``), far
    // below 2^31; larger in-memory text gets clamped positions, never a trap.
    private let start: (line: Int32, column: Int32, offset: Int32)
    private var end: (line: Int32, column: Int32, offset: Int32)
    private let parentIndex: Int32
    private let nestingDepth: Int32
    private var subtreeEndIndex: Int32

    /// Where the node is in the article file. Inline nodes for which libcmark reports no
    /// position carry their enclosing block's start.
    public var range: SourceRange {
        SourceRange(start: SourceLocation(line: Int(start.line), column: Int(start.column), offset: Int(start.offset)),
                    end: SourceLocation(line: Int(end.line), column: Int(end.column), offset: Int(end.offset)))
    }
    /// Moves the end of the node (the parser corrects libcmark's columns on later lines).
    mutating func setEnd(_ location: SourceLocation) {
        end = (Int32(clamping: location.line), Int32(clamping: location.column), Int32(clamping: location.offset))
    }

    /// Index of the parent node in ``MarkdownTree/nodes``; -1 for the document.
    public var parent: Int { Int(parentIndex) }
    /// Nesting depth: 0 for the document.
    public var depth: Int { Int(nestingDepth) }
    /// Index just past this node's last descendant: the subtree is `index..<subtreeEnd`.
    public internal(set) var subtreeEnd: Int {
        get { Int(subtreeEndIndex) }
        set { subtreeEndIndex = Int32(clamping: newValue) }
    }

    init(kind: Kind, range: SourceRange, parent: Int, depth: Int, subtreeEnd: Int) {
        self.kind = kind
        start = (Int32(clamping: range.start.line), Int32(clamping: range.start.column), Int32(clamping: range.start.offset))
        end = (Int32(clamping: range.end.line), Int32(clamping: range.end.column), Int32(clamping: range.end.offset))
        parentIndex = Int32(clamping: parent)
        nestingDepth = Int32(clamping: depth)
        subtreeEndIndex = Int32(clamping: subtreeEnd)
    }

    /// Whether two nodes have the same kind, range, parent, depth and subtree end.
    public static func == (a: MarkdownNode, b: MarkdownNode) -> Bool {
        a.kind == b.kind && a.range == b.range && a.parent == b.parent && a.depth == b.depth && a.subtreeEnd == b.subtreeEnd
    }

    /// Hashes the kind, range and parent (equal nodes hash equally).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(range)
        hasher.combine(parentIndex)
    }
}

/// A Markdown document as a flat, pre-ordered array of nodes.
///
/// A flat array (not nested values) keeps every walk iterative and makes freeing a
/// 100,000-deep tree as cheap as freeing an array: nothing here recurses.
public struct MarkdownTree: Hashable, Sendable {
    /// All nodes in document (pre-)order; `nodes[0]` is the document.
    public let nodes: [MarkdownNode]

    /// A tree of `nodes`, which must be in pre-order with consistent parents and subtree ends, as
    /// ``MarkdownParser`` makes them.
    public init(nodes: [MarkdownNode]) { self.nodes = nodes }

    /// About how many source bytes the nodes `range` (whole subtrees) come from: from the first
    /// node's start to the last node's end (a size hint for what is rendered from them).
    func sourceLength(of range: Range<Int>) -> Int {
        guard !range.isEmpty else { return 0 }
        return max(0, nodes[range.upperBound - 1].range.end.offset - nodes[range.lowerBound].range.start.offset)
    }

    /// The indices of the direct children of node `index`, in order.
    public func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        let end = nodes[index].subtreeEnd
        while child < end {
            result.append(child)
            child = nodes[child].subtreeEnd
        }
        return result
    }

    /// The concatenated text of node `index`'s subtree: text, code, and a space for breaks.
    public func plainText(of index: Int) -> String {
        var out = ""
        for i in index..<nodes[index].subtreeEnd {
            switch nodes[i].kind {
            case .text(let text): out += text
            case .code(let text): out += text
            case .softBreak, .lineBreak: out += " "
            default: break
            }
        }
        return out
    }

    /// The nearest ancestor of `index` (or `index` itself) that matches `predicate`.
    public func ancestor(of index: Int, where predicate: (MarkdownNode.Kind) -> Bool) -> Int? {
        var current = index
        while current >= 0 {
            if predicate(nodes[current].kind) { return current }
            current = nodes[current].parent
        }
        return nil
    }
}
