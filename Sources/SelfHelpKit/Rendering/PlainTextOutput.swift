extension PlainTextRenderer {
    /// Lines being written, with the prefixes of the open block quotes and list items.
    struct Output {
        /// An open block quote or list item: its first line's marker and its other lines' indent.
        struct Container {
            var first: String
            var rest: String
            var used = false
        }

        var text = ""
        var containers: [Container] = []
        var needsBlank = false
        var width: Int?
        /// Where the first line written since it was last cleared starts (a UTF-8 offset in
        /// ``text``, after the blank line before it): ``PlainTextRenderer/renderTopLevel(_:_:)``
        /// finds each block's own text with it.
        var firstLineStart: Int?

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
            if firstLineStart == nil { firstLineStart = text.utf8.count }
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
}
