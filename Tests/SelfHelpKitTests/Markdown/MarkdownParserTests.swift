import XCTest
@testable import SelfHelpKit

final class MarkdownParserTests: XCTestCase {
    func testPositionsPointIntoTheFile() {
        let a = ArticleParser.parse("<properties articleId=\"x\"\n/>\n\n# Title\n\nSee [docs](https://example.com/a).\n", path: "p.md")
        let heading = a.markdown.nodes.first { if case .heading = $0.kind { return true } else { return false } }
        XCTAssertEqual(heading?.range.start, SourceLocation(line: 4, column: 1, offset: 30))
        XCTAssertEqual(a.links.first?.range.start.line, 6)
        XCTAssertEqual(a.links.first?.range.start.column, 5)
    }

    func testTenThousandNestedBlockquotes() {
        let body = String(repeating: ">", count: 10_000) + " deep\n"
        let a = ArticleParser.parse("<properties articleId=\"x\" />\n" + body, path: "deep.md")
        let quotes = a.markdown.nodes.filter { $0.kind == .blockQuote }
        XCTAssertEqual(quotes.count, 10_000)
        XCTAssertEqual(a.markdown.nodes.map(\.depth).max(), 10_002) // document 0, quotes 1…10,000, paragraph, text
        XCTAssertEqual(a.markdown.plainText(of: 0), "deep")
    }

    func testDeeplyNestedListItems() {
        var body = ""
        for level in 0..<2_000 { body += String(repeating: "  ", count: level) + "- item\n" }
        let a = ArticleParser.parse("<properties articleId=\"x\" />\n" + body, path: "list.md")
        XCTAssertEqual(a.markdown.nodes.filter { $0.kind == .item }.count, 2_000)
    }

    func testFiftyMegabyteBody() {
        let paragraph = "Some text with a [link](https://example.com/x) and **bold** words.\n\n"
        let count = 50_000_000 / paragraph.utf8.count
        let body = String(repeating: paragraph, count: count)
        let a = ArticleParser.parse("<properties articleId=\"x\" />\n# Big\n\n" + body, path: "big.md")
        XCTAssertEqual(a.title, "Big")
        XCTAssertEqual(a.links.count, count)
        XCTAssertEqual(a.links.last?.range.start.line, 4 + 2 * (count - 1))
    }

    func testChildrenAndSubtrees() {
        let tree = MarkdownParser.parse(SourceText("- a\n- b\n"), range: 0..<8)
        let list = tree.children(of: 0)
        XCTAssertEqual(list.count, 1)
        XCTAssertEqual(tree.children(of: list[0]).count, 2)
        XCTAssertEqual(tree.nodes[list[0]].subtreeEnd, tree.nodes.count)
    }
}
