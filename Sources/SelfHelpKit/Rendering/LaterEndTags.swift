/// For an HTML block, the names of the elements (and placeholders) whose end tag appears in a
/// later HTML block of the same container: an element an HTML block leaves open stays open only
/// for them (the `<details>` … Markdown … `</details>` pattern); any other is closed at the end
/// of its block.
///
/// Computed once per container, the first time one of its blocks leaves an element open, in one
/// pass over the container's HTML blocks from the last to the first.
struct LaterEndTags {
    private var byContainer: [Int: [Int: Set<String>]] = [:]

    /// The end-tag names (allowed and Apollo elements) in HTML blocks after `block`, a child of
    /// `container`.
    mutating func names(after block: Int, container: Int, in tree: MarkdownTree) -> Set<String> {
        if let known = byContainer[container] { return known[block] ?? [] }
        let nodes = tree.nodes
        var blocks: [Int] = []
        var child = container + 1
        let end = container >= 0 && container < nodes.count ? nodes[container].subtreeEnd : 0
        while child < end {
            if case .htmlBlock = nodes[child].kind { blocks.append(child) }
            child = max(nodes[child].subtreeEnd, child + 1)
        }
        var result: [Int: Set<String>] = [:]
        var later: Set<String> = []
        for index in blocks.reversed() {
            result[index] = later
            if case .htmlBlock(let literal) = nodes[index].kind { later.formUnion(Self.endTagNames(literal)) }
        }
        byContainer[container] = result
        return result[block] ?? []
    }

    /// The names of the allowed and Apollo elements `html` has end tags for (raw text skipped),
    /// and `$name` (lower case) for each placeholder it closes.
    static func endTagNames(_ html: String) -> Set<String> {
        var html = html
        var names: Set<String> = []
        html.withUTF8 { bytes in
            var tokenizer = HTMLTokenizer(bytes)
            while let token = tokenizer.next() {
                switch token {
                case .endTag(let name, _):
                    switch HTMLAllowlist.decision(for: name) {
                    case .allow, .apollo: names.insert(name)
                    case .drop, .dropWithContent, .escape: break
                    }
                case .comment(let content, _):
                    if let marker = HTMLSanitizer.templateMarker(UnsafeBufferPointer(rebasing: bytes[content])), marker.isPlaceholder, marker.isClose {
                        names.insert("$" + marker.name.lowercased())
                    }
                case .startTag(let name, _, _, _) where DroppedElement.rawTextNames.contains(name):
                    _ = tokenizer.skipRawText(until: name)
                default:
                    break
                }
            }
        }
        return names
    }
}
