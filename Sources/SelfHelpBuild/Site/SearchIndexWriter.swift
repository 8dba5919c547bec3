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

    /// What was written, for the build's figures.
    struct Result: Equatable {
        var files = 0
        var bytes = 0
        var shards = 0
        var largestShard = 0
        /// Each result document's digest, by id, for the next build's `previousDocuments`.
        var documents: [Int] = []
    }

    let output: BuildOutput

    /// Writes the index of `entries` and their `records`. A result document whose digest is in
    /// `previousDocuments` at its id, and whose file has its size, is left as it is.
    @discardableResult
    func write(_ entries: [SiteEntry], records: [SearchRecord?], previousDocuments: [Int] = []) throws -> Result {
        var files: [(String, [UInt8])] = []
        let (keys, shards) = Self.shards(entries, records: records)
        for (n, shard) in shards.enumerated() { files.append(("\(Self.folder)/t/\(n).json", shard)) }
        var result = Result(shards: shards.count)
        var kept: [String] = []
        for (id, entry) in entries.enumerated() {
            let path = "\(Self.folder)/d/\(id).json", bytes = Self.document(entry, records[id])
            var digest = ContentDigest()
            digest.add(bytes)
            result.documents.append(digest.intValue)
            if id < previousDocuments.count, previousDocuments[id] == digest.intValue, output.size(of: path) == bytes.count {
                kept.append(path)
                result.files += 1
                result.bytes += bytes.count
            } else {
                files.append((path, bytes))
            }
        }
        var facets: [(String, JSONOutput)] = []
        for facet in SitePaths.Facet.allCases {
            // The filters offer the values the home page names (every value, in any real knowledge base).
            let groups = SiteGroups.mostFrequent(SiteGroups.grouped(entries, by: facet), limit: HomePage.valueLimit)
            facets.append((facet.rawValue, .array(groups.map { .array([.string($0.value), .int($0.members.count)]) })))
            for (n, group) in groups.enumerated() {
                files.append(("\(Self.folder)/f/\(facet.rawValue.prefix(1))\(n).json", Self.deltaList(group.members)))
            }
        }
        let meta = JSONOutput.object([
            ("version", 1), ("documents", .int(entries.count)), ("shards", .strings(keys)),
            ("stopWords", .strings(SearchTerms.stopWords)), ("facets", .object(facets)),
        ])
        var metaBytes: [UInt8] = []
        meta.write(into: &metaBytes, indent: nil, level: 0)
        files.append((BuildFile.searchMeta.path, metaBytes))

        try output.createFolders(for: ["t", "d", "f"].map { "\(Self.folder)/\($0)/x" })
        for (path, bytes) in files {
            try output.write(bytes, to: path)
            result.files += 1
            result.bytes += bytes.count
        }
        result.largestShard = shards.map(\.count).max() ?? 0
        removeOthers(Set(files.map(\.0) + kept))
        return result
    }

    /// Removes the files of `search/t`, `d` and `f` that are not in `kept`.
    private func removeOthers(_ kept: Set<String>) {
        for sub in ["t", "d", "f"] {
            let folder = "\(Self.folder)/\(sub)"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: output.path(folder))) ?? [] where !kept.contains("\(folder)/\(name)") {
                unlink(output.path("\(folder)/\(name)"))
            }
        }
    }

    /// The shard keys and each shard's bytes.
    static func shards(_ entries: [SiteEntry], records: [SearchRecord?]) -> (keys: [String], shards: [[UInt8]]) {
        // Postings by term: (doc, weight, section), in doc order.
        var postings: [String: [(doc: Int, weight: Int, section: Int)]] = [:]
        var totalLength = 0
        for (doc, record) in records.enumerated() {
            guard let record else { continue }
            totalLength += record.length
            for term in record.terms { postings[term.term, default: []].append((doc, term.weight, term.section)) }
        }
        let n = Double(max(1, entries.count))
        let averageLength = max(1, Double(totalLength) / n)
        var encoded: [String: [UInt8]] = [:]
        encoded.reserveCapacity(postings.count)
        for (term, list) in postings {
            let idf = log(1 + (n - Double(list.count) + 0.5) / (Double(list.count) + 0.5))
            var scored = list.map { posting -> (doc: Int, score: Int, section: Int) in
                let length = Double(records[posting.doc]?.length ?? 0)
                let tf = Double(posting.weight)
                let bm25 = idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * length / averageLength))
                return (posting.doc, min(99, max(1, Int((bm25 * 6).rounded()))), posting.section)
            }
            if scored.count > postingLimit {
                scored.sort { ($0.score, -$0.doc) > ($1.score, -$1.doc) }
                scored = Array(scored.prefix(postingLimit)).sorted { $0.doc < $1.doc }
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(term.utf8.count + scored.count * 9 + 5)
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: term.utf8) // letters and digits only: nothing to escape
            bytes.append(contentsOf: "\":[".utf8)
            var previous = 0
            for (i, posting) in scored.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(contentsOf: "\(posting.doc - previous),\(posting.score),\(posting.section)".utf8)
                previous = posting.doc
            }
            bytes.append(UInt8(ascii: "]"))
            encoded[term] = bytes
        }
        let terms = encoded.keys.sorted()
        var keys: [String] = []
        var shards: [[UInt8]] = []
        // Splits the sorted terms `range` sharing `prefix` (as many scalars as `depth`).
        func split(_ range: Range<Int>, prefix: String, depth: Int) {
            let size = terms[range].reduce(0) { $0 + (encoded[$1]?.count ?? 0) + 1 }
            if size <= shardLimit || depth >= SearchTerms.maximumLength {
                emit(range, key: prefix)
                return
            }
            // Terms equal to the prefix stay in the prefix's own shard; the others split by their next character.
            var start = range.lowerBound
            var own: Range<Int> = start..<start
            while start < range.upperBound, terms[start].unicodeScalars.count == depth { start += 1 }
            own = range.lowerBound..<start
            if !own.isEmpty { emit(own, key: prefix) }
            while start < range.upperBound {
                let next = String(terms[start].unicodeScalars.prefix(depth + 1))
                var end = start
                while end < range.upperBound, terms[end].unicodeScalars.starts(with: next.unicodeScalars) { end += 1 }
                split(start..<end, prefix: next, depth: depth + 1)
                start = end
            }
        }
        func emit(_ range: Range<Int>, key: String) {
            var bytes: [UInt8] = [UInt8(ascii: "{")]
            for (i, term) in terms[range].enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(contentsOf: encoded[term] ?? [])
            }
            bytes.append(contentsOf: "}\n".utf8)
            keys.append(key)
            shards.append(bytes)
        }
        split(0..<terms.count, prefix: "", depth: 0)
        return (keys, shards)
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
