@testable import SelfHelpBuild
import XCTest

final class SiteSearchIndexTests: XCTestCase {
    func testTermsAreLowerCaseWordsWithoutStopWords() {
        var terms: [String] = []
        SearchTerms.forEach(in: "The VM's Résumé — x 42 a_b 東京") { terms.append($0) }
        XCTAssertEqual(terms, ["vm", "résumé", "42", "東京"])
    }

    func testRecordWeighsTitleAndKeepsBestSection() {
        let record = SearchRecord(title: "Blob upload fails", service: "microsoft.storage",
                                  sections: [(nil, nil, "Intro about uploads."), ("steps", "Steps", "Check the blob blob blob firewall.")])
        let blob = try? XCTUnwrap(record.terms.first { $0.term == "blob" })
        XCTAssertEqual(blob?.weight, SearchRecord.titleWeight + 3)
        XCTAssertEqual(blob?.section, 1)
        XCTAssertEqual(record.sections[1].excerpt, "Check the blob blob blob firewall.")
        XCTAssertEqual(SearchRecord(bytes: record.bytes()), record)
        XCTAssertNil(SearchRecord(bytes: Array(record.bytes().dropLast())), "a damaged record reads as none")
        XCTAssertNil(SearchRecord(bytes: []))
    }

    func testALongArticleKeepsItsResultRecordSmall() {
        let parts = (0..<3_000).map { (anchor: "h\($0)" as String?, heading: "Heading \($0)" as String?, text: String(repeating: "word\($0) ", count: 100)) }
        let record = SearchRecord(title: "Long", service: nil, sections: parts)
        XCTAssertEqual(record.sections.count, SearchRecord.maximumSections)
        XCTAssertTrue(record.terms.allSatisfy { $0.section < SearchRecord.maximumSections })
        XCTAssertNotNil(record.terms.first { $0.term == "word2999" }, "the text past the limit is still searchable")
        XCTAssertLessThan(SearchIndexWriter.document(SiteFixture.entry("a.md"), record).count, 10_000)
    }

    func testShardsStayUnderTheLimitAndEveryTermIsInItsLongestPrefixShard() throws {
        // 3,000 articles with 40 distinct words each: far more than one shard holds.
        let entries = (0..<3_000).map { SiteFixture.entry("a/\($0).md") }
        var postings = SearchPostings()
        for i in entries.indices {
            let words = (0..<40).map { "w\((i * 7 + $0 * 13) % 5_000)x" }.joined(separator: " ")
            postings.add(SearchRecord(title: "common title", service: nil, sections: [(nil, nil, words)]))
        }
        var keys: [String] = [], shards: [[UInt8]] = []
        SearchIndexWriter.shards(postings) { keys.append($0); shards.append($1) }
        XCTAssertGreaterThan(shards.count, 10)
        for shard in shards { XCTAssertLessThanOrEqual(shard.count, SearchIndexWriter.shardLimit + 8_000) }
        func shard(of term: String) -> [String: [Int]]? {
            let index = keys.indices.filter { term.hasPrefix(keys[$0]) }.max { keys[$0].count < keys[$1].count }
            return index.flatMap { try? JSONDecoder().decode([String: [Int]].self, from: Data(shards[$0])) }
        }
        let rare = try XCTUnwrap(shard(of: "w13x")?["w13x"])
        XCTAssertEqual(rare.count % 3, 0)
        let common = try XCTUnwrap(shard(of: "common")?["common"])
        XCTAssertEqual(common.count, SearchIndexWriter.postingLimit * 3, "a term in every article keeps the best \(SearchIndexWriter.postingLimit)")
        XCTAssertTrue(stride(from: 1, to: common.count, by: 3).allSatisfy { (1...99).contains(common[$0]) })
    }

    /// The excerpt read by bytes (ASCII text) is the one read a character at a time.
    func testASCIIExcerptsEqualExcerptsReadByCharacter() throws {
        let long = (0..<80).map { "word\($0)" }.joined(separator: " ")
        let cases: [(String, String?)] = [
            (long, nil), ("Fix the disk\n\nCheck  the\tblob firewall. " + long, "Fix the disk"), ("Fix the disk then", "Fix the  disk"),
            ("", nil), ("   \n ", "Heading"), (String(repeating: "x", count: 300), nil), ("Heading only", "Heading only"),
            ("Short text.", "Other heading"), (long + " " + long, "word0 word1"),
        ]
        for (text, heading) in cases {
            let bytes = try XCTUnwrap(SearchRecord.asciiExcerpt(text, heading: heading), text)
            XCTAssertEqual(bytes, SearchRecord.characterExcerpt(text, heading: heading), text)
        }
        XCTAssertNil(SearchRecord.asciiExcerpt("café au lait", heading: nil), "not ASCII: read by character")
        XCTAssertNil(SearchRecord.asciiExcerpt("line\r\nnext", heading: nil), "\\r\\n is one character")
    }

    func testPostingsCarriedOverEqualPostingsMadeAgain() throws {
        func record(_ words: String) -> SearchRecord { SearchRecord(title: "title", service: nil, sections: [(nil, nil, words)]) }
        let before = ["a.md": "alpha beta", "b.md": "beta gamma", "c.md": "gamma delta", "d.md": "delta alpha"]
        // b.md deleted, c.md edited, e.md added; a.md and d.md are not rendered again (d.md moves from id 3 to 2).
        let after = ["a.md": "alpha beta", "c.md": "omega", "d.md": "delta alpha", "e.md": "alpha omega"]
        var previous = SearchPostings()
        for path in before.keys.sorted() { previous.add(record(before[path]!)) }
        var made = SearchPostings()
        for path in after.keys.sorted() { made.add(record(after[path]!)) }

        let site = SiteRecord(articles: before.keys.sorted().map { .init(path: $0, chrome: 1, document: 2, documentSize: 3) }, postings: previous)
        let read = try XCTUnwrap(SiteRecord(bytes: site.bytes()))
        XCTAssertEqual(read.articles, site.articles)
        XCTAssertNil(SiteRecord(bytes: Array(site.bytes().dropLast())), "a damaged record reads as none")
        var carried = SearchPostings(carrying: read.postings, ids: [0, nil, nil, 2], documentCount: 4)
        carried.set(record(after["e.md"]!), doc: 3)
        carried.set(record(after["c.md"]!), doc: 1)
        carried.finish()
        XCTAssertEqual(carried.terms, made.terms)
        XCTAssertEqual(carried.lengths, made.lengths)
        XCTAssertNil(carried.terms["gamma"], "a term only the deleted and the edited articles had is gone")
    }

    /// Carrying postings over reads only the lists that can hold a moved article (in id order,
    /// up to the last one moved): the same postings as moving every list, for edits, deletions
    /// and additions anywhere.
    func testCarryingOverReadsOnlyWhatItMustAndMovesTheSame() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<40 {
            let count = Int.random(in: 1...60, using: &generator)
            var previous = SearchPostings()
            for doc in 0..<count {
                let words = (0..<Int.random(in: 0...6, using: &generator)).map { _ in "w\(Int.random(in: 0..<12, using: &generator))" }
                previous.add(words.isEmpty && doc % 2 == 0 ? nil : SearchRecord(title: "t\(doc)", service: nil, sections: [(nil, nil, words.joined(separator: " "))]))
            }
            previous.finish()
            // Articles kept in order, some not carried (edited or deleted), one edit alone in some rounds.
            var ids: [Int32?] = []
            var next: Int32 = 0
            let lone = round % 3 == 0 ? Int.random(in: 0..<count, using: &generator) : nil
            for old in 0..<count {
                let carried = lone.map { $0 != old } ?? Bool.random(using: &generator)
                let deleted = lone == nil && Int.random(in: 0..<5, using: &generator) == 0
                ids.append(carried && !deleted ? next : nil)
                if !deleted { next += 1 }
            }
            var expected: [String: SearchPostings.PostingList] = [:]
            for (term, list) in previous.terms {
                let moved = SearchPostings.PostingList(list.compactMap { posting -> SearchPostings.Posting? in
                    guard let new = ids[Int(posting.doc)] else { return nil }
                    return SearchPostings.Posting(doc: new, weight: posting.weight, section: posting.section)
                })
                if moved.count > 0 { expected[term] = moved }
            }
            let carried = SearchPostings(carrying: previous, ids: ids, documentCount: Int(next))
            XCTAssertEqual(carried.terms, expected, "round \(round): \(ids)")
        }
    }

    /// The result documents the index keeps are known by their names: `<id>.json`, id below the
    /// number of articles, written as ``SearchIndexWriter/documentPath(_:)`` writes it.
    func testAResultDocumentIsKeptByItsName() {
        XCTAssertEqual(SearchIndexWriter.documentPath(3), "search/d/3.json")
        XCTAssertTrue(SearchIndexWriter.isDocument("0.json", below: 1))
        XCTAssertTrue(SearchIndexWriter.isDocument("14.json", below: 15))
        XCTAssertFalse(SearchIndexWriter.isDocument("1.json", below: 1))
        for name in ["15.json", "007.json", "-1.json", "+1.json", "x.json", "3.json.tmp", ".3.json.tmp-1-0", "3", ""] {
            XCTAssertFalse(SearchIndexWriter.isDocument(name, below: 15), name)
        }
    }
}
