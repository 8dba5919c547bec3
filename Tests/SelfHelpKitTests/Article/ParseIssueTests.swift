import XCTest
@testable import SelfHelpKit

/// The parser records what it noticed as data; the rules word it.
final class ParseIssueTests: XCTestCase {
    func testTheHeaderScannerRecordsKindsWithTheirData() {
        let text = "<properties\n  articleId=\"a\"\n  pageTitle=unquoted\n  articleId=\"b\"\n  description=\"Tom &amp; Jerry &nope;\" />\n# Title\n"
        let article = ArticleParser.parse(text, path: "a.md")
        XCTAssertEqual(article.issues.map(\.kind), [
            .headerSyntax(.unquotedValue(key: "pageTitle")),
            .headerDuplicateKey(key: "articleId", firstLine: 2),
            .headerEntityUnknown(name: "nope"),
        ])
        XCTAssertEqual(article.issues.map(\.rule), [.headerSyntax, .headerDuplicateKey, .headerEntityUnknown])
        XCTAssertEqual(article.issues.map(\.range.start.line), [3, 4, 5])
    }

    func testEncodingIssuesCarryTheBytesAndCounts() {
        // Two byte-order marks, then a header and a title with a Windows-1252 `é` (0xE9).
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("<properties articleId=\"a\" />\n# Caf".utf8) + [0xE9, 0x0A]
        let article = ArticleParser.parse(bytes, path: "b.md")
        XCTAssertEqual(article.issues.map(\.kind), [.byteOrderMarks(count: 2), .invalidUTF8(byte: 0xE9)])
        XCTAssertEqual(article.issues.first?.kind, .byteOrderMarks(count: 2))
        XCTAssertEqual(article.issues.first?.rule, .encodingBOM)
        XCTAssertNotNil(article.issues.first?.diagnostic(file: "b.md").fix, "a byte-order mark's finding carries its rule's fix")
    }

    func testTheWordsAreTheRulesAndTheSeverityItsDefault() {
        let article = ArticleParser.parse("Leading words\n<properties articleId=\"a\" />\n# Title\n", path: "c.md")
        let diagnostic = article.diagnostics[0]
        XCTAssertEqual(article.issues[0].kind, .headerLeadingText)
        XCTAssertEqual(diagnostic.message, HeaderLeadingTextRule.message)
        XCTAssertEqual(diagnostic.severity, HeaderLeadingTextRule.description.defaultSeverity)
        XCTAssertEqual(diagnostic.file, "c.md")
    }

    func testAnUnreadArticleHasOneIssue() {
        let article = ArticleParser.parse(Array(repeating: UInt8(ascii: "a"), count: 64), path: "d.md", maximumSize: 10)
        XCTAssertEqual(article.issues.map(\.kind), [.tooLarge(size: 64, limit: 10)])
        XCTAssertTrue(article.wasNotParsed(.articleTooLarge))
    }
}
