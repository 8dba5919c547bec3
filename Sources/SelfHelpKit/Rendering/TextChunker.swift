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
        guard trimmed.utf8.count > maximum, characterCount(trimmed) > maximum else { return [trimmed] }
        var pieces: [String] = []
        var current = ""
        var currentCount = 0
        func add(_ unit: String, count: Int, separator: String) {
            if currentCount == 0 {
                current = unit
                currentCount = count
            } else if currentCount + separator.utf8.count + count <= maximum {
                current += separator
                current += unit
                currentCount += separator.utf8.count + count
            } else {
                pieces.append(current)
                current = unit
                currentCount = count
            }
        }
        for paragraph in paragraphs(trimmed) {
            let count = characterCount(paragraph)
            if count <= maximum {
                add(paragraph, count: count, separator: "\n\n")
                continue
            }
            var first = true
            for unit in fit(paragraph, maximum: maximum) {
                add(unit, count: characterCount(unit), separator: first ? "\n\n" : " ")
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
            if characterCount(unit) <= maximum { result.append(unit); continue }
            var line = ""
            var lineCount = 0 // characters in `line`, kept as it grows (counting it again each word is quadratic)
            for word in unit.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                var word = String(word)
                var wordCount = characterCount(word)
                while wordCount > maximum {
                    if !line.isEmpty { result.append(line); line = ""; lineCount = 0 }
                    result.append(String(word.prefix(maximum)))
                    word = String(word.dropFirst(maximum))
                    wordCount -= maximum
                }
                if line.isEmpty { line = word; lineCount = wordCount }
                else if lineCount + 1 + wordCount <= maximum { line += " "; line += word; lineCount += 1 + wordCount }
                else { result.append(line); line = word; lineCount = wordCount }
            }
            if !line.isEmpty { result.append(line) }
        }
        return result
    }

    /// The number of `Character`s of `text`: its byte count when it is ASCII without a carriage
    /// return (then every byte is one character; `\r\n` would be one character of two bytes).
    static func characterCount(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return text.utf8.count }
        return text.count
    }
}
