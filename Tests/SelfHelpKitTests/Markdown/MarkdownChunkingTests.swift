import Foundation
import XCTest
@testable import SelfHelpKit

/// A body parsed in chunks (``MarkdownChunking``) gives the very tree of the body parsed whole:
/// over tricky fixtures (fences and HTML blocks spanning blank lines and column-0 text, lists,
/// block quotes, setext headings, reference definitions, CRLF), every Markdown file under
/// `Tests/` and `Articles/`, and the real corpus when `SELFHELP_CORPUS` names a folder:
///
///     SELFHELP_CORPUS=../shared/corpus/articles swift test --filter MarkdownChunkingTests
///
/// Each is cut at every safe boundary, far more cuts than a real parse makes.
final class MarkdownChunkingTests: XCTestCase {
    static let packageFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let chunkFixtures = ["fences.md", "html.md", "containers.md", "references.md", "crlf.md"]

    func testTrickyFixturesParseTheSameCutAtEverySafeBoundary() throws {
        for name in Self.chunkFixtures {
            let source = SourceText(decoding: try Fixture.bytes("markdown-chunks/" + name))
            let cuts = cutCount(source, range: 0..<source.bytes.count)
            if name == "references.md" {
                XCTAssertEqual(cuts, 0, "a body with a reference definition is never cut")
            } else {
                XCTAssertGreaterThan(cuts, 2, "\(name) offers safe boundaries")
            }
            assertSameTree(source, range: 0..<source.bytes.count, name: name)
        }
    }

    func testEveryMarkdownFileOfThePackageParsesTheSameCut() {
        let folders = ["Tests", "Articles"].map { Self.packageFolder.appendingPathComponent($0).path }
        let files = ArticleLoader.articleFiles(in: folders).files
        XCTAssertGreaterThan(files.count, 30)
        let differing = files.filter { !articleParsesTheSameCut(path: $0) }
        XCTAssertEqual(differing, [])
    }

    func testCorpusArticlesParseTheSameCut() throws {
        let files = try Corpus.files()
        var cuts = 0
        let differing = files.filter { !articleParsesTheSameCut(path: $0, cuts: &cuts) }
        print("markdown chunks: \(files.count) articles cut at \(cuts) safe boundaries, \(differing.count) differing")
        XCTAssertGreaterThan(cuts, files.count / 2, "the corpus offers safe boundaries")
        XCTAssertEqual(differing, [])
    }

    func testABodyStartingMidLineWithABlankedPayloadParsesTheSameCut() {
        let text = "<properties a=\"b\" /> First line after the header.\n\nSecond.\n\n{\"json\": 1,\n\n\"more\": 2}\n\nThird.\n\nFourth *x*.\n"
        let source = SourceText(text)
        let start = text.utf8.count - text.drop(while: { $0 != ">" }).dropFirst().utf8.count
        let payloadStart = text.utf8.count - text.drop(while: { $0 != "{" }).utf8.count
        let payloadEnd = text.utf8.count - text.drop(while: { $0 != "}" }).dropFirst().utf8.count
        XCTAssertGreaterThan(cutCount(source, range: start..<source.bytes.count), 2)
        assertSameTree(source, range: start..<source.bytes.count, blanked: [payloadStart..<payloadEnd], name: "mid-line")
    }

    func testALargeBodyIsCutAtChunkSizeAndKeepsItsTree() {
        let paragraph = "Some text with a [link](https://example.com/x), `code`, **bold** and <br> words.\n\n"
        let source = SourceText("# Big\n\n" + String(repeating: paragraph, count: 200) + "```\nfence\n\nLetters\n")
        let range = 0..<source.bytes.count
        let chunking = MarkdownChunking(largestWholeBody: 1000, chunkSize: 1000)
        let cuts = source.bytes.withUnsafeBufferPointer { chunking.cuts(in: $0) }
        XCTAssertTrue((source.bytes.count / 1100...source.bytes.count / 1000).contains(cuts.count), "about one cut a chunk size: \(cuts.count)")
        XCTAssertTrue(cuts.allSatisfy { source.bytes[$0] == UInt8(ascii: "S") && source.bytes[$0 - 1] == 0x0A })
        let whole = MarkdownParser.parse(source, range: range, blanked: [], chunking: .never)
        XCTAssertEqual(MarkdownParser.parse(source, range: range, blanked: [], chunking: chunking), whole)
        XCTAssertEqual(MarkdownParser.parse(source, range: range), whole)
        XCTAssertEqual(whole.nodes.filter { $0.kind == .paragraph }.count, 200)
    }

    func testSafeBoundariesAreLettersAfterAnEmptyLine() {
        let source = SourceText("a\n\nb\n\n1. c\n\n- d\n\n#e\n\n<f>\n\n  g\n\nh\n \ni\r\n\r\nj\n\n`k`\n")
        let cuts = source.bytes.withUnsafeBufferPointer { MarkdownChunking.everySafeBoundary.cuts(in: $0) }
        XCTAssertEqual(cuts.map { Character(UnicodeScalar(source.bytes[$0])) }, ["b", "h", "j"])
        let reference = SourceText("a\n\nb [x]\n\nc\n\n[x]: /u\n")
        XCTAssertEqual(reference.bytes.withUnsafeBufferPointer { MarkdownChunking.everySafeBoundary.cuts(in: $0) }, [])
    }

    /// Whether the article at `path` parses to the same Markdown tree whole and cut at every
    /// safe boundary; a difference is a test failure naming the file and node.
    private func articleParsesTheSameCut(path: String) -> Bool {
        var cuts = 0
        return articleParsesTheSameCut(path: path, cuts: &cuts)
    }

    private func articleParsesTheSameCut(path: String, cuts: inout Int) -> Bool {
        guard let bytes = try? ArticleLoader.readBytes(path) else { XCTFail("cannot read \(path)"); return false }
        let article = ArticleParser.parse(bytes, path: path)
        let range = article.bodyStart..<article.source.bytes.count
        cuts += cutCount(article.source, range: range)
        return assertSameTree(article.source, range: range, blanked: article.payload.map { [$0.range.offsets] } ?? [], name: path)
    }

    @discardableResult
    private func assertSameTree(_ source: SourceText, range: Range<Int>, blanked: [Range<Int>] = [], name: String) -> Bool {
        let whole = MarkdownParser.parse(source, range: range, blanked: blanked, chunking: .never)
        let cut = MarkdownParser.parse(source, range: range, blanked: blanked, chunking: .everySafeBoundary)
        guard whole != cut else { return true }
        let first = zip(whole.nodes, cut.nodes).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(whole.nodes.count, cut.nodes.count)
        let describe = { (nodes: [MarkdownNode]) in first < nodes.count ? "\(nodes[first])" : "none" }
        XCTFail("\(name): \(whole.nodes.count) nodes whole, \(cut.nodes.count) cut; node \(first): \(describe(whole.nodes)) vs \(describe(cut.nodes))")
        return false
    }

    private func cutCount(_ source: SourceText, range: Range<Int>) -> Int {
        Array(source.bytes[range]).withUnsafeBufferPointer { MarkdownChunking.everySafeBoundary.cuts(in: $0).count }
    }
}
