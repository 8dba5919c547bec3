/// Cuts one section's blocks into chunks of at most ``ChunkingOptions/maximumTokens`` tokens
/// (and characters, when limited), for ``JSONRenderer``.
///
/// Boundaries, by preference: between blocks (a paragraph, a list item …), then — for a block
/// that does not fit in a chunk of its own — between its sentences or lines, then between words.
/// A code block, a pipe-table row and a word are never cut: one that alone exceeds the limit is a
/// chunk of its own. Each chunk after the first starts with an overlap: the last sentences of
/// the previous chunk's own text that fit in ``ChunkingOptions/overlapTokens`` (its last words
/// when its last sentence does not fit).
///
/// Token counts are summed piece by piece to pack, then each chunk's text is counted whole; a
/// chunk over the limit gives back its last piece (counts of joined text are rarely larger).
struct TokenChunker {
    /// A chunk of one section.
    struct Piece: Equatable {
        /// The chunk's own text (without overlap or context prefix): what its id is made from.
        var content: String
        /// The text as written in the JSON: prefix, overlap, content.
        var text: String
        /// First and last source line of the text (overlap included).
        var lines: ClosedRange<Int>
        /// Tokens of ``text``.
        var tokens: Int
    }

    /// Something placed whole in a chunk: a block, or a part of a block that did not fit.
    private struct Atom {
        var text: String
        var lines: ClosedRange<Int>
        var cut: ChunkBlock.Cut
        var separator: String
        var isHeading = false
    }

    let options: ChunkingOptions

    /// The chunks of a section's `blocks`, given to `each` in order as they are cut; `prefix`
    /// (possibly empty) starts each chunk's text. The blocks are taken as they are needed: the
    /// queue holds only the atoms put back (the rest of a block that did not fit), so a large
    /// section's blocks and chunks are never all in memory here.
    func chunks(_ blocks: some Sequence<ChunkBlock>, prefix: String, each: (Piece) -> Void) {
        let counter = options.counter
        var source = blocks.makeIterator()
        var queue: [Atom] = []
        func nextAtom() -> Atom? {
            if let atom = queue.popLast() { return atom }
            return source.next().map { Atom(text: $0.text, lines: $0.lines, cut: $0.cut, separator: $0.separator, isHeading: $0.isHeading) }
        }
        var previous: [Atom] = []
        var current: [Atom] = []
        var overlap: (text: String, lines: ClosedRange<Int>)?
        var budget = 0, used = 0, charactersUsed = 0, characterBudget = Int.max

        func startChunk() {
            overlap = previous.isEmpty ? nil : self.overlap(after: previous)
            let head = prefix + (overlap.map { $0.text } ?? "")
            budget = options.maximumTokens - (head.isEmpty ? 0 : counter.count(head))
            characterBudget = options.maximumCharacters.map { $0 - TextUnits.characterCount(head) } ?? Int.max
            used = 0
            charactersUsed = 0
        }
        func text(of atoms: [Atom]) -> String {
            var out = ""
            for (k, atom) in atoms.enumerated() { out += (k == 0 ? "" : atom.separator) + atom.text }
            return out
        }
        func finishChunk() {
            guard !current.isEmpty else { return }
            while true {
                let content = text(of: current)
                let written = compose(prefix: prefix, overlap: overlap?.text, separator: current[0].separator, content: content)
                let tokens = counter.count(written)
                if (tokens > options.maximumTokens || TextUnits.characterCount(written) > (options.maximumCharacters ?? Int.max)), current.count > 1 {
                    queue.append(current.removeLast())
                    continue
                }
                let first = min(overlap?.lines.lowerBound ?? Int.max, current[0].lines.lowerBound)
                let last = current.map(\.lines.upperBound).max() ?? first
                each(Piece(content: content, text: written, lines: first...max(first, last), tokens: tokens))
                break
            }
            previous = current
            current = []
        }

        /// Puts the parts of `atom` back in the queue; false when it cannot be cut.
        func requeueParts(of atom: Atom) -> Bool {
            var parts = Self.parts(of: atom)
            guard parts.count > 1 else { return false }
            parts[0].separator = atom.separator // the block's own separator stays before its first part
            queue += parts.reversed()
            return true
        }

        startChunk()
        while let atom = nextAtom() {
            let joined = (current.isEmpty ? "" : atom.separator) + atom.text
            let cost = counter.count(joined)
            let characters = TextUnits.characterCount(joined)
            if used + cost <= budget && charactersUsed + characters <= characterBudget {
                current.append(atom)
                used += cost
                charactersUsed += characters
                continue
            }
            // A chunk of headings only takes the start of what follows rather than stand alone.
            if !current.isEmpty, current.allSatisfy(\.isHeading), requeueParts(of: atom) { continue }
            if !current.isEmpty {
                finishChunk()
                startChunk()
                queue.append(atom)
                continue
            }
            // Alone it does not fit: cut it, or place it whole when it cannot be cut.
            if requeueParts(of: atom) { continue }
            current.append(atom)
            finishChunk()
            startChunk()
        }
        finishChunk()
    }

    /// The text as written: prefix, overlap and content.
    func compose(prefix: String, overlap: String?, separator: String, content: String) -> String {
        guard let overlap, !overlap.isEmpty else { return prefix + content }
        return prefix + overlap + separator + content
    }

    /// The smaller atoms an atom is cut into (itself alone when it cannot be cut).
    private static func parts(of atom: Atom) -> [Atom] {
        func atoms(_ texts: [String], separator: String, cut: ChunkBlock.Cut) -> [Atom] {
            texts.map { Atom(text: $0, lines: atom.lines, cut: cut, separator: separator) }
        }
        switch atom.cut {
        case .never:
            return [atom]
        case .rows:
            let lines = TextUnits.lines(atom.text)
            return lines.count > 1 ? atoms(lines, separator: "\n", cut: .never) : [atom]
        case .lines:
            let lines = TextUnits.lines(atom.text)
            if lines.count > 1 { return atoms(lines, separator: "\n", cut: .sentences) }
            fallthrough
        case .sentences:
            let sentences = TextUnits.sentences(atom.text)
            if sentences.count > 1 { return atoms(sentences, separator: " ", cut: .sentences) }
            let words = TextUnits.words(atom.text)
            return words.count > 1 ? atoms(words, separator: " ", cut: .never) : [atom]
        }
    }

    /// The overlap after a chunk of `atoms`: its last sentences that fit in the overlap budget,
    /// else its last words that do; nil when nothing fits.
    private func overlap(after atoms: [Atom]) -> (text: String, lines: ClosedRange<Int>)? {
        guard options.overlapTokens > 0, let last = atoms.last else { return nil }
        let counter = options.counter
        var text = ""
        var firstAtom = atoms.count - 1
        // Whole sentences, from the end, across atoms.
        sentences: for index in stride(from: atoms.count - 1, through: 0, by: -1) {
            for sentence in TextUnits.sentences(atoms[index].text).reversed() {
                let joined = text.isEmpty ? sentence : sentence + (index == firstAtom ? " " : atoms[index + 1].separator) + text
                guard counter.count(joined) <= options.overlapTokens else { break sentences }
                text = joined
                firstAtom = index
            }
        }
        if text.isEmpty {
            // The last sentence is too long: its last words.
            for word in TextUnits.words(last.text).reversed() {
                let joined = text.isEmpty ? word : word + " " + text
                guard counter.count(joined) <= options.overlapTokens else { break }
                text = joined
            }
        }
        guard !text.isEmpty else { return nil }
        let covered = atoms[firstAtom...]
        let first = covered.map(\.lines.lowerBound).min() ?? last.lines.lowerBound
        return (text, first...max(first, covered.map(\.lines.upperBound).max() ?? first))
    }
}
