import SelfHelpKit

/// The site search's postings, gathered one article's ``SearchRecord`` at a time: for each term,
/// the articles it is in with its weight and best section, and each article's length.
///
/// What ``SearchIndexWriter`` scores and shards, smaller than the records themselves (a posting is
/// about 3.5 bytes in a ``PostingList``, where a record's term is a string and two integers), so
/// that a build does not keep every article's record until the index is written. A rebuild
/// starts from the previous build's postings (``SiteRecord``), keeps those of the articles it did
/// not render and sets the others', so that it does not read every article's record back.
struct SearchPostings {
    /// One article a term is in.
    struct Posting: Equatable {
        /// The article's id: its place in the site's entries.
        var doc: Int32
        /// The term's weighted occurrences in the article (``SearchRecord/Term/weight``).
        var weight: Int32
        /// The section where the term weighs most.
        var section: Int32
    }

    /// Each term's postings, by article id.
    private(set) var terms: [String: PostingList] = [:]
    /// Each article's length (``SearchRecord/length``), by id; 0 for an article without a record.
    private(set) var lengths: [Int32] = []

    init() {}

    /// The postings of `documentCount` articles, with those of `carried` (by their previous id)
    /// moved to their ids in this build (`ids[previous]`, nil for an article whose postings are
    /// not carried over); the other articles have none until ``set(_:doc:)``.
    init(carrying carried: consuming SearchPostings, ids: [Int32?], documentCount: Int) {
        lengths = Array(repeating: 0, count: documentCount)
        for (old, length) in carried.lengths.enumerated() {
            if old < ids.count, let new = ids[old] { lengths[Int(new)] = length }
        }
        // The previous articles whose postings move or go: the lists that hold none of them stay
        // as they are (after a one-article edit, most of them).
        let moves = carried.lengths.indices.map { old in old >= ids.count || ids[old] != Int32(old) }
        let moved = moves.firstIndex(of: true).map { $0...(moves.lastIndex(of: true) ?? $0) }
        // Moved in place: the previous postings are not copied.
        terms = carried.terms
        carried = SearchPostings()
        var emptied: [String] = []
        for index in terms.indices where Self.holdsOne(of: moves, within: moved, terms.values[index]) {
            // Ids keep the articles' path order, so a list moved stays in id order.
            terms.values[index] = PostingList(terms.values[index].compactMap { posting in
                guard Int(posting.doc) < ids.count, let new = ids[Int(posting.doc)] else { return nil }
                return Posting(doc: new, weight: posting.weight, section: posting.section)
            })
            if terms.values[index].count == 0 { emptied.append(terms.keys[index]) }
        }
        for term in emptied { terms[term] = nil }
    }

    /// Whether `list` holds an article whose `moves` entry is true; `moved` spans those articles
    /// (nil: there are none). A list in id order is read only as far as the last of them, and not
    /// at all when it ends before the first (a one-article edit reads about half the postings, not
    /// all of them).
    private static func holdsOne(of moves: [Bool], within moved: ClosedRange<Int>?, _ list: PostingList) -> Bool {
        guard let moved else { return false }
        guard list.isSorted else { return list.contains { moves[Int($0.doc)] } }
        guard Int(list.lastDoc) >= moved.lowerBound else { return false }
        for posting in list {
            let doc = Int(posting.doc)
            if doc > moved.upperBound { return false }
            if moves[doc] { return true }
        }
        return false
    }

    /// Adds the next article's record (nil: the article has no record, and is found by no term).
    mutating func add(_ record: SearchRecord?) {
        lengths.append(0)
        set(record, doc: lengths.count - 1)
    }

    /// Sets the record of article `doc` (below ``documentCount``), which has no postings yet.
    mutating func set(_ record: SearchRecord?, doc: Int) {
        lengths[doc] = Int32(clamping: record?.length ?? 0)
        for term in record?.terms ?? [] {
            let posting = Posting(doc: Int32(clamping: doc), weight: Int32(clamping: term.weight), section: Int32(clamping: term.section))
            terms[term.term, default: PostingList()].append(posting)
        }
    }

    /// Puts back in id order the lists ``set(_:doc:)`` appended to out of order.
    mutating func finish() {
        for index in terms.indices where !terms.values[index].isSorted { terms.values[index].sort() }
    }

    /// The number of articles.
    var documentCount: Int { lengths.count }
}

extension SearchPostings {
    /// Writes the postings through `out`, a piece at a time (what ``init(reading:)`` reads).
    func write(_ out: inout ByteWriter, _ flush: (inout ByteWriter) throws -> Void) rethrows {
        out.int(lengths.count)
        for length in lengths { out.int(Int(length)) }
        out.int(terms.count)
        for (term, list) in terms.sorted(by: { $0.key < $1.key }) {
            out.string(term)
            out.int(list.count)
            var previous: Int32 = 0
            for posting in list {
                out.int(Int(posting.doc - previous))
                out.int(Int(posting.weight))
                out.int(Int(posting.section))
                previous = posting.doc
            }
            if out.bytes.count >= 1 << 16 { try flush(&out) }
        }
    }

    /// The postings ``write(_:_:)`` wrote; nil when the bytes do not hold them (ids out of range or
    /// out of order included).
    init?(reading input: inout ByteReader) {
        guard let documents = input.count() else { return nil }
        lengths.reserveCapacity(documents)
        for _ in 0..<documents {
            guard let length = input.int(), let value = Int32(exactly: length) else { return nil }
            lengths.append(value)
        }
        guard let termCount = input.count() else { return nil }
        terms.reserveCapacity(termCount)
        for _ in 0..<termCount {
            guard let term = input.string(), let count = input.count() else { return nil }
            // The file encodes a list as a ``PostingList`` does: checked, then taken as it is.
            let start = input.position
            var doc = 0
            for n in 0..<count {
                guard let delta = input.int(), let weight = input.int(), let section = input.int(),
                      delta >= (n == 0 ? 0 : 1), doc + delta < documents, Int32(exactly: weight) != nil, Int32(exactly: section) != nil
                else { return nil }
                doc += delta
            }
            terms[term] = PostingList(encoded: Array(input.bytes(since: start)), count: count, lastDoc: Int32(doc))
        }
    }
}
