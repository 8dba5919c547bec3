/// Cuts text into pieces of at most a given number of characters for embedding models.
///
/// Text that fits stays whole. Longer text is packed greedily from its paragraphs (separated by
/// blank lines); a paragraph that does not fit is cut into sentences (after `.`, `!`, `?`
/// followed by a space or line break), a sentence that does not fit into words, and a word that
/// does not fit is cut hard. Characters are Swift `Character`s (grapheme clusters).
public enum TextChunker {
    /// The default maximum: 2,000 characters, about 512 tokens of English for common embedding models.
    public static let defaultMaximum = 2000

    /// The pieces of `text`, each at most `maximum` characters (and at least 1), none empty.
    public static func chunks(_ text: String, maximum: Int = defaultMaximum) -> [String] {
        let maximum = max(maximum, 1)
        let trimmed = text.trimmingHeaderWhitespace()
        guard !trimmed.isEmpty else { return [] }
        // No more bytes than the maximum: no more characters either (counting them is slower).
        guard trimmed.utf8.count > maximum, trimmed.count > maximum else { return [trimmed] }
        var pieces: [String] = []
        var current = ""
        var currentCount = 0
        func add(_ unit: String, separator: String) {
            let count = unit.count
            if currentCount == 0 {
                current = unit
                currentCount = count
            } else if currentCount + separator.count + count <= maximum {
                current += separator + unit
                currentCount += separator.count + count
            } else {
                pieces.append(current)
                current = unit
                currentCount = count
            }
        }
        for paragraph in paragraphs(trimmed) {
            if paragraph.count <= maximum {
                add(paragraph, separator: "\n\n")
                continue
            }
            var first = true
            for unit in fit(paragraph, maximum: maximum) {
                add(unit, separator: first ? "\n\n" : " ")
                first = false
            }
        }
        if currentCount > 0 { pieces.append(current) }
        return pieces
    }

    static func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                if !current.isEmpty { result.append(current.joined(separator: "\n")); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: "\n")) }
        return result
    }

    /// Sentences, then words, then hard cuts: units of at most `maximum` characters.
    static func fit(_ paragraph: String, maximum: Int) -> [String] {
        var units: [String] = []
        var sentence = ""
        var previous: Character?
        for character in paragraph {
            if (character == " " || character == "\n"), let p = previous, p == "." || p == "!" || p == "?" {
                units.append(sentence)
                sentence = ""
            } else {
                sentence.append(character)
            }
            previous = character
        }
        if !sentence.isEmpty { units.append(sentence) }
        var result: [String] = []
        for unit in units where !unit.isEmpty {
            if unit.count <= maximum { result.append(unit); continue }
            var line = ""
            for word in unit.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                var word = String(word)
                while word.count > maximum {
                    if !line.isEmpty { result.append(line); line = "" }
                    result.append(String(word.prefix(maximum)))
                    word = String(word.dropFirst(maximum))
                }
                if line.isEmpty { line = word }
                else if line.count + 1 + word.count <= maximum { line += " " + word }
                else { result.append(line); line = word }
            }
            if !line.isEmpty { result.append(line) }
        }
        return result
    }
}
