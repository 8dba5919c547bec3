/// The words one edit away from an unknown word that the dictionary knows, and the two-word
/// splits of a word glued together: how the `spelling` rule tells a typo (`begining`,
/// `youcannot`) from a name or a term the dictionary lacks.
///
/// Hunspell's own suggestions cost tens of milliseconds a word; one edit's candidates, checked
/// with `Hunspell_spell`, cost a few, and typos in real articles are nearly all one edit away.
enum SpellingCandidates {
    static let letters = Array("abcdefghijklmnopqrstuvwxyz")

    /// Known words one deletion, transposition, insertion or substitution (a–z) from `word`, in
    /// that order, without repeats, at most `limit`.
    static func nearWords(_ word: String, dictionary: HunspellDictionary, limit: Int = 3) -> [String] {
        let characters = Array(word)
        var found: [String] = []
        var tried: Set<String> = [word]
        func consider(_ candidate: [Character]) -> Bool {
            let text = String(candidate)
            guard tried.insert(text).inserted, dictionary.knows(text, remembering: false) else { return false }
            found.append(text)
            return found.count >= limit
        }
        for i in characters.indices {
            var c = characters; c.remove(at: i)
            if c.count >= 2, consider(c) { return found }
        }
        for i in characters.indices.dropLast() {
            var c = characters; c.swapAt(i, i + 1)
            if consider(c) { return found }
        }
        for i in 0...characters.count {
            for letter in letters {
                var c = characters; c.insert(letter, at: i)
                if consider(c) { return found }
            }
        }
        for i in characters.indices {
            for letter in letters where letter != Character(characters[i].lowercased()) {
                var c = characters; c[i] = letter
                if consider(c) { return found }
            }
        }
        return found
    }

    /// `word` split in two known words, one of them a short common word (`you cannot`); nil when
    /// there is no such split.
    static func gluedWords(_ word: String, dictionary: HunspellDictionary, common: Set<String>) -> String? {
        let characters = Array(word)
        guard characters.count >= 4 else { return nil }
        for i in 1..<characters.count {
            let left = String(characters[..<i]), right = String(characters[i...])
            guard common.contains(left.lowercased()) || common.contains(right.lowercased()) else { continue }
            let leftKnown = left.count == 1 ? common.contains(left.lowercased()) : dictionary.knows(left, remembering: false)
            let rightKnown = right.count == 1 ? common.contains(right.lowercased()) : dictionary.knows(right, remembering: false)
            if leftKnown, rightKnown { return left + " " + right }
        }
        return nil
    }
}
