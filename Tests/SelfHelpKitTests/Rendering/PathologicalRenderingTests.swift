import Foundation
import XCTest
@testable import SelfHelpKit

/// Hostile shapes that would make a naive renderer recurse, go quadratic, or leak markup.
final class PathologicalRenderingTests: XCTestCase {
    func time(_ what: String, limit: Double = 10, _ body: () -> Void) {
        let start = Date()
        body()
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertLessThan(elapsed, limit, "\(what) took \(elapsed) s")
    }

    func renderAll(_ a: Article) {
        XCTAssertEqual(HTMLOutputChecker.problems(in: HTMLRenderer().render(a)), [])
        _ = PlainTextRenderer(width: 60).render(a)
        _ = JSONRenderer(chunking: ChunkingOptions(maximumTokens: 32, overlapTokens: 8)).render(a)
    }

    func testHundredThousandNestedBlockQuotes() {
        let a = article(body: "# T\n\n" + String(repeating: ">", count: 100_000) + " deep\n")
        time("blockquotes") { renderAll(a) }
    }

    func testDeeplyNestedLists() {
        let body = "# T\n\n" + (0..<3000).map { String(repeating: "  ", count: $0) + "- item \($0)" }.joined(separator: "\n") + "\n"
        let a = article(body: body)
        time("lists") { renderAll(a) }
        let text = PlainTextRenderer().render(a)
        XCTAssertTrue(text.contains("- item 2999"), "deep items keep their marker")
    }

    func testUnterminatedTagsStayLinear() {
        let hostile = String(repeating: "<a x=\"", count: 20_000)
        time("unterminated quotes") { _ = HTMLSanitizer().sanitize(hostile) }
        time("no closing bracket") { _ = HTMLSanitizer().sanitize(String(repeating: "<a", count: 50_000)) }
        XCTAssertEqual(HTMLSanitizer().sanitize("<a <b"), "&lt;a &lt;b")
    }

    func testDeepRawHTMLNestingIsCapped() {
        let html = String(repeating: "<div>", count: 50_000) + "x" + String(repeating: "</span>", count: 50_000)
        var output = ""
        time("deep divs and stray end tags") { output = HTMLSanitizer().sanitize(html) }
        XCTAssertEqual(HTMLOutputChecker.problems(in: output), [])
        XCTAssertEqual(output.components(separatedBy: "<div>").count - 1, HTMLWriter.maximumOpenElements)
    }

    func testManyIdenticalHeadingsGetDistinctIdsQuickly() {
        let a = article(body: String(repeating: "## Same\n\n", count: 20_000))
        var html = ""
        time("identical headings") { html = HTMLRenderer().render(a) }
        XCTAssertTrue(html.contains(#"id="same-19999""#))
        XCTAssertEqual(HeadingSlugs.compute(a.markdown).values.count, Set(HeadingSlugs.compute(a.markdown).values).count)
    }

    func testManyPlaceholdersAndRegionsUnclosed() {
        let body = "# T\n\n" + String(repeating: "<!--$p-->x <!--r-->y ", count: 10_000) + "\n"
        let a = article(body: body)
        time("markers") { renderAll(a) }
    }

    func testNoHeaderAndBinaryishInput() {
        let bytes: [UInt8] = Array("\u{FEFF}\u{FEFF}".utf8) + [0xFF, 0xFE, 0x00, 0x3C, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74, 0x3E] + Array("<b>x".utf8)
        renderAll(ArticleParser.parse(bytes, path: "bin.md"))
    }
}
