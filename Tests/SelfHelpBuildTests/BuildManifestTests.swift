import SelfHelpKit
@testable import SelfHelpBuild
import XCTest

/// The manifest keeps what a rebuild reuses: it must read back exactly as written, and a damaged
/// or foreign file must read as no manifest at all (the build then starts afresh).
final class BuildManifestTests: XCTestCase {
    private func location(_ line: Int, _ column: Int, _ offset: Int) -> SourceLocation { SourceLocation(line: line, column: column, offset: offset) }

    private var sample: BuildManifest {
        let plain = Diagnostic(rule: "prose-please", severity: .info, message: "“Please” and a tab\there",
                               file: "a/b.md", range: SourceRange(start: location(3, 1, 40), end: location(3, 7, 46)))
        let fixed = Diagnostic(rule: "cloud-spelling", severity: .warning, message: "write `Public`", file: "a/b.md",
                               range: SourceRange(start: location(5, 20, 90), end: location(5, 26, 96)), notes: ["one", "two"],
                               fix: Fix(summary: "Spell it `Public`", range: SourceRange(start: location(5, 20, 90), end: location(5, 26, 96)),
                                        replacement: "Public"))
        let bom = Diagnostic(rule: "encoding-bom", severity: .warning, message: "BOM", file: "a/b.md",
                             range: SourceRange(start: location(1, 1, 0), end: location(1, 1, 0)),
                             fix: Fix(summary: "Remove it", range: SourceRange(start: location(1, 1, 0), end: location(1, 1, 0)),
                                      replacement: "", removesByteOrderMark: true))
        var summary = BuildSummary()
        summary.articles = 2
        summary.rendered = 1
        summary.unchanged = 1
        summary.warnings = 2
        summary.infos = 1
        return BuildManifest(toolVersion: "9.9", fingerprint: "f00d", entries: [
            "a/b.md": .init(key: "k1", signature: "120\t1.5\t1.5\t7", hash: "h1", outputs: ["articles/a/b.html", "articles/a/b.json"], json: .init(offset: 0, count: 10),
                            chunks: .init(offset: 0, count: 0), facts: ArticleFacts(path: "a/b.md"), findings: FindingRecords([plain, fixed, bom])),
            "c.md": .init(key: "k2", hash: "h2", outputs: ["articles/c.html", "articles/c.json"], json: .init(offset: 11, count: 5),
                          chunks: .init(offset: 0, count: 12), facts: ArticleFacts(path: "c.md"), findings: FindingRecords()),
        ], feeds: ["articles.jsonl": "17\t1.2\t1.2\t42", "chunks.jsonl": "12\t1.2\t1.2\t43"], summary: summary)
    }

    private func write(_ bytes: [UInt8]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".selfhelp"), withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try Data(bytes).write(to: folder.appendingPathComponent(BuildFile.manifest.path))
        return folder.path
    }

    /// An entry whose outputs are its article's own (``ArticleOutputs``), as every entry a build
    /// makes, does not hold their paths; it reads and writes them all the same.
    func testAnEntryHoldsItsOutputsOnlyWhenTheyAreNotItsArticles() throws {
        var manifest = sample
        let own = ArticleOutputs(articlePath: "d/e.md").all
        manifest.entries["d/e.md"] = .init(key: "k3", hash: "h3", outputs: own, json: .init(offset: 16, count: 3), chunks: .init(offset: 12, count: 0),
                                           facts: ArticleFacts(path: "d/e.md"), findings: FindingRecords())
        XCTAssertEqual(own, ["articles/d/e.html", "articles/d/e.json", ".selfhelp/search/d/e.record"])
        let read = try XCTUnwrap(BuildManifest(bytes: manifest.bytes()))
        XCTAssertEqual(read, manifest)
        XCTAssertEqual(read.entries["d/e.md"]?.outputs, own)
        XCTAssertEqual(read.entries["d/e.md"]?.holdsOutputs, false)
        XCTAssertEqual(read.entries["c.md"]?.outputs, ["articles/c.html", "articles/c.json"])
        XCTAssertEqual(read.entries["c.md"]?.holdsOutputs, true)
        XCTAssertEqual(read.bytes(), manifest.bytes())
        // Given other outputs, it holds them; given its own again, it lets them go.
        var entry = try XCTUnwrap(read.entries["d/e.md"])
        entry.outputs = ["elsewhere.html"]
        XCTAssertEqual(entry.outputs, ["elsewhere.html"])
        XCTAssertTrue(entry.holdsOutputs)
        entry.outputs = own
        XCTAssertFalse(entry.holdsOutputs)
        // Made without outputs (as the stream makes a rendered article's), they are its own.
        let made = BuildManifest.Entry(key: "k", hash: "h", json: .init(offset: 0, count: 1), chunks: .init(offset: 1, count: 0),
                                       facts: ArticleFacts(path: "d/e.md", contentHash: "h"), findings: FindingRecords())
        XCTAssertEqual(made.outputs, own)
        XCTAssertFalse(made.holdsOutputs)
    }

    func testTheStampReadsBackAsWritten() throws {
        let stamp = BuildStamp(fingerprint: "abc", inputSignature: nil, outputSignature: "def", summary: sample.summary)
        XCTAssertEqual(BuildStamp(bytes: stamp.bytes()), stamp)
        XCTAssertNil(BuildStamp(bytes: Array(String(decoding: stamp.bytes(), as: UTF8.self)
            .replacingOccurrences(of: "\"formatVersion\": \(BuildManifest.formatVersion)", with: "\"formatVersion\": 1").utf8)))
    }

    func testTheManifestReadsBackAsWritten() throws {
        let manifest = sample
        let read = try XCTUnwrap(BuildManifest.load(from: try write(manifest.bytes())))
        XCTAssertEqual(read, manifest)
        let findings = try XCTUnwrap(read.entries["a/b.md"]?.findings.findings(in: "a/b.md"))
        XCTAssertEqual(findings.map(\.rule), ["prose-please", "cloud-spelling", "encoding-bom"])
        XCTAssertEqual(findings.map(\.file), ["a/b.md", "a/b.md", "a/b.md"])
        XCTAssertEqual(findings[2].fix?.removesByteOrderMark, true)
        XCTAssertEqual(read.entries["a/b.md"]?.findings.counts, SeverityCounts(findings))
        XCTAssertEqual(read.entries["c.md"]?.findings.count, 0)
        XCTAssertEqual(read.bytes(), manifest.bytes(), "the same manifest, the same bytes")
    }

    /// A build under other settings reuses no article, so it keeps no facts of the previous
    /// build's: its entries keep their hashes and outputs (to find what changed and what to delete).
    func testAManifestReadUnderOtherSettingsKeepsNoFacts() throws {
        let digest = SiteBuilder.settingsDigest("settings one")
        var manifest = sample
        for (path, entry) in manifest.entries {
            manifest.entries[path]?.key = SiteBuilder.cacheKey(hash: entry.hash, settingsDigest: digest)
        }
        let bytes = manifest.bytes()
        let same = try XCTUnwrap(BuildManifest(bytes: bytes, settingsDigest: digest, jobs: 2))
        XCTAssertFalse(same.factsDropped)
        XCTAssertEqual(same, manifest)
        let other = try XCTUnwrap(BuildManifest(bytes: bytes, settingsDigest: SiteBuilder.settingsDigest("settings two"), jobs: 1))
        XCTAssertTrue(other.factsDropped)
        XCTAssertEqual(other.entries.keys.sorted(), manifest.entries.keys.sorted())
        for (path, entry) in other.entries {
            XCTAssertEqual(entry.facts, ArticleFacts(path: path, contentHash: manifest.entries[path]?.facts.contentHash ?? "?"))
            XCTAssertEqual(entry.findings.count, 0)
            XCTAssertEqual(entry.hash, manifest.entries[path]?.hash)
            XCTAssertEqual(entry.outputs, manifest.entries[path]?.outputs)
        }
        XCTAssertEqual(manifest.entries["a/b.md"]?.findings.count, 3, "the sample has findings to drop")
    }

    /// The sample with 12,000 more entries, each with the sample's findings: several segments.
    private func largeManifest() -> BuildManifest {
        var manifest = sample
        let findings = sample.entries["a/b.md"]?.findings ?? FindingRecords()
        for k in 0..<12_000 {
            let path = "folder\(k % 7)/article-\(k).md"
            manifest.entries[path] = .init(key: "key\(k)", signature: "\(k)\t1.5\t1.5\t\(k)", hash: "hash\(k)", outputs: ["articles/\(path).html"],
                                           json: .init(offset: k * 10, count: 10), chunks: .init(offset: k * 12, count: 12),
                                           facts: ArticleFacts(path: path, contentHash: "hash\(k)", anchors: ["a\(k)", "b"]), findings: findings)
        }
        return manifest
    }

    /// A large manifest is cut into segments that are read side by side: it reads back as written,
    /// and a segment cut short or with an entry too many is refused.
    func testALargeManifestReadsBackFromItsSegments() throws {
        let manifest = largeManifest()
        let bytes = manifest.bytes()
        XCTAssertGreaterThan(bytes.count, 3 * ManifestSegments.size, "several segments")
        XCTAssertEqual(BuildManifest(bytes: bytes), manifest)
        XCTAssertEqual(BuildManifest(bytes: bytes)?.bytes(), bytes)
        XCTAssertNil(BuildManifest(bytes: Array(bytes.dropLast(1))))
        XCTAssertNil(BuildManifest(bytes: bytes + [0]))
    }

    /// A build reads its previous manifest from the file a segment at a time: the same manifest
    /// as from its bytes, a file cut short or with a byte too many is refused, a header longer
    /// than the first piece read is read all the same, and no entry's findings keep the bytes
    /// they were read from.
    func testABuildReadsTheManifestFileASegmentAtATime() throws {
        let digest = SiteBuilder.settingsDigest("settings")
        var manifest = largeManifest()
        for (path, entry) in manifest.entries {
            manifest.entries[path]?.key = SiteBuilder.cacheKey(hash: entry.hash, settingsDigest: digest)
        }
        let bytes = manifest.bytes()
        XCTAssertGreaterThan(bytes.count, 3 * ManifestSegments.size, "several segments")
        let read = try XCTUnwrap(BuildManifest.load(from: try write(bytes), settingsDigest: digest, jobs: 2))
        XCTAssertEqual(read, manifest)
        XCTAssertFalse(read.factsDropped)
        XCTAssertTrue(read.entries.values.allSatisfy { $0.findings.bytes.startIndex == 0 }, "findings in storage of their own")
        XCTAssertNil(BuildManifest.load(from: try write(Array(bytes.dropLast(1))), settingsDigest: digest, jobs: 2))
        XCTAssertNil(BuildManifest.load(from: try write(bytes + [0]), settingsDigest: digest, jobs: 2))
        XCTAssertNil(BuildManifest.load(from: FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID())").path,
                                        settingsDigest: digest, jobs: 2))

        var longHeader = sample
        longHeader.feeds["articles.jsonl"] = String(repeating: "9", count: 100_000)
        XCTAssertEqual(BuildManifest.load(from: try write(longHeader.bytes()), settingsDigest: SiteBuilder.settingsDigest("other"), jobs: 2)?.feeds,
                       longHeader.feeds)
    }

    func testDamagedOrForeignManifestsAreNotUsed() throws {
        let bytes = sample.bytes()
        var otherVersion = ByteWriter()
        otherVersion.string("selfhelp build manifest")
        otherVersion.int(BuildManifest.formatVersion - 1)
        var damaged: [[UInt8]] = [
            [], Array("{\"formatVersion\": 3}".utf8), otherVersion.bytes + bytes.dropFirst(otherVersion.bytes.count),
            bytes + [0],                          // trailing bytes
        ]
        // Cut anywhere: never a manifest, never a crash.
        for length in stride(from: 0, to: bytes.count, by: 7) { damaged.append(Array(bytes.prefix(length))) }
        // Every byte flipped in turn: either refused, or read as some manifest without crashing.
        for index in bytes.indices {
            var flipped = bytes
            flipped[index] ^= 0xFF
            _ = BuildManifest(bytes: flipped)
        }
        for bytes in damaged {
            XCTAssertNil(BuildManifest(bytes: bytes), "\(bytes.count) bytes")
        }
        XCTAssertNotNil(BuildManifest(bytes: bytes))
    }

    func testIntegersAndStringsRoundTrip() {
        var out = ByteWriter()
        let numbers = [0, 1, -1, 63, 64, -65, 127, 128, 300, Int.max, Int.min, 1 << 40]
        numbers.forEach { out.int($0) }
        out.string("")
        out.string("ünïcødé ✓")
        out.bool(true)
        var input = ByteReader(out.bytes)
        XCTAssertEqual(numbers.map { _ in input.int() }, numbers.map(Optional.some))
        XCTAssertEqual(input.string(), "")
        XCTAssertEqual(input.string(), "ünïcødé ✓")
        XCTAssertEqual(input.bool(), true)
        XCTAssertTrue(input.isAtEnd)
        XCTAssertNil(input.int(), "nothing left")
    }
}
