/// The line handling of the plain text: cutting, trimming, wrapping, control characters.
extension PlainTextRenderer {
    /// `text` with every control character (Unicode `Cc`: C0, DEL, C1) other than `\n` and `\t`
    /// replaced by a space.
    static func replacingControlCharacters(_ text: String) -> String {
        guard hasControlCharacters(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let isControl = scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t"
            scalars.append(isControl ? " " : scalar)
        }
        return String(scalars)
    }

    /// Whether `text` may hold a control character other than line feed and tab (a C1 control
    /// starts with the byte 0xC2).
    static func hasControlCharacters(_ text: String) -> Bool {
        text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 })
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

    /// `s` without trailing spaces, tabs and CRs.
    func trimTrailing(_ s: String) -> String {
        var s = Substring(s)
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s.removeLast() }
        return String(s)
    }

    /// `lines` without blank lines at either end, every blank line made empty.
    func trimBlankEdges(_ lines: [String]) -> [String] {
        var slice = lines[...]
        while let first = slice.first, first.trimmingHeaderWhitespace().isEmpty { slice.removeFirst() }
        while let last = slice.last, last.trimmingHeaderWhitespace().isEmpty { slice.removeLast() }
        return slice.map { $0.trimmingHeaderWhitespace().isEmpty ? "" : $0 }
    }

    /// `lines` with each run of blank lines made one empty line.
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
    /// The string without `set` at either end.
    func trimmingCharacters(in set: Character) -> String {
        String(self.drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
