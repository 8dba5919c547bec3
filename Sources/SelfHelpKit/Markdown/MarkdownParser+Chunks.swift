import Ccmark

/// A large body parsed in chunks (``MarkdownChunking``): libcmark holds one chunk's tree at a time.
extension MarkdownParser {
    /// The nodes of `text` (the body `body` of `source`), parsed in pieces cut at some of `cuts`;
    /// nil when libcmark fails.
    ///
    /// Two passes. The first parses each candidate piece and keeps its end only if its last block,
    /// at any depth, is neither a code block nor an HTML block (those may run on past the cut);
    /// otherwise the piece grows to a cut at least twice as far, so a body with no usable cut costs
    /// a few whole parses, not one per cut. It also counts the nodes, so the second pass, which
    /// parses the pieces again and copies them, fills an array reserved at its exact size (growing
    /// it would hold two copies of a large array at once).
    static func parseInChunks(_ text: UnsafeBufferPointer<CChar>, cuts: [Int], source: SourceText, body: Range<Int>) -> [MarkdownNode]? {
        var pieces: [Range<Int>] = []
        var total = 1 // the document
        var start = 0
        var next = 0 // index in `cuts` of the candidate end
        while start < text.count {
            let end = next < cuts.count ? cuts[next] : text.count
            let count = withDocument(UnsafeBufferPointer(rebasing: text[start..<end])) { document -> Int? in
                guard let document else { return -1 }
                return end == text.count || endsSafely(document) ? nodeCount(document) - 1 : nil
            }
            switch count {
            case .some(let count) where count < 0:
                return nil
            case .some(let count):
                pieces.append(start..<end)
                total += count
                start = end
                next += 1
            case .none:
                let target = start + 2 * (end - start)
                while next < cuts.count, cuts[next] < target { next += 1 }
            }
        }
        var nodes: [MarkdownNode] = []
        nodes.reserveCapacity(total)
        for (index, piece) in pieces.enumerated() {
            let converter = PositionShift(source: source, origin: source.location(ofOffset: body.lowerBound + piece.lowerBound))
            let copied = withDocument(UnsafeBufferPointer(rebasing: text[piece])) { document -> Bool in
                guard let document else { return false }
                return copyTree(document, converter: converter, body: body, into: &nodes, continuing: index > 0)
            }
            if !copied { return nil }
        }
        return nodes
    }

    /// Whether a piece's tree may be followed by the next piece's: the last block at every depth
    /// (the document's last child, its last child, …) is a paragraph, heading or thematic break,
    /// or an empty container: no code block or HTML block, which may run on past the cut.
    private static func endsSafely(_ document: OpaquePointer) -> Bool {
        var node = cmark_node_last_child(document)
        while let current = node {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_THEMATIC_BREAK:
                return true
            case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM:
                node = cmark_node_last_child(current)
            default: // a code or HTML block may run on past the cut; so may a block unknown here
                return false
            }
        }
        return true
    }
}
