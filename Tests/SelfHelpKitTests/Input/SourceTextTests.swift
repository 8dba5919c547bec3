import XCTest
@testable import SelfHelpKit

final class SourceTextTests: XCTestCase {
    func testByteOrderMarkIsStrippedAndReported() {
        let a = ArticleParser.parse([0xEF, 0xBB, 0xBF] + Array("<properties articleId=\"x\" />\n# T".utf8), path: "b.md")
        XCTAssertEqual(a.source.byteOrderMarks, 1)
        XCTAssertEqual(a.metadata.articleId, "x")
        XCTAssertEqual(a.diagnostics.map(\.rule), [.encodingBOM])
        XCTAssertEqual(a.diagnostics.first?.fix?.removesByteOrderMark, true)
    }

    func testDoubledByteOrderMark() {
        let a = ArticleParser.parse([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF] + Array("<properties articleId=\"x\" />".utf8), path: "b.md")
        XCTAssertEqual(a.source.byteOrderMarks, 2)
        XCTAssertEqual(a.metadata.articleId, "x")
        XCTAssertEqual(a.diagnostics.map(\.rule), [.encodingBOM])
    }

    func testCRLFAndMixedLineEndingsGiveTheSameLines() {
        let crlf = ArticleParser.parse("<properties\r\n  articleId=\"x\"\r\n/>\r\n\r\n# Title\r\n\r\nText\n## **Recommended Steps**\r\n", path: "c.md")
        XCTAssertEqual(crlf.metadata.articleId, "x")
        XCTAssertEqual(crlf.title, "Title")
        XCTAssertEqual(crlf.sections.map(\.headingRange.start.line), [5, 8])
        XCTAssertEqual(crlf.sections.last?.kind, .recommendedSteps)
        XCTAssertEqual(crlf.source.lineText(2), "  articleId=\"x\"")
    }

    func testInvalidUTF8IsReplacedAndReportedWithItsLine() {
        // Windows-1252 bytes: 0x92 (right quote) in the body, 0xA0 in the header.
        var bytes = Array("<properties pageTitle=\"a".utf8) + [0xA0] + Array("b\" />\n# It".utf8) + [0x92] + Array("s\n".utf8)
        bytes += Array("fine line\n".utf8)
        let a = ArticleParser.parse(bytes, path: "w.md")
        XCTAssertEqual(a.metadata.pageTitle, "a\u{FFFD}b")
        XCTAssertEqual(a.title, "It\u{FFFD}s")
        let invalid = a.diagnostics.filter { $0.rule == .encodingInvalidUTF8 }
        XCTAssertEqual(invalid.map(\.location.line), [1, 2])
        XCTAssertEqual(invalid.map(\.location.column), [25, 5])
    }

    func testNULBytesMakeAFileNotText() {
        let a = ArticleParser.parse(Array("<properties articleId=\"x\" />\n# A\u{0}B\n\ntext\u{0}".utf8), path: "n.md")
        XCTAssertFalse(a.source.looksLikeText)
        XCTAssertEqual(a.diagnostics.map(\.rule), [.encodingNotText])
    }

    func testColumnsCountUnicodeScalarsAndKeepTheByteOffset() {
        let text = SourceText("é1\nab")
        XCTAssertEqual(text.location(ofOffset: 2), SourceLocation(line: 1, column: 2, offset: 2))
        XCTAssertEqual(text.location(ofOffset: 5), SourceLocation(line: 2, column: 2, offset: 5))
        XCTAssertEqual(text.byteColumn(of: text.location(ofOffset: 2)), 3)
        XCTAssertEqual(text.location(line: 1, byteColumn: 3), SourceLocation(line: 1, column: 2, offset: 2))
        XCTAssertEqual(text.lineCount, 2)
    }

    func testUTF16ColumnsCountAstralScalarsTwice() {
        let text = SourceText("a\u{1F600}\u{A0}x")
        let x = text.location(ofOffset: 1 + 4 + 2)
        XCTAssertEqual(x.column, 4)
        XCTAssertEqual(text.utf16Column(of: x), 5)
    }

    func testColumnsOnALongNonASCIILineUseTheBlockCounts() {
        let line = String(repeating: "é", count: 1_000) + "x"
        let text = SourceText("a\n" + line)
        let x = text.location(ofOffset: 2 + 2_000)
        XCTAssertEqual(x.line, 2)
        XCTAssertEqual(x.column, 1_001)
    }
}
