/// Renders an ``Article`` as plain text: what a person would paste into an email or a search
/// index would hold.
///
/// Headings stand on their own lines; numbered (`1.`) and bulleted (`-`) lists are kept, nested
/// items indented under their parent's text; block quotes get `> `; links read `text (url)`
/// (just the URL when the text is the URL; just the text when the URL is rejected by
/// ``URLPolicy``); images become their alt text; code blocks are indented four spaces. Raw HTML
/// tags are stripped (`<br>` and block tags become line breaks), character references decoded,
/// placeholders show their default or the caller's value, and a JSON payload becomes readable
/// lines. Blocks are separated by one blank line. With ``width``, paragraphs are wrapped at that
/// many characters (never code, never inside a word).
public struct PlainTextRenderer: Sendable {
    /// Placeholder values and link resolution (portal links show their resolved URL).
    public var options: RenderOptions
    /// Wrap paragraphs at this many characters; nil for no wrapping.
    public var width: Int?

    /// A renderer; `width` below 10 is raised to 10.
    public init(options: RenderOptions = RenderOptions(), width: Int? = nil) {
        self.options = options
        self.width = width.map { max($0, 10) }
    }

    /// The article as plain text, ending with one line break.
    public func render(_ article: Article) -> String {
        var output = Output()
        renderNodes(article.markdown, 1..<article.markdown.nodes.count, into: &output)
        if let payload = article.payload {
            output.block(PayloadText.lines(payload, title: article.title))
        }
        return output.finish()
    }

    /// The text of the nodes `range` (whole subtrees) of `tree`.
    func renderFragment(_ tree: MarkdownTree, _ range: Range<Int>) -> String {
        var output = Output()
        renderNodes(tree, range, into: &output)
        return output.finish()
    }

    /// Lines being written, with the prefixes of the open block quotes and list items.
    struct Output {
        struct Container {
            var end: Int
            var first: String
            var rest: String
            var used = false
        }

        var text = ""
        var containers: [Container] = []
        var needsBlank = false
        var width: Int?

        /// Quotes and list items deeper than this are not indented further (the last one's
        /// marker still shows), so hostile nesting cannot make the output quadratic.
        static let maximumIndentedLevels = 32

        /// The prefix of the next line: each container's first-line marker the first time, then
        /// its continuation indent.
        mutating func prefix() -> String {
            var p = ""
            let shown = min(containers.count, Output.maximumIndentedLevels)
            for k in 0..<shown {
                p += containers[k].used ? containers[k].rest : containers[k].first
                containers[k].used = true
            }
            if containers.count > shown, let last = containers.indices.last, !containers[last].used {
                p += containers[last].first
                containers[last].used = true
            }
            return p
        }

        /// Writes a block's lines (a blank line first when needed); `wrap` wraps them.
        mutating func block(_ lines: [String], wrap: Bool = false) {
            guard !lines.isEmpty else { return }
            if needsBlank, !text.isEmpty {
                let blank = containers.prefix(Output.maximumIndentedLevels).filter(\.used).map(\.rest).joined()
                text += String(blank.reversed().drop(while: { $0 == " " }).reversed()) + "\n"
            }
            for line in lines {
                if wrap, let width {
                    let available = max(width - containersRest().count, 20)
                    for piece in PlainTextRenderer.wrap(line, width: available) { text += prefix() + piece + "\n" }
                } else {
                    text += prefix() + line + "\n"
                }
            }
            needsBlank = true
        }

        func containersRest() -> String { containers.prefix(Output.maximumIndentedLevels).map(\.rest).joined() }

        /// The text, without trailing blank lines, control characters other than line feed and tab
        /// each replaced by a space (binary input, a CR inside a line).
        mutating func finish() -> String {
            while text.hasSuffix("\n\n") { text.removeLast() }
            return PlainTextRenderer.replacingControlCharacters(text)
        }
    }

    func renderNodes(_ tree: MarkdownTree, _ range: Range<Int>, into output: inout Output) {
        output.width = width
        let nodes = tree.nodes
        let end = min(range.upperBound, nodes.count)
        var i = range.lowerBound
        // Item numbers of open ordered lists: (list end, next number).
        var counters: [(end: Int, next: Int, ordered: Bool, tight: Bool)] = []
        while i < end {
            while let last = output.containers.last, last.end <= i { output.containers.removeLast() }
            while let last = counters.last, last.end <= i { counters.removeLast(); output.needsBlank = true }
            let node = nodes[i]
            switch node.kind {
            case .document, .other:
                i += 1
            case .blockQuote:
                output.containers.append(Output.Container(end: node.subtreeEnd, first: "> ", rest: "> "))
                i += 1
            case .list(let ordered, let start, let tight):
                if let parentTight = counters.last?.tight, parentTight { output.needsBlank = false }
                counters.append((node.subtreeEnd, start, ordered, tight))
                i += 1
            case .item:
                var marker = "- "
                if let k = counters.indices.last {
                    if counters[k].ordered { marker = "\(counters[k].next). " }
                    if counters[k].tight, !isFirstItem(tree, i) { output.needsBlank = false }
                    counters[k].next += 1
                }
                output.containers.append(Output.Container(end: node.subtreeEnd, first: marker, rest: String(repeating: " ", count: marker.count)))
                if node.subtreeEnd == i + 1 { output.block([""]) }
                i += 1
            case .paragraph where HTMLRenderer.apolloSectionLabel(tree, i) != nil:
                output.block([HTMLRenderer.apolloSectionLabel(tree, i) ?? ""])
                i = node.subtreeEnd
            case .paragraph, .heading:
                let text = inlineText(tree, i)
                let lines = splitLines(text, droppingLeadingSpaces: true)
                if case .heading = node.kind {
                    output.block([lines.joined(separator: " ").trimmingHeaderWhitespace()])
                } else {
                    output.block(trimBlankEdges(lines), wrap: true)
                }
                i = node.subtreeEnd
            case .codeBlock(_, let literal):
                var lines = literal.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + trimTrailing(String($0)) }
                if literal.hasSuffix("\n") { lines.removeLast() }
                output.block(lines.map { $0.trimmingCharacters(in: " ").isEmpty ? "" : $0 })
                i += 1
            case .htmlBlock(let literal):
                var extractor = HTMLTextExtractor(variables: HTMLSanitizer.Markers(variables: options.variables))
                var text = ""
                extractor.extract(literal, into: &text)
                let lines = trimBlankEdges(collapseBlankRuns(splitLines(text, droppingLeadingSpaces: false)))
                output.block(lines, wrap: true)
                i += 1
            case .thematicBreak:
                output.block(["---"])
                i += 1
            default:
                // Inline content outside a paragraph (does not happen with cmark): its text.
                output.block([inlineText(tree, i)])
                i = node.subtreeEnd
            }
        }
    }

    /// `text` with every control character (Unicode `Cc`: C0, DEL, C1) other than `\n` and `\t`
    /// replaced by a space.
    static func replacingControlCharacters(_ text: String) -> String {
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isControl = scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t"
            scalars.append(isControl ? " " : scalar)
        }
        return String(scalars)
    }

    func isFirstItem(_ tree: MarkdownTree, _ index: Int) -> Bool {
        tree.nodes[index].parent == index - 1
    }

    /// The text of a paragraph or heading: hard breaks and `<br>` as `\n`, soft breaks as spaces.
    func inlineText(_ tree: MarkdownTree, _ index: Int) -> String {
        var out = ""
        var linkEnds: [(end: Int, suffix: String)] = []
        var extractor = HTMLTextExtractor(variables: HTMLSanitizer.Markers(variables: options.variables))
        let nodes = tree.nodes
        var i = index + 1
        let end = nodes[index].subtreeEnd
        while true {
            while let last = linkEnds.last, last.end <= i || i >= end {
                out += last.suffix
                linkEnds.removeLast()
            }
            guard i < end else { break }
            extractor.leave(upTo: i)
            let node = nodes[i]
            var next = i + 1
            switch node.kind {
            case .text(let text):
                if !extractor.isSuppressing { out += text }
            case .code(let text):
                if !extractor.isSuppressing { out += text }
            case .softBreak: out += " "
            case .lineBreak: out += "\n"
            case .htmlInline(let html):
                let containerEnd = node.parent >= 0 ? nodes[node.parent].subtreeEnd : end
                if let apollo = ApolloTag.inlineElement(tree, at: i) {
                    extractor.extract(apollo.html, into: &out, container: node.parent, containerEnd: containerEnd)
                    next = apollo.next
                } else {
                    extractor.extract(html, into: &out, container: node.parent, containerEnd: containerEnd)
                }
            case .link(let destination, _):
                var ignored: [(String, String)] = []
                let linkText = tree.plainText(of: i)
                // A link inside dropped content (`<math>` … `[x](url)`) shows nothing, its URL neither.
                if !extractor.isSuppressing, let url = options.linkTarget(destination, attributes: &ignored) {
                    let same = url == linkText || url == "mailto:" + linkText || destination == linkText
                    linkEnds.append((node.subtreeEnd, same ? "" : " (\(url))"))
                }
            case .image:
                out += tree.plainText(of: i)
                next = node.subtreeEnd
            default:
                break
            }
            i = next
        }
        return out
    }

    /// `text` cut at its line feeds, each line without trailing spaces, tabs and CRs (and, when
    /// asked, without leading spaces). ASCII text is cut byte by byte; other text by characters,
    /// where a CR LF pair or a space with a combining mark is one character.
    func splitLines(_ text: String, droppingLeadingSpaces: Bool) -> [String] {
        var copy = text
        let ascii = copy.withUTF8 { $0.allSatisfy { $0 < 0x80 } }
        guard ascii else {
            return text.split(separator: "\n", omittingEmptySubsequences: false).map {
                trimTrailing(String(droppingLeadingSpaces ? $0.drop { $0 == " " } : $0))
            }
        }
        return copy.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            var i = 0
            func cut(_ end: Int) {
                var lower = start, upper = end
                if droppingLeadingSpaces { while lower < upper, bytes[lower] == 0x20 { lower += 1 } }
                while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D { upper -= 1 }
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self))
            }
            while i < bytes.count {
                // A line feed after a CR is part of one "\r\n" character: not a cut, as in the character path.
                if bytes[i] == 0x0A, i == 0 || bytes[i - 1] != 0x0D {
                    cut(i)
                    start = i + 1
                }
                i += 1
            }
            cut(bytes.count)
            return lines
        }
    }

    func trimTrailing(_ s: String) -> String {
        var s = Substring(s)
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s.removeLast() }
        return String(s)
    }

    func trimBlankEdges(_ lines: [String]) -> [String] {
        var slice = lines[...]
        while let first = slice.first, first.trimmingHeaderWhitespace().isEmpty { slice.removeFirst() }
        while let last = slice.last, last.trimmingHeaderWhitespace().isEmpty { slice.removeLast() }
        return slice.map { $0.trimmingHeaderWhitespace().isEmpty ? "" : $0 }
    }

    func collapseBlankRuns(_ lines: [String]) -> [String] {
        var out: [String] = []
        for line in lines {
            let blank = line.trimmingHeaderWhitespace().isEmpty
            if blank, let last = out.last, last.isEmpty { continue }
            out.append(blank ? "" : line)
        }
        return out
    }

    /// Greedy word wrap at `width` characters; a word longer than the width stays whole.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        var lines: [String] = []
        var current = ""
        var currentCount = 0
        // Keep leading indentation on the first line.
        let indent = String(line.prefix { $0 == " " })
        for word in line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: true) {
            let w = word.count
            if currentCount == 0 {
                current = (lines.isEmpty ? indent : "") + word
                currentCount = current.count
            } else if currentCount + 1 + w <= width {
                current += " " + word
                currentCount += 1 + w
            } else {
                lines.append(current)
                current = String(word)
                currentCount = w
            }
        }
        if currentCount > 0 { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        String(self.drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
