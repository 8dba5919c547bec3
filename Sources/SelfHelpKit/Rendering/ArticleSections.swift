/// An article cut into non-overlapping parts at its top-level headings, for the JSON rendering
/// and its chunks.
///
/// Part 0 is the text before the first heading (when there is any); every other part starts at a
/// heading that is a direct child of the document and runs to the next one, whatever the levels,
/// so the parts together are the whole body, each node in exactly one part. A heading nested in a
/// list or block quote stays inside its part. The payload belongs to the last part.
struct ArticleSections {
    struct Part {
        /// The heading's plain text; nil for the part before the first heading.
        var heading: String?
        /// 1–6; 0 for the part before the first heading.
        var level: Int
        /// The heading node, if any.
        var headingNode: Int?
        /// Node indices of the part (whole top-level subtrees).
        var nodes: Range<Int>
        /// The headings of the enclosing parts and of this one, outermost first.
        var headingPath: [String]
    }

    var parts: [Part] = []

    init(_ tree: MarkdownTree) {
        let nodes = tree.nodes
        guard nodes.count > 1 else { return }
        var path: [(level: Int, heading: String)] = []
        var current = Part(heading: nil, level: 0, headingNode: nil, nodes: 1..<1, headingPath: [])
        var child = 1
        while child < nodes.count {
            if case .heading(let level) = nodes[child].kind {
                if current.headingNode != nil || !current.nodes.isEmpty { parts.append(current) }
                let text = HeadingSlugs.visibleText(tree, child).trimmingHeaderWhitespace()
                while let last = path.last, last.level >= level { path.removeLast() }
                path.append((level, text))
                current = Part(heading: text, level: level, headingNode: child, nodes: child..<nodes[child].subtreeEnd, headingPath: path.map(\.heading))
            } else {
                current.nodes = (current.nodes.isEmpty ? child : current.nodes.lowerBound)..<nodes[child].subtreeEnd
            }
            child = nodes[child].subtreeEnd
        }
        if current.headingNode != nil || !current.nodes.isEmpty { parts.append(current) }
    }
}
