import Ccmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses CommonMark with libcmark and copies the result into a ``MarkdownTree``.
///
/// With ``CmarkArena``, the only files that import the C module. Ownership: libcmark parses
/// into an arena that is freed, tree and all, once the tree is copied (a body over
/// ``CmarkArena/maximumBodySize`` is parsed on the C heap and freed with `cmark_node_free`);
/// strings returned by `cmark_node_get_*` belong to their node and are copied at once. No C pointer leaves this file. The walk uses cmark's iterator (no recursion), and
/// a null or unknown value from C becomes data (an empty string, `.other`), never a crash.
public enum MarkdownParser {
    /// Parses `bytes[range]` as the article body.
    ///
    /// - Parameters:
    ///   - source: the article's decoded text.
    ///   - range: byte offsets of the body in `source.bytes`; positions are shifted so they
    ///     point into the file (the first body line may start mid-line, after the header).
    ///   - blanked: byte ranges inside `range` to hide from cmark (replaced by spaces, line
    ///     breaks kept), such as the JSON payload.
    public static func parse(_ source: SourceText, range: Range<Int>, blanked: [Range<Int>] = []) -> MarkdownTree {
        parse(source, range: range, blanked: blanked, chunking: .standard)
    }

    /// Parses `bytes[range]` as the article body, a large body in chunks (``MarkdownChunking``;
    /// the tree is the same whatever `chunking` says).
    static func parse(_ source: SourceText, range: Range<Int>, blanked: [Range<Int>], chunking: MarkdownChunking) -> MarkdownTree {
        var body = Array(source.bytes[range])
        body.withUnsafeMutableBufferPointer { buffer in
            for hidden in blanked {
                for i in hidden.clamped(to: range) where buffer[i - range.lowerBound] != 0x0A && buffer[i - range.lowerBound] != 0x0D {
                    buffer[i - range.lowerBound] = 0x20
                }
            }
        }
        let nodes = body.withUnsafeBufferPointer { buffer -> [MarkdownNode]? in
            let cuts = chunking.cuts(in: buffer)
            return buffer.withMemoryRebound(to: CChar.self) { text -> [MarkdownNode]? in
                if !cuts.isEmpty { return parseInChunks(text, cuts: cuts, source: source, body: range) }
                let converter = PositionShift(source: source, origin: source.location(ofOffset: range.lowerBound))
                return withDocument(text) { document -> [MarkdownNode]? in
                    guard let document else { return nil }
                    var nodes: [MarkdownNode] = []
                    nodes.reserveCapacity(text.count > 1 << 20 ? nodeCount(document) : text.count / 16 + 8)
                    return copyTree(document, converter: converter, body: range, into: &nodes, continuing: false) ? nodes : nil
                }
            }
        }
        return MarkdownTree(nodes: nodes ?? [MarkdownNode(kind: .document, range: source.range(range), parent: -1, depth: 0, subtreeEnd: 1)])
    }

    /// The options every parse uses.
    static let options = CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS

    /// Parses `text` with libcmark and calls `body` with the document (nil when libcmark fails):
    /// in the thread's arena up to ``CmarkArena/maximumBodySize``, on the C heap above (freed
    /// with `cmark_node_free` when `body` returns).
    static func withDocument<T>(_ text: UnsafeBufferPointer<CChar>, _ body: (OpaquePointer?) -> T) -> T {
        if text.count <= CmarkArena.maximumBodySize { return CmarkArena.parse(text, options: options, body) }
        guard let base = text.baseAddress, let document = cmark_parse_document(base, text.count, options) else { return body(nil) }
        defer { cmark_node_free(document) }
        return body(document)
    }

    /// Appends libcmark's tree to `nodes` (pre-order), with positions in file coordinates; false
    /// when cmark's iterator cannot be made.
    ///
    /// `continuing`: the tree is a later chunk of a body whose document node is `nodes[0]`; its
    /// top-level blocks become that node's children, and the document's subtree end and end
    /// position become this chunk's.
    static func copyTree(_ document: OpaquePointer, converter: PositionShift, body range: Range<Int>,
                         into nodes: inout [MarkdownNode], continuing: Bool) -> Bool {
        guard let iterator = cmark_iter_new(document) else { return false }
        defer { cmark_iter_free(iterator) }
        let source = converter.source

        // Nodes are appended on ENTER; a container's subtreeEnd is filled in on its EXIT.
        var stack: [Int] = []
        // Text literals go into one buffer, and become slices of one string once the walk is done.
        var literals: [UInt8] = []
        var textSpans: [(node: Int, end: Int)] = []
        var lines = LineShifts()
        var quoteDepth = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if continuing, node == document {
                if event == CMARK_EVENT_ENTER { stack.append(0); continue }
                stack.removeAll()
                nodes[0].subtreeEnd = nodes.count
                nodes[0].setEnd(converter.range(of: node, fallback: nodes[0].range).end)
                continue
            }
            if event == CMARK_EVENT_EXIT {
                if let index = stack.popLast() {
                    nodes[index].subtreeEnd = nodes.count
                    if cmark_node_get_type(node) == CMARK_NODE_BLOCK_QUOTE { quoteDepth -= 1 }
                    if lines.block == index { lines.finish(&nodes, converter: converter) }
                }
                continue
            }
            let parent = stack.last ?? -1
            let fallback = parent >= 0 ? nodes[parent].range : source.range(range)
            let index = nodes.count
            let kind: MarkdownNode.Kind
            if cmark_node_get_type(node) == CMARK_NODE_TEXT {
                if let literal = cmark_node_get_literal(node) {
                    literal.withMemoryRebound(to: UInt8.self, capacity: 1) { literals.append(contentsOf: UnsafeBufferPointer(start: $0, count: strlen(literal))) }
                }
                textSpans.append((index, literals.count))
                kind = .text("")
            } else {
                kind = kindOf(node)
            }
            let range: SourceRange
            if lines.block != nil {
                range = lines.range(of: node, index: index, converter: converter, fallback: fallback)
            } else {
                range = converter.range(of: node, fallback: fallback)
                switch cmark_node_get_type(node) {
                case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING: lines.start(block: index, node: node, quoteDepth: quoteDepth)
                case CMARK_NODE_BLOCK_QUOTE: quoteDepth += 1
                default: break
                }
            }
            nodes.append(MarkdownNode(kind: kind, range: range, parent: parent, depth: stack.count, subtreeEnd: index + 1))
            // Leaves get no EXIT event in cmark's iterator.
            if !isLeaf(node) { stack.append(index) }
        }
        let text = String(decoding: literals, as: UTF8.self)
        if text.utf8.count == literals.count { // always, as cmark's literals are valid UTF-8; else keep the placeholders
            var start = text.utf8.startIndex
            var startOffset = 0
            for span in textSpans {
                let end = text.utf8.index(start, offsetBy: span.end - startOffset)
                nodes[span.node].kind = .text(text[start..<end])
                (start, startOffset) = (end, span.end)
            }
        }
        return true
    }

    /// The number of nodes under `document` (one walk of cmark's iterator). A large body's node
    /// array is reserved at its exact size: growing it by doubling would hold two copies of a
    /// multi-gigabyte array at once.
    static func nodeCount(_ document: OpaquePointer) -> Int {
        guard let iterator = cmark_iter_new(document) else { return 0 }
        defer { cmark_iter_free(iterator) }
        var count = 0
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
            if event == CMARK_EVENT_ENTER { count += 1 }
        }
        return count
    }

    private static func isLeaf(_ node: OpaquePointer) -> Bool {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
             CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            return true
        default:
            return false
        }
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func kindOf(_ node: OpaquePointer) -> MarkdownNode.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_LIST:
            return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0)
        case CMARK_NODE_ITEM: return .item
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal: string(cmark_node_get_literal(node)))
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_TEXT: return .text(Substring(string(cmark_node_get_literal(node))))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: return .htmlInline(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        case CMARK_NODE_IMAGE: return .image(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
        default: return .other(string(cmark_node_get_type_string(node)))
        }
    }

    /// Maps cmark's body-relative line and byte column onto the file.
    struct PositionShift {
        let source: SourceText
        let origin: SourceLocation
        /// The body's first line starts mid-line (after the header): its byte columns shift.
        let originByteColumn: Int

        init(source: SourceText, origin: SourceLocation) {
            self.source = source
            self.origin = origin
            self.originByteColumn = source.byteColumn(of: origin)
        }

        func location(line: Int32, column: Int32) -> SourceLocation? {
            guard line > 0 else { return nil }
            let fileLine = Int(line) + origin.line - 1
            let fileColumn = line == 1 ? Int(max(column, 1)) + originByteColumn - 1 : Int(max(column, 1))
            return source.location(line: fileLine, byteColumn: fileColumn)
        }

        func range(of node: OpaquePointer, fallback: SourceRange, startShift: Int32 = 0, endShift: Int32 = 0) -> SourceRange {
            guard let start = location(line: cmark_node_get_start_line(node), column: cmark_node_get_start_column(node) + startShift) else {
                return SourceRange(start: fallback.start, end: fallback.start)
            }
            // cmark's end column is inclusive; step one byte past it.
            let end = location(line: cmark_node_get_end_line(node), column: cmark_node_get_end_column(node) + 1 + endShift) ?? start
            return SourceRange(start: start, end: max(start, end))
        }

        /// The body-relative byte column of the first content on body line `line`, after
        /// indentation and at most `quotes` block-quote markers (`>`).
        func contentColumn(line: Int32, quotes: Int) -> Int32? {
            let fileLine = Int(line) + origin.line - 1
            guard line > 1, fileLine >= 1, fileLine <= source.lineStarts.count else { return nil }
            let bytes = source.bytes
            let start = source.lineStarts[fileLine - 1]
            var i = start
            var quotesLeft = quotes
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x20 || b == 0x09 { i += 1; continue }
                if b == UInt8(ascii: ">"), quotesLeft > 0 { quotesLeft -= 1; i += 1; continue }
                break
            }
            guard i < bytes.count, bytes[i] != 0x0A, bytes[i] != 0x0D else { return nil }
            return Int32(clamping: i - start + 1)
        }
    }

    /// Corrects libcmark's inline columns on the later lines of a paragraph or heading.
    ///
    /// libcmark computes an inline's column on a paragraph's second and later lines as if each line
    /// began at the paragraph's first column. A lazy continuation line (`![](shot.png)` right under
    /// `3. Open …`, without indentation) or a block-quote line without the space after `>` begins
    /// elsewhere, and every column on it is off by the difference. The first inline after a line
    /// break starts at the line's first content character, so that difference is measured there
    /// and applied to every position on the line.
    fileprivate struct LineShifts {
        /// The paragraph or heading being copied (its node index), if any.
        var block: Int?
        private var blockLine: Int32 = 0
        private var quotes = 0
        private var afterBreak = false
        private var shifts: [Int32: Int32] = [:]
        /// Nodes whose end lies on a later line than their start: their end is corrected once the
        /// block is done, when every line's shift is known.
        private var spanning: [(index: Int, line: Int32, column: Int32)] = []

        mutating func start(block index: Int, node: OpaquePointer, quoteDepth: Int) {
            block = index
            blockLine = cmark_node_get_start_line(node)
            quotes = quoteDepth
            afterBreak = false
            shifts.removeAll(keepingCapacity: true)
            spanning.removeAll(keepingCapacity: true)
        }

        /// The file range of an inline node of the block.
        mutating func range(of node: OpaquePointer, index: Int, converter: PositionShift, fallback: SourceRange) -> SourceRange {
            let line = cmark_node_get_start_line(node)
            if afterBreak, line > blockLine, shifts[line] == nil, let real = converter.contentColumn(line: line, quotes: quotes) {
                let shift = real - cmark_node_get_start_column(node)
                if shift != 0 { shifts[line] = shift }
            }
            let type = cmark_node_get_type(node)
            afterBreak = type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK
            let endLine = cmark_node_get_end_line(node)
            if endLine != line { spanning.append((index, endLine, cmark_node_get_end_column(node))) }
            guard !shifts.isEmpty else { return converter.range(of: node, fallback: fallback) }
            return converter.range(of: node, fallback: fallback, startShift: shifts[line] ?? 0, endShift: shifts[endLine] ?? 0)
        }

        /// Corrects the ends that lie on lines whose shift was found after their node, and leaves the block.
        mutating func finish(_ nodes: inout [MarkdownNode], converter: PositionShift) {
            for (index, line, column) in spanning {
                guard let shift = shifts[line], let end = converter.location(line: line, column: column + 1 + shift) else { continue }
                nodes[index].setEnd(max(nodes[index].range.start, end))
            }
            block = nil
        }
    }
}
