/// Fuzz target `article`: ``ArticleParser/parse(_:path:)`` on arbitrary bytes.
///
/// Properties: it never crashes; every Markdown node's range lies inside the file; each node's
/// `subtreeEnd` is after the node and within its parent's subtree, and parents precede children;
/// every diagnostic's line is at most the file's line count (+1 for a position at the very end);
/// sections, links, placeholders and the payload point into the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let article = ArticleParser.parse(Fuzz.bytes(data, size), path: "fuzz.md")
    let source = article.source
    let nodes = article.markdown.nodes
    fuzzCheck(!nodes.isEmpty, "no document node")
    fuzzCheck(article.bodyStart >= 0 && article.bodyStart <= source.bytes.count, "bodyStart outside the file")
    for (index, node) in nodes.enumerated() {
        fuzzCheck(rangeIsInside(node.range, source), "node \(index) \(node.kind) range \(node.range) outside the file")
        fuzzCheck(node.subtreeEnd > index && node.subtreeEnd <= nodes.count, "node \(index) subtreeEnd \(node.subtreeEnd) of \(nodes.count)")
        if index == 0 {
            fuzzCheck(node.parent == -1 && node.subtreeEnd == nodes.count, "the document does not hold every node")
            continue
        }
        let parent = node.parent
        fuzzCheck(parent >= 0 && parent < index, "node \(index) parent \(parent) not before it")
        fuzzCheck(node.subtreeEnd <= nodes[parent].subtreeEnd, "node \(index) subtree runs past its parent's")
        fuzzCheck(node.depth == nodes[parent].depth + 1, "node \(index) depth \(node.depth) under a parent of depth \(nodes[parent].depth)")
    }
    let lines = source.lineCount
    for diagnostic in article.diagnostics {
        fuzzCheck(rangeIsInside(diagnostic.range, source), "diagnostic \(diagnostic) outside the file")
        fuzzCheck(diagnostic.range.start.line <= lines + 1, "diagnostic line \(diagnostic.range.start.line) > \(lines) lines")
    }
    for section in article.sections {
        fuzzCheck(rangeIsInside(section.headingRange, source), "section heading range outside the file")
        fuzzCheck(section.contentNodes.lowerBound <= section.contentNodes.upperBound && section.contentNodes.upperBound <= nodes.count,
                  "section content nodes \(section.contentNodes) of \(nodes.count)")
    }
    for link in article.links { fuzzCheck(rangeIsInside(link.range, source), "link \(link.destination) range outside the file") }
    for placeholder in article.placeholders { fuzzCheck(rangeIsInside(placeholder.range, source), "placeholder range outside the file") }
    if let payload = article.payload {
        fuzzCheck(rangeIsInside(payload.range, source) && rangeIsInside(payload.jsonRange, source), "payload range outside the file")
    }
    return 0
}
