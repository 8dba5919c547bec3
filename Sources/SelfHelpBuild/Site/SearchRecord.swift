import SelfHelpKit

/// What the site's search knows of one article, made when the article is rendered: its sections
/// (anchor, heading, the start of the text, for results) and its weighted terms. The index is
/// put together from every article's record (``SearchIndexWriter``); an unchanged article's record
/// is read back from `.selfhelp/search/` instead of rendering the article again.
struct SearchRecord: Equatable, Sendable {
    struct Section: Equatable, Sendable {
        /// The heading's id on the page; nil for the text before the first heading.
        var anchor: String?
        var heading: String?
        /// The start of the section's text, on one line.
        var excerpt: String
    }

    struct Term: Equatable, Sendable {
        var term: String
        /// Occurrences weighted by where they are (title, heading, text).
        var weight: Int
        /// The section where the term weighs most.
        var section: Int
    }

    var sections: [Section]
    var terms: [Term]
    /// The number of terms in the text (for length normalisation).
    var length: Int

    static let excerptLength = 240
    /// Sections a result can lead to: the first 24 (the corpus's longest article has 26), so that
    /// an article's result record stays under about 8 KB however long it is.
    static let maximumSections = 24
    static let titleWeight = 10, headingWeight = 3, textWeight = 1, serviceWeight = 3

    /// The record of an article titled `title` in `service`, whose sections (`(anchor, heading, text)`
    /// in page order) the JSON rendering made.
    init(title: String, service: String?, sections parts: [(anchor: String?, heading: String?, text: String)]) {
        // Sections come in order, so a term's weight in the current section is one running sum.
        struct Sum {
            var weight = 0, best = 0, bestWeight = 0, current = -1, currentWeight = 0
            mutating func add(_ w: Int, section: Int?) {
                weight += w
                guard let section else { return }
                if section != current { (current, currentWeight) = (section, 0) }
                currentWeight += w
                if currentWeight > bestWeight { (best, bestWeight) = (section, currentWeight) }
            }
        }
        var weights: [String: Sum] = [:]
        var length = 0
        // The title and service weigh in the article's score, not in which section is best.
        func add(_ text: String, weight: Int, section: Int?, counts: Bool) {
            SearchTerms.forEach(in: text) { term in
                weights[term, default: Sum()].add(weight, section: section)
                if counts { length += 1 }
            }
        }
        add(title, weight: Self.titleWeight, section: nil, counts: false)
        if let service { add(service, weight: Self.serviceWeight, section: nil, counts: false) }
        sections = []
        for (index, part) in parts.enumerated() {
            // Sections past the limit still count for the article; a result then leads to its top.
            let kept = index < Self.maximumSections ? index : nil
            if let heading = part.heading { add(heading, weight: Self.headingWeight, section: kept, counts: false) }
            add(part.text, weight: Self.textWeight, section: kept, counts: true)
            if kept != nil {
                sections.append(Section(anchor: part.anchor, heading: part.heading, excerpt: Self.excerpt(part.text, heading: part.heading)))
            }
        }
        terms = weights.sorted { $0.key < $1.key }.map { Term(term: $0.key, weight: $0.value.weight, section: $0.value.best) }
        self.length = length
    }

    init(sections: [Section], terms: [Term], length: Int) {
        self.sections = sections
        self.terms = terms
        self.length = length
    }

    /// The text on one line, without the heading it starts with, cut at a word near ``excerptLength``.
    static func excerpt(_ text: String, heading: String?) -> String {
        // Only the start of the text can be the excerpt: the rest is not split.
        let start = text.utf8.count > 2_048 ? String(decoding: text.utf8.prefix(2_048), as: UTF8.self) : text
        return asciiExcerpt(start, heading: heading) ?? characterExcerpt(start, heading: heading)
    }

    /// ``excerpt(_:heading:)`` of a text's start, read a character at a time.
    static func characterExcerpt(_ start: String, heading: String?) -> String {
        // Words are read as they are needed: an excerpt takes the first few dozen of hundreds.
        var words = Words(text: start[...])
        var lead: [Substring] = []
        if let heading {
            let headingWords = heading.split(separator: " ")
            while lead.count < headingWords.count, let word = words.next() { lead.append(word) }
            if lead == headingWords { lead = [] }
        }
        var excerpt = ""
        var length = 0 // characters in `excerpt`, kept as it grows
        var leading = lead.makeIterator()
        while let word = leading.next() ?? words.next() {
            let count = word.count
            if length + count > excerptLength { excerpt += " …"; break }
            if !excerpt.isEmpty { excerpt += " "; length += 1 }
            excerpt += word
            length += count
        }
        return excerpt
    }

    /// ``excerpt(_:heading:)`` by bytes, for ASCII text and heading without carriage returns (nil
    /// for others): there each character is one byte, so the words and their lengths are the same
    /// without reading characters one grapheme at a time.
    static func asciiExcerpt(_ text: String, heading: String?) -> String? {
        func plain(_ b: UInt8) -> Bool { b < 0x80 && b != 0x0D }
        guard text.utf8.allSatisfy(plain), heading?.utf8.allSatisfy(plain) ?? true else { return nil }
        var all = Array(text.utf8).split { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }[...]
        if let heading {
            let headingWords = Array(heading.utf8).split(separator: 0x20)
            if all.starts(with: headingWords) { all = all.dropFirst(headingWords.count) }
        }
        var excerpt: [UInt8] = []
        for word in all {
            if excerpt.count + word.count > excerptLength { excerpt += " …".utf8; break }
            if !excerpt.isEmpty { excerpt.append(0x20) }
            excerpt += word
        }
        return String(decoding: excerpt, as: UTF8.self)
    }

    /// The words of a text, split at spaces, tabs and line ends as `split` would, one at a time.
    struct Words: IteratorProtocol {
        var text: Substring

        mutating func next() -> Substring? {
            func isSpace(_ c: Character) -> Bool { c == " " || c == "\n" || c == "\t" || c == "\r" }
            guard let first = text.firstIndex(where: { !isSpace($0) }) else { text = text[text.endIndex...]; return nil }
            let end = text[first...].firstIndex(where: isSpace) ?? text.endIndex
            defer { text = text[end...] }
            return text[first..<end]
        }
    }
}

extension SearchRecord {
    static let magic = "selfhelp search record 2" // 2: at most maximumSections sections

    func bytes() -> [UInt8] {
        var out = ByteWriter()
        out.string(Self.magic)
        out.int(length)
        out.int(sections.count)
        for section in sections {
            out.string(section.anchor ?? "")
            out.bool(section.heading != nil)
            if let heading = section.heading { out.string(heading) }
            out.string(section.excerpt)
        }
        out.int(terms.count)
        for term in terms {
            out.string(term.term)
            out.int(term.weight)
            out.int(term.section)
        }
        return out.bytes
    }

    /// The record in `bytes`, or nil when they do not hold one (a damaged record reads as none).
    init?(bytes: [UInt8]) {
        var input = ByteReader(bytes)
        guard input.string() == Self.magic, let length = input.int(), let sectionCount = input.count() else { return nil }
        var sections: [Section] = []
        for _ in 0..<sectionCount {
            guard let anchor = input.string(), let hasHeading = input.bool() else { return nil }
            let heading = hasHeading ? input.string() : nil
            guard !hasHeading || heading != nil, let excerpt = input.string() else { return nil }
            sections.append(Section(anchor: anchor.isEmpty ? nil : anchor, heading: heading, excerpt: excerpt))
        }
        guard let termCount = input.count() else { return nil }
        var terms: [Term] = []
        terms.reserveCapacity(termCount)
        for _ in 0..<termCount {
            guard let term = input.string(), let weight = input.int(), let section = input.int(), section >= 0, section < max(1, sectionCount) else { return nil }
            terms.append(Term(term: term, weight: weight, section: section))
        }
        guard input.isAtEnd else { return nil }
        self.init(sections: sections, terms: terms, length: length)
    }
}
