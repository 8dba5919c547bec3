/// The site search's postings, gathered one article's ``SearchRecord`` at a time: for each term,
/// the articles it is in with its weight and best section, and each article's length.
///
/// What ``SearchIndexWriter`` scores and shards, smaller than the records themselves (a posting is
/// 12 bytes, where a record's term is a string and two integers), so that a build does not keep
/// every article's record until the index is written.
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

    /// Each term's postings, in the order the articles were added.
    private(set) var terms: [String: [Posting]] = [:]
    /// Each article's length (``SearchRecord/length``), by id; 0 for an article without a record.
    private(set) var lengths: [Int32] = []

    /// Adds the next article's record (nil: the article has no record, and is found by no term).
    mutating func add(_ record: SearchRecord?) {
        let doc = Int32(clamping: lengths.count)
        lengths.append(Int32(clamping: record?.length ?? 0))
        for term in record?.terms ?? [] {
            terms[term.term, default: []].append(Posting(doc: doc, weight: Int32(clamping: term.weight), section: Int32(clamping: term.section)))
        }
    }

    /// The number of articles added.
    var documentCount: Int { lengths.count }
}
