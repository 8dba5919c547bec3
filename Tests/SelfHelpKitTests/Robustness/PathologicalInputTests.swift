import XCTest
@testable import SelfHelpKit

/// Inputs that once took quadratic time, and the neighbours checked with them
/// (Docs/robustness.md, "Findings"). Each test would run for minutes if the bug came back;
/// the time limits are generous (debug build, shared CI machine).
final class PathologicalInputTests: XCTestCase {
    let header = "<properties articleId=\"x\" />\n\n"

    func parseTimed(_ body: String, limit: Double = 20, file: StaticString = #filePath, line: UInt = #line) -> Article {
        let start = Date()
        let a = ArticleParser.parse(header + body, path: "pathological.md")
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertLessThan(elapsed, limit, "parsing took \(elapsed) s", file: file, line: line)
        return a
    }

    /// Found by scripts/fuzz timing checks: each unclosed `<a>` gathered the text of all later siblings.
    func testManyUnclosedInlineAnchorsAreLinear() {
        let a = parseTimed("x " + String(repeating: "<a href=\"y\">t ", count: 50_000) + "\n")
        XCTAssertEqual(a.links.count, 50_000)
        XCTAssertEqual(a.links.first?.text, "t ", "an anchor's text stops at the next `<a`")
    }

    func testInlineAnchorTextStillRunsToItsClosingTag() {
        let a = parseTimed("See <a href=\"https://example.com/\">the <em>docs</em></a> and <abbr>X</abbr>.\n")
        XCTAssertEqual(a.links.map(\.text), ["the docs"])
    }

    /// Found by timing checks: a heading in a block quote looked for its section's end across the
    /// rest of the document.
    func testManyHeadingsInBlockQuotesAreLinear() {
        let a = parseTimed(String(repeating: "> # h\n\n", count: 50_000))
        XCTAssertEqual(a.sections.count, 50_000)
        XCTAssertEqual(a.sections.first.map { $0.contentNodes.upperBound }, a.markdown.nodes[a.sections[0].nodeIndex].parent >= 0
            ? a.markdown.nodes[a.markdown.nodes[a.sections[0].nodeIndex].parent].subtreeEnd : nil,
            "a nested section ends with its container")
    }

    func testTopLevelSectionsStillEndAtTheNextHeadingOfTheSameLevel() {
        let a = parseTimed("# A\n\ntext\n\n## B\n\nmore\n\n# C\n")
        XCTAssertEqual(a.sections.map(\.heading), ["A", "B", "C"])
        XCTAssertEqual(a.sections[0].contentNodes.upperBound, a.sections[2].nodeIndex)
        XCTAssertEqual(a.sections[1].contentNodes.upperBound, a.sections[2].nodeIndex)
        XCTAssertEqual(a.sections[2].contentNodes.upperBound, a.markdown.nodes.count)
    }

    func testRepeatedOpenersStayFast() {
        for body in ["<!--", "[", "&", "<", "`", "*a ", "<!--$a-->", "<!--/a-->", "![", "<a href=\"x\" "] {
            let a = parseTimed(String(repeating: body, count: 100_000) + "\n")
            XCTAssertEqual(a.source.lineCount, 3, body)
        }
    }

    func testPathologicalHeaders() {
        let cases: [String] = [
            "<properties " + (0..<100_000).map { "k\($0)" }.joined(separator: " ") + " />",
            "<properties pageTitle=\"" + String(repeating: "a", count: 10_000_000) + "\n# T\n",
            "<properties\n" + (0..<50_000).map { "k\($0)='x\n" }.joined() + "/>",
            "<properties pageTitle=\"" + String(repeating: "&zz;", count: 100_000) + "\" />",
            "<properties " + String(repeating: "!", count: 100_000) + " />",
        ]
        for text in cases {
            let start = Date()
            let a = ArticleParser.parse(text, path: "header.md")
            XCTAssertLessThan(Date().timeIntervalSince(start), 20)
            XCTAssertNotNil(a.header)
        }
    }
}
