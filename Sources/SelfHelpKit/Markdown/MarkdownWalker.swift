/// What a ``MarkdownWalker`` asks for after it has visited a node.
public enum MarkdownWalkStep: Equatable, Sendable {
    /// Visit the node's children, then call ``MarkdownWalker/leave(_:)`` for it when its
    /// subtree ends (at once for a node without children).
    case descend
    /// Go on after the node's subtree: its children are not visited and it is not left.
    case skip
    /// Go on at node `index`, a later node in the same parent (an element that the walker has
    /// read from several siblings); the node is not left. An index at or before the node's
    /// subtree end is treated as ``skip``.
    case skipTo(Int)
}

/// Something that walks a ``MarkdownTree`` node by node, in document order: the per-node
/// methods of a renderer or reader, with ``walk(_:range:)`` owning the traversal.
///
/// ``visit(_:)`` is called on entering each node and says whether to descend into it;
/// ``leave(_:)`` is called when the subtree of a node entered with ``MarkdownWalkStep/descend``
/// ends (innermost first), so a walker closes what it opened there. As swift-markdown's
/// `MarkupWalker`, but over the flat tree and without recursion: the walk handles any nesting
/// depth (100,000 levels and more) in constant stack space and allocates nothing per node.
public protocol MarkdownWalker {
    /// Called on entering node `index`; returns whether to descend into its subtree.
    mutating func visit(_ index: Int) -> MarkdownWalkStep
    /// Called when the subtree of node `index`, visited with ``MarkdownWalkStep/descend``, ends.
    mutating func leave(_ index: Int)
}

extension MarkdownWalker {
    /// Does nothing: most walkers have nothing to close.
    public mutating func leave(_ index: Int) {}

    /// Walks the nodes `range` of `tree` (whole subtrees, in document order; by default the
    /// whole tree, document node included), calling ``visit(_:)`` and ``leave(_:)``.
    ///
    /// The nodes still open are found through their parent links, so the walk keeps no stack:
    /// when it reaches a node, it first leaves every open node whose subtree ends at or before it.
    /// A range that does not start at a subtree's root is walked from there; its ancestors
    /// before the range are neither visited nor left.
    public mutating func walk(_ tree: MarkdownTree, range: Range<Int>? = nil) {
        let nodes = tree.nodes
        let lower = max(range?.lowerBound ?? 0, 0)
        let upper = min(range?.upperBound ?? nodes.count, nodes.count)
        // The innermost node entered with `.descend` and not yet left; its ancestors at or after
        // `lower` are the other open nodes.
        var innermost = -1
        var index = lower
        while index < upper {
            while innermost >= lower, nodes[innermost].subtreeEnd <= index {
                leave(innermost)
                innermost = nodes[innermost].parent
            }
            let subtreeEnd = nodes[index].subtreeEnd
            switch visit(index) {
            case .descend:
                innermost = index
                index += 1
            case .skip:
                index = max(subtreeEnd, index + 1)
            case .skipTo(let next):
                index = max(next, subtreeEnd, index + 1)
            }
        }
        while innermost >= lower {
            leave(innermost)
            innermost = nodes[innermost].parent
        }
    }
}
