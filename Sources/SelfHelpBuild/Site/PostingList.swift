import SelfHelpKit

extension SearchPostings {
    /// One term's postings, kept encoded: each posting's article id (as the difference from the
    /// previous one), weight and section as varints (``ByteWriter``), about 3.5 bytes a posting
    /// where the ``Posting`` itself is 12. The postings of a large knowledge base are the largest
    /// thing its build holds, so they are kept small.
    struct PostingList: Equatable, Sequence {
        private var encoded = ByteWriter()
        /// How many postings the list holds.
        private(set) var count = 0
        /// The id of the last posting appended.
        private(set) var lastDoc: Int32 = 0
        /// Whether the postings are in id order (false once one was appended out of order).
        private(set) var isSorted = true

        init() {}

        init(_ postings: some Sequence<Posting>) {
            for posting in postings { append(posting) }
        }

        /// The list whose encoding is `encoded`: `count` postings in id order, the last at `lastDoc`
        /// (what ``SearchPostings/init(reading:)`` checked while reading them).
        init(encoded: [UInt8], count: Int, lastDoc: Int32) {
            self.encoded = ByteWriter(bytes: encoded)
            self.count = count
            self.lastDoc = lastDoc
        }

        mutating func append(_ posting: Posting) {
            if count > 0, posting.doc < lastDoc { isSorted = false }
            encoded.int(Int(posting.doc) - Int(lastDoc))
            encoded.int(Int(posting.weight))
            encoded.int(Int(posting.section))
            lastDoc = posting.doc
            count += 1
        }

        /// Puts the postings in id order.
        mutating func sort() {
            guard !isSorted else { return }
            self = PostingList(sorted { $0.doc < $1.doc })
        }

        static func == (a: PostingList, b: PostingList) -> Bool { a.count == b.count && a.encoded.bytes == b.encoded.bytes }

        func makeIterator() -> Iterator { Iterator(input: ByteReader(encoded.bytes), left: count) }

        struct Iterator: IteratorProtocol {
            var input: ByteReader
            var left: Int
            var doc = 0

            mutating func next() -> Posting? {
                // The list wrote these bytes itself: they always decode.
                guard left > 0, let delta = input.int(), let weight = input.int(), let section = input.int() else { return nil }
                left -= 1
                doc += delta
                return Posting(doc: Int32(truncatingIfNeeded: doc), weight: Int32(truncatingIfNeeded: weight),
                               section: Int32(truncatingIfNeeded: section))
            }
        }
    }
}
