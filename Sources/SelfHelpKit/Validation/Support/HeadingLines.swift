/// Line-level facts about an article's headings, for the blank-line rules.
extension Article {
    /// Top-level headings (not inside a list or a block quote, where a blank line would end the
    /// container), outside the header: their section, first line and last line.
    var topLevelHeadings: [(section: Section, firstLine: Int, lastLine: Int)] {
        sections.compactMap { section in
            let node = markdown.nodes[section.nodeIndex]
            guard node.parent == 0, section.headingRange.start.offset >= bodyStart else { return nil }
            var last = section.headingRange.end.line
            // A range that ends at the start of a line ends on the line before.
            if last > section.headingRange.start.line, section.headingRange.end.column == 1 { last -= 1 }
            return (section, section.headingRange.start.line, last)
        }
    }

    /// Whether 1-based `line` is blank (only spaces and tabs) or past the end of the file.
    func isBlankLine(_ line: Int) -> Bool {
        guard line >= 1, line <= source.lineCount else { return true }
        return source.lineText(line).utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// The line ending of 1-based `line` as written (`\r\n`, `\r` or `\n`; `\n` for the last line).
    func lineEnding(_ line: Int) -> String {
        guard line >= 1, line < source.lineStarts.count else { return "\n" }
        let end = source.lineStarts[line]
        if end >= 2, source.bytes[end - 2] == 0x0D, source.bytes[end - 1] == 0x0A { return "\r\n" }
        return source.bytes[end - 1] == 0x0D ? "\r" : "\n"
    }

    /// Whether 1-based `line` holds only an HTML comment, such as a template's region marker
    /// (`<!--rcaDescription-->`): it renders as nothing, so it separates a heading as a blank line does.
    func isCommentLine(_ line: Int) -> Bool {
        let text = source.lineText(line).trimmingHeaderWhitespace()
        return text.hasPrefix("<!--") && text.hasSuffix("-->")
    }

    /// Whether 1-based `line` opens the JSON payload (its `---` fence).
    func isPayloadFence(_ line: Int) -> Bool {
        guard let payload, line >= 1, line <= source.lineStarts.count else { return false }
        return payload.range.offsets.contains(source.lineStarts[line - 1])
    }
}
