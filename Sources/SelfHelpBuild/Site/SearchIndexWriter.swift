import Foundation
import SelfHelpKit

/// The site's search index, put together from every article's ``SearchRecord``: files under
/// `search/` that `search.js` fetches a few at a time, so that a query loads a small part of it.
///
/// - `search/meta.json`: the shard keys, the stop words, the filter values with their counts.
/// - `search/t/<n>.json`: the terms whose longest shard key is key `n`, each with its postings
///   `[doc, score, section, …]` (doc ids as differences from the previous one). A shard holds the
///   terms of a prefix; a prefix whose terms exceed ``shardLimit`` bytes is split by one more
///   character, so shards stay small whatever the size of the knowledge base.
/// - `search/d/<doc>.json`: one article for the results: page, title, service, type, clouds and
///   its sections (anchor, heading, excerpt).
/// - `search/f/<facet><n>.json`: the doc ids of one filter value.
///
/// Scores are BM25 (k1 1.2, b 0.75) over the weighted term counts, 1 to 99; a term keeps the
/// ``postingLimit`` articles where it scores highest (a term in more articles says little about any).
/// Files are written only when their bytes change (a result document whose digest and size are the
/// previous build's is not even read), and files a previous build left that are no longer part of
/// the index are removed.
struct SearchIndexWriter {
    static let folder = BuildFolder.siteSearch.path
    static let shardLimit = 20_000
    static let postingLimit = 400

    let output: BuildOutput

    /// Writes the index of `entries` from their `postings`: the shards, the filters and
    /// `meta.json`, and removes what is no longer part of it. The result documents are written
    /// as the records are gathered (``writeDocument(_:_:id:previous:)``); those of ids past the
    /// entries' go.
    func write(_ entries: [SiteEntry], postings: SearchPostings) throws {
        try output.createFolders(["t", "d", "f"].map { "\(Self.folder)/\($0)" })
        var kept = Set<String>()
        func write(_ path: String, _ bytes: [UInt8]) throws {
            try output.write(bytes, to: path)
            kept.insert(path)
        }
        var keys: [String] = []
        try Self.shards(postings) { key, shard in
            try write("\(Self.folder)/t/\(keys.count).json", shard)
            keys.append(key)
        }
        var facets: [(String, JSONOutput)] = []
        for facet in SitePaths.Facet.allCases {
            // The filters offer the values the home page names (every value, in any real knowledge base).
            let groups = SiteGroups.mostFrequent(SiteGroups.grouped(entries, by: facet), limit: HomePage.valueLimit)
            facets.append((facet.rawValue, .array(groups.map { .array([.string($0.value), .int($0.members.count)]) })))
            for (n, group) in groups.enumerated() {
                try write("\(Self.folder)/f/\(facet.rawValue.prefix(1))\(n).json", Self.deltaList(group.members))
            }
        }
        let meta = JSONOutput.object([
            ("version", 1), ("documents", .int(entries.count)), ("shards", .strings(keys)),
            ("stopWords", .strings(SearchTerms.stopWords)), ("facets", .object(facets)),
        ])
        var metaBytes: [UInt8] = []
        meta.write(into: &metaBytes, indent: nil, level: 0)
        try write(BuildFile.searchMeta.path, metaBytes)
        removeOthers(kept, documents: entries.count)
    }

    /// Writes the result document of article `id` unless `previous` (the previous build's record
    /// of the article whose document was at `id`) has its digest and its file has its size;
    /// returns its digest and size.
    func writeDocument(_ entry: SiteEntry, _ record: SearchRecord?, id: Int, previous: SiteRecord.Article?) throws -> (digest: Int, size: Int) {
        let path = Self.documentPath(id), bytes = Self.document(entry, record)
        var digest = ContentDigest()
        digest.add(bytes)
        if previous?.document != digest.intValue || output.size(of: path) != bytes.count {
            try output.write(bytes, to: path)
        }
        return (digest.intValue, bytes.count)
    }

    /// The result document of article `id`.
    static func documentPath(_ id: Int) -> String { "\(documentFolder)/\(id).json" }

    /// The folder of the result documents.
    static let documentFolder = "\(folder)/d"

    /// Removes the files of `search/t`, `d` and `f` that are not in `kept` and, in `d`, not the
    /// result documents of the first `documents` ids.
    private func removeOthers(_ kept: Set<String>, documents: Int) {
        for sub in ["t", "d", "f"] {
            let folder = "\(Self.folder)/\(sub)"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: output.path(folder))) ?? []
            where !(sub == "d" && Self.isDocument(name, below: documents)) && !kept.contains("\(folder)/\(name)") {
                unlink(output.path("\(folder)/\(name)"))
            }
        }
    }

    /// Whether `name` is the file name of the result document of an article `id` below `count`
    /// (``documentPath(_:)``): the documents are known by their names, not listed one by one.
    static func isDocument(_ name: String, below count: Int) -> Bool {
        guard name.hasSuffix(".json"), let id = Int(name.dropLast(5)), id >= 0, id < count else { return false }
        return name == "\(id).json"
    }

    /// Hands each shard, with its key, to `emit` (the n-th is `search/t/<n>.json`).
    static func shards(_ postings: SearchPostings, _ emit: (_ key: String, _ bytes: [UInt8]) throws -> Void) rethrows {
        let n = Double(max(1, postings.documentCount))
        let averageLength = max(1, Double(postings.lengths.reduce(0) { $0 + Int($1) }) / n)
        let terms = postings.terms.keys.sorted()
        // Every term's `"term":[…]`, one after the other in `encoded`; term i's ends at ends[i].
        var encoded: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(terms.count)
        for term in terms {
            let list = postings.terms[term] ?? SearchPostings.PostingList()
            let idf = log(1 + (n - Double(list.count) + 0.5) / (Double(list.count) + 0.5))
            var scored = list.map { posting -> (doc: Int, score: Int, section: Int) in
                let length = Double(postings.lengths[Int(posting.doc)])
                let tf = Double(posting.weight)
                let bm25 = idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / averageLength))
                return (Int(posting.doc), min(99, max(1, Int((bm25 * 6).rounded()))), Int(posting.section))
            }
            if scored.count > postingLimit {
                scored.sort { ($0.score, -$0.doc) > ($1.score, -$1.doc) }
                scored = Array(scored.prefix(postingLimit)).sorted { $0.doc < $1.doc }
            }
            encoded.append(UInt8(ascii: "\""))
            encoded.append(contentsOf: term.utf8) // letters and digits only: nothing to escape
            encoded.append(contentsOf: "\":[".utf8)
            var previous = 0
            for (i, posting) in scored.enumerated() {
                if i > 0 { encoded.append(UInt8(ascii: ",")) }
                JSONOutput.writeInt(posting.doc - previous, into: &encoded)
                encoded.append(UInt8(ascii: ","))
                JSONOutput.writeInt(posting.score, into: &encoded)
                encoded.append(UInt8(ascii: ","))
                JSONOutput.writeInt(posting.section, into: &encoded)
                previous = posting.doc
            }
            encoded.append(UInt8(ascii: "]"))
            ends.append(encoded.count)
        }
        func encodedTerm(_ term: Int) -> ArraySlice<UInt8> { encoded[(term == 0 ? 0 : ends[term - 1])..<ends[term]] }
        // Splits the sorted terms `range` sharing `prefix` (as many scalars as `depth`).
        func split(_ range: Range<Int>, prefix: String, depth: Int) throws {
            let size = range.isEmpty ? 0 : ends[range.upperBound - 1] - (range.lowerBound == 0 ? 0 : ends[range.lowerBound - 1]) + range.count
            if size <= shardLimit || depth >= SearchTerms.maximumLength {
                try shard(range, key: prefix)
                return
            }
            // Terms equal to the prefix stay in the prefix's own shard; the others split by their next character.
            var start = range.lowerBound
            var own: Range<Int> = start..<start
            while start < range.upperBound, terms[start].unicodeScalars.count == depth { start += 1 }
            own = range.lowerBound..<start
            if !own.isEmpty { try shard(own, key: prefix) }
            while start < range.upperBound {
                let next = String(terms[start].unicodeScalars.prefix(depth + 1))
                var end = start
                while end < range.upperBound, terms[end].unicodeScalars.starts(with: next.unicodeScalars) { end += 1 }
                try split(start..<end, prefix: next, depth: depth + 1)
                start = end
            }
        }
        func shard(_ range: Range<Int>, key: String) throws {
            var bytes: [UInt8] = [UInt8(ascii: "{")]
            for term in range {
                if term > range.lowerBound { bytes.append(UInt8(ascii: ",")) }
                bytes.append(contentsOf: encodedTerm(term))
            }
            bytes.append(contentsOf: "}\n".utf8)
            try emit(key, bytes)
        }
        try split(0..<terms.count, prefix: "", depth: 0)
    }

    /// An article as a result shows it.
    static func document(_ entry: SiteEntry, _ record: SearchRecord?) -> [UInt8] {
        let sections = (record?.sections ?? []).map { section -> JSONOutput in
            .array([.string(section.anchor ?? ""), .optional(section.heading), .string(section.excerpt)])
        }
        let json = JSONOutput.object([
            ("page", .string(SitePaths.percentEncodedPath(entry.page))), ("title", .string(entry.title)),
            ("service", .optional(entry.service)), ("type", .optional(entry.type)), ("clouds", .strings(entry.clouds)),
            ("sections", .array(sections)),
        ])
        var bytes: [UInt8] = []
        json.write(into: &bytes, indent: nil, level: 0)
        bytes.append(0x0A)
        return bytes
    }

    /// `[first, second - first, …]` and a newline.
    static func deltaList(_ ids: [Int]) -> [UInt8] {
        var previous = 0
        var parts: [String] = []
        for id in ids {
            parts.append(String(id - previous))
            previous = id
        }
        return Array(("[" + parts.joined(separator: ",") + "]\n").utf8)
    }
}
