import XCTest
@testable import SelfHelpKit

/// Each header quirk of the real corpus and each failure, with the diagnostic's place.
final class HeaderScannerTests: XCTestCase {
    private func parse(_ text: String) -> Article { ArticleParser.parse(text, path: "h.md") }

    private func only(_ article: Article, _ rule: RuleID, file: StaticString = #filePath, line: UInt = #line) -> Diagnostic? {
        let found = article.diagnostics.filter { $0.rule == rule }
        XCTAssertEqual(found.count, 1, "expected one \(rule), got \(article.diagnostics)", file: file, line: line)
        return found.first
    }

    func testKeysAreCanonicalAndRawSpellingIsKept() {
        let a = parse("<properties\n\tarticleid=\"a1\"\n  SelfHelpType=\"Generic\"\n  supportTopicIDs=\"1, 2\"\n/>\n# T\n")
        XCTAssertEqual(a.header?.attributes.map(\.key.name), ["articleId", "selfHelpType", "supportTopicIds"])
        XCTAssertEqual(a.header?.attributes.map(\.rawKey), ["articleid", "SelfHelpType", "supportTopicIDs"])
        XCTAssertEqual(a.metadata.articleId, "a1")
        XCTAssertEqual(a.metadata.selfHelpType, .generic)
        XCTAssertEqual(a.metadata.selfHelpType?.raw, "Generic")
        XCTAssertEqual(a.metadata.supportTopicIds, ["1", "2"])
        XCTAssertEqual(a.header?.attributes[1].keyRange.start, SourceLocation(line: 3, column: 3, offset: 30))
        XCTAssertEqual(a.diagnostics, [])
    }

    func testUnknownKeysAreKept() {
        let a = parse("<properties author=\"me\" supportToicIds=\"123\" />\n")
        XCTAssertEqual(a.metadata.unknownFields, ["author": "me", "supportToicIds": "123"])
        XCTAssertFalse(a.header!.attributes[0].key.isKnown)
    }

    func testSpacesAroundEqualsSingleQuotesAndSeveralOnALine() {
        let a = parse("<properties pageTitle = 'It\"s here' clientIds='partnercenter'   description =\"d\"/>\n# T")
        XCTAssertEqual(a.metadata.pageTitle, "It\"s here")
        XCTAssertEqual(a.metadata.otherFields["clientIds"], "partnercenter")
        XCTAssertEqual(a.metadata.description, "d")
        XCTAssertEqual(a.header?.attributes[0].quote, "'")
        XCTAssertEqual(a.diagnostics, [])
    }

    func testNBSPAndZeroWidthSpaceAreWhitespace() {
        let a = parse("<properties\u{00A0}articleId=\"x\"\u{200B} pageTitle=\"p\"\n\u{00A0}\u{00A0}service=\"s.t\" />\n")
        XCTAssertEqual(a.header?.attributes.map(\.key.name), ["articleId", "pageTitle", "service"])
        XCTAssertEqual(a.diagnostics, [])
    }

    func testGreaterThanInsideQuotesDoesNotEndTheHeader() {
        let a = parse("<properties pageTitle=\"a > b\" articleId=\"x\" />\nbody")
        XCTAssertEqual(a.metadata.pageTitle, "a > b")
        XCTAssertEqual(a.metadata.articleId, "x")
        XCTAssertEqual(a.header?.isTerminated, true)
    }

    func testEntitiesAreDecodedAndBareAmpersandKept() {
        let a = parse("<properties pageTitle=\"Q&amp;A &lt;b&gt; &quot;x&quot; R&D&#xD;\" description=\"&#65;&#x42;\" />\n")
        XCTAssertEqual(a.header?.attributes[0].value, "Q&A <b> \"x\" R&D\r")
        XCTAssertEqual(a.metadata.pageTitle, "Q&A <b> \"x\" R&D")
        XCTAssertEqual(a.metadata.description, "AB")
        XCTAssertEqual(a.diagnostics, [])
    }

    func testBadEntityIsKeptAndReportedAtItsColumn() {
        let a = parse("<properties\n  pageTitle=\"a &bogus; b\" />\n")
        XCTAssertEqual(a.metadata.pageTitle, "a &bogus; b")
        let d = only(a, .headerEntityUnknown)
        XCTAssertEqual(d?.severity, .warning)
        XCTAssertEqual(d?.location.line, 2)
        XCTAssertEqual(d?.location.column, 16)
    }

    func testRawLineBreakInsideAValueIsKept() {
        let a = parse("<properties pageTitle=\"first\nsecond\" articleId=\"x\" />\n")
        XCTAssertEqual(a.metadata.pageTitle, "first\nsecond")
        XCTAssertEqual(a.metadata.articleId, "x")
        XCTAssertEqual(a.diagnostics, [])
    }

    func testMissingClosingQuoteRecoversAtTheNextKeyLine() {
        let a = parse("<properties\n  ms.author=\"someone\n  articleId=\"x\"\n/>\n# T\n")
        XCTAssertEqual(a.metadata.msAuthor, ["someone"])
        XCTAssertEqual(a.metadata.articleId, "x")
        XCTAssertNil(a.metadata.unknownFields["2\""])
        let d = only(a, .headerSyntax)
        XCTAssertEqual(d?.location, SourceLocation(line: 2, column: 13, offset: 24))
        XCTAssertEqual(a.title, "T")
    }

    func testJunkBetweenAttributesIsReportedAndSkipped() {
        let a = parse("<properties articleId=\"x\"\", pageTitle=\"p\" />\n")
        XCTAssertEqual(a.metadata.articleId, "x")
        XCTAssertEqual(a.metadata.pageTitle, "p")
        let junk = a.diagnostics.filter { $0.rule == .headerSyntax }
        XCTAssertEqual(junk.map(\.location.column), [26, 27])
    }

    func testDuplicateKeyIsReportedAndTheLaterValueWins() {
        let a = parse("<properties\n  articleId=\"first\"\n  ArticleId=\"second\"\n/>\n")
        XCTAssertEqual(a.metadata.articleId, "second")
        let d = only(a, .headerDuplicateKey)
        XCTAssertEqual(d?.location.line, 3)
        XCTAssertEqual(d?.location.column, 3)
    }

    func testMissingHeaderKeepsTheWholeFileAsBody() {
        let a = parse("# Only a title\n\nSome text.\n")
        XCTAssertNil(a.header)
        XCTAssertEqual(a.title, "Only a title")
        XCTAssertEqual(a.bodyStart, 0)
        let d = only(a, .headerMissing)
        XCTAssertEqual(d?.location, SourceLocation(line: 1, column: 1, offset: 0))
    }

    func testUnterminatedHeaderEndsAtTheFirstLineThatIsNoAttribute() {
        let a = parse("<properties\n  articleId=\"x\"\n  pageTitle=\"p\"\n\n# The title\n\nText.\n")
        XCTAssertEqual(a.header?.isTerminated, false)
        XCTAssertEqual(a.metadata.articleId, "x")
        XCTAssertEqual(a.title, "The title")
        XCTAssertEqual(a.sections.first?.headingRange.start.line, 5)
        let d = only(a, .headerUnterminated)
        XCTAssertEqual(d?.location, SourceLocation(line: 1, column: 1, offset: 0))
    }

    func testUnterminatedHeaderAtEndOfFile() {
        let a = parse("<properties articleId=\"x\"")
        XCTAssertEqual(a.header?.isTerminated, false)
        XCTAssertEqual(a.metadata.articleId, "x")
        XCTAssertNotNil(only(a, .headerUnterminated))
    }

    func testUnclosedQuoteAtEndOfFile() {
        let a = parse("<properties articleId=\"x")
        XCTAssertEqual(a.metadata.articleId, "x")
        XCTAssertTrue(a.diagnostics.contains { $0.rule == .headerSyntax })
        XCTAssertTrue(a.diagnostics.contains { $0.rule == .headerUnterminated })
    }

    func testLeadingBlankLinesAreFineButLeadingTextIsReported() {
        let blank = parse("\n  \n<properties articleId=\"x\" />\n# T")
        XCTAssertEqual(blank.diagnostics, [])
        XCTAssertEqual(blank.header?.range.start.line, 3)

        let text = parse("# Heading first\n\n<properties articleId=\"x\" />\n# T")
        XCTAssertEqual(text.metadata.articleId, "x")
        let d = only(text, .headerLeadingText)
        XCTAssertEqual(d?.location, SourceLocation(line: 1, column: 1, offset: 0))
        XCTAssertEqual(text.header?.leadingText?.end.line, 1)
    }

    func testTextAfterTheClosingMarkerStartsTheBody() {
        let a = parse("<properties articleId=\"x\" />x\n")
        XCTAssertEqual(a.bodyStart, 28)
        XCTAssertEqual(a.markdown.nodes.first { if case .paragraph = $0.kind { return true } else { return false } }?.range.start,
                       SourceLocation(line: 1, column: 29, offset: 28))
    }

    func testTenThousandAttributes() {
        let attributes = (0..<10_000).map { "k\($0)=\"v\($0)\"" }.joined(separator: "\n")
        let a = parse("<properties\n\(attributes)\n/>\n# T\n")
        XCTAssertEqual(a.header?.attributes.count, 10_000)
        XCTAssertEqual(a.header?.attributes.last?.keyRange.start.line, 10_001)
        XCTAssertEqual(a.metadata.unknownFields.count, 10_000)
        XCTAssertEqual(a.title, "T")
    }
}

extension HeaderScannerTests {
    func testDuplicateKeyInALongHeader() {
        let attributes = (0..<100).map { "k\($0)=\"v\"" }.joined(separator: "\n")
        let a = ArticleParser.parse("<properties\n\(attributes)\nk5=\"again\"\nk99=\"again\"\n/>\n", path: "h.md")
        XCTAssertEqual(a.diagnostics.filter { $0.rule == .headerDuplicateKey }.map(\.location.line), [102, 103])
        XCTAssertEqual(a.metadata.unknownFields["k5"], "again")
    }
}
