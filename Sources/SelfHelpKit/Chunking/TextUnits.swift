/// The smaller units a chunk may be cut into when a block does not fit: sentences, lines and
/// words. Never cuts inside a word.
enum TextUnits {
    /// The sentences of a paragraph: cut after `.`, `!` or `?` followed by a space or line
    /// break (the space is dropped; a line break inside a sentence stays).
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var sentence = ""
        var previous: Character?
        for character in text {
            if character == " " || character == "\n", let p = previous, p == "." || p == "!" || p == "?", !sentence.isEmpty {
                result.append(sentence)
                sentence = ""
            } else {
                sentence.append(character)
            }
            previous = character
        }
        if !sentence.isEmpty { result.append(sentence) }
        return result
    }

    /// The lines of a block (its line breaks dropped), without empty ones at the ends.
    static func lines(_ text: String) -> [String] {
        var lines = lineSlices(text, omittingEmpty: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines
    }

    /// The words of a text: cut at spaces and line breaks.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    }

    /// The number of `Character`s of `text`: its byte count when it is ASCII without a carriage
    /// return (then every byte is one character; `\r\n` would be one character of two bytes).
    static func characterCount(_ text: String) -> Int {
        isOneCharacterPerByte(text) ? text.utf8.count : text.count
    }

    /// Whether every byte of `text` is a character of its own: ASCII without a carriage return.
    static func isOneCharacterPerByte(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// `text` cut at its line feeds, as `split(separator: "\n")` cuts it; by bytes when every
    /// byte is a character (no `\r\n` character to keep whole).
    static func lineSlices(_ text: String, omittingEmpty: Bool) -> [Substring] {
        guard isOneCharacterPerByte(text) else { return text.split(separator: "\n", omittingEmptySubsequences: omittingEmpty) }
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: omittingEmpty).map { Substring($0) }
    }
}
