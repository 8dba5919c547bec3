import XCTest
@testable import SelfHelpKit

/// Hostile input at the library level: any bytes give an article with diagnostics at the right
/// place, never a crash (Docs/robustness.md). The CLI side is in selfhelpTests/HostileCLITests
/// and scripts/hostile.sh.
final class HostileInputTests: XCTestCase {
    let header = #"<properties articleId="x" selfHelpType="generic" />"#

    func parse(_ bytes: [UInt8], path: String = "hostile.md") -> Article {
        ArticleParser.parse(bytes, path: path)
    }

    func testInvalidUTF8InTheHeaderIsReportedAtItsByte() {
        let bytes = Array(#"<properties pageTitle="a"#.utf8) + [0xFF, 0xFE] + Array("b\" articleId=\"x\" />\n# T\n".utf8)
        let a = parse(bytes)
        let invalid = a.diagnostics.filter { $0.rule == .encodingInvalidUTF8 }
        XCTAssertEqual(invalid.count, 1)
        XCTAssertEqual(invalid.first?.range.start, SourceLocation(line: 1, column: 25, offset: 24))
        XCTAssertEqual(a.header?.attribute(.init(raw: "pageTitle"))?.value, "a\u{FFFD}\u{FFFD}b", "one U+FFFD a bad byte")
        XCTAssertEqual(a.header?.attributes.count, 2)
        XCTAssertEqual(a.title, "T")
    }

    func testInvalidUTF8InTheBodyIsReportedOncePerLine() {
        let bytes = Array("\(header)\n\n# T\n\nok ".utf8) + [0xC3, 0x28, 0xA0, 0xA1] + Array("\nline \u{FFFD}\n".utf8) + [0xED, 0xA0, 0x80]
        let a = parse(bytes)
        let invalid = a.diagnostics.filter { $0.rule == .encodingInvalidUTF8 }
        XCTAssertEqual(invalid.map(\.range.start.line), [5, 7])
        XCTAssertEqual(invalid.first?.range.start.column, 4)
        XCTAssertEqual(a.source.invalidUTF8Offsets.count, 3, "one U+FFFD for C3, one for A0 A1, one for the surrogate ED A0 80")
    }

    func testNULBytesMakeTheFileNotTextWithOneFinding() {
        let bytes = Array(#"<properties pageTitle="a"#.utf8) + [0] + Array("b\" articleId=\"x\" />\n# T\0itle\n\n".utf8) + [0, 0, 0] + Array("\ntext\n".utf8)
        let a = parse(bytes)
        XCTAssertNil(a.header)
        XCTAssertEqual(a.diagnostics.map(\.rule), [.encodingNotText])
        XCTAssertEqual(Validator().validate(a).map(\.rule), [.encodingNotText], "no other rule runs on a file that is not text")
    }

    func testNULBytesAfterTheFirst8KBStillGiveAModel() {
        let bytes = Array("\(header)\n# T\n\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 9_000) + [0] + Array("\ntext\n".utf8)
        let a = parse(bytes)
        XCTAssertEqual(a.title, "T")
        XCTAssertFalse(a.diagnostics.contains { $0.rule == .encodingNotText })
    }

    func testAPNGNamedMdGivesOneFinding() {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        var seed: UInt32 = 7
        for _ in 0..<250_000 { seed = seed &* 1_103_515_245 &+ 12_345; bytes.append(UInt8(truncatingIfNeeded: seed >> 16)) }
        let found = Validator().validate(parse(bytes))
        XCTAssertEqual(found.map(\.rule), [.encodingNotText])
        XCTAssertEqual(found.first?.severity, .error)
    }

    func testInvalidUTF8IsCappedAtTenLinesAndASummary() {
        let lines = (1...40).map { _ in Array("text ".utf8) + [0x92] + Array("s\n".utf8) }.joined()
        let found = Validator().validate(parse(Array("\(header)\n# T\n\n".utf8) + Array(lines))).filter { $0.rule == .encodingInvalidUTF8 }
        XCTAssertEqual(found.count, 11)
        XCTAssertEqual(found.first?.message, "invalid UTF-8: byte 0x92 (`’`, U+2019 in Windows-1252), shown as U+FFFD; save the file as UTF-8")
        XCTAssertTrue(found.last?.message.hasPrefix("invalid UTF-8 on 30 more lines (30 invalid sequences)") ?? false, found.last?.message ?? "")
    }

    func testOneMegabyteSingleLine() {
        let line = String(repeating: "word ", count: 200_000) + "[end](https://example.com/)"
        let a = parse(Array("\(header)\n# T\n\(line)\n".utf8))
        XCTAssertEqual(a.source.lineCount, 3)
        XCTAssertEqual(a.links.count, 1)
        XCTAssertEqual(a.links.first?.range.start, SourceLocation(line: 3, column: 1_000_001, offset: header.utf8.count + 5 + 1_000_000))
    }

    func testUnterminatedHeaderAtEndOfFile() {
        let a = parse(Array("\n<properties articleId=\"x\"\n   selfHelpType=\"generic\"".utf8))
        XCTAssertEqual(a.header?.isTerminated, false)
        XCTAssertEqual(a.header?.attributes.count, 2)
        XCTAssertEqual(a.bodyStart, a.source.bytes.count)
        let unterminated = a.diagnostics.filter { $0.rule == .headerUnterminated }
        XCTAssertEqual(unterminated.map(\.range.start), [SourceLocation(line: 2, column: 1, offset: 1)])
    }

    func testUnclosedQuoteAtEndOfFile() {
        let a = parse(Array("<properties articleId=\"x\" pageTitle=\"never closed".utf8))
        XCTAssertEqual(a.header?.attributes.last?.value, "never closed")
        XCTAssertEqual(Set(a.diagnostics.map(\.rule)), [.headerSyntax, .headerUnterminated])
        XCTAssertTrue(a.diagnostics.allSatisfy { $0.range.start.line == 1 })
    }

    func testTenThousandAttributes() {
        let attributes = (0..<10_000).map { "  key\($0)=\"value \($0)\"" }.joined(separator: "\n")
        let a = parse(Array("<properties\n\(attributes)\n/>\n# T\n".utf8))
        XCTAssertEqual(a.header?.attributes.count, 10_000)
        XCTAssertEqual(a.header?.attributes.last?.keyRange.start, a.source.location(line: 10_001, byteColumn: 3))
        XCTAssertEqual(a.header?.attributes.last?.value, "value 9999")
        XCTAssertEqual(a.title, "T")
        XCTAssertTrue(a.diagnostics.isEmpty, "\(a.diagnostics.prefix(3))")
    }

    func testTenThousandDuplicateKeysAreEachReported() {
        let a = parse(Array(("<properties " + String(repeating: "k=\"v\" ", count: 10_000) + "/>").utf8))
        XCTAssertEqual(a.diagnostics.filter { $0.rule == .headerDuplicateKey }.count, 9_999)
    }

    func testHundredThousandNestedBlockquotes() {
        let a = parse(Array("\(header)\n\(String(repeating: ">", count: 100_000)) deep\n".utf8))
        XCTAssertEqual(a.markdown.nodes.filter { $0.kind == .blockQuote }.count, 100_000)
        XCTAssertEqual(a.markdown.nodes.last?.range.start.line, 2)
        XCTAssertEqual(a.markdown.plainText(of: 0), "deep")
    }

    func testHundredThousandNestedListItems() {
        let a = parse(Array("\(header)\n\(String(repeating: "- ", count: 100_000))deep\n".utf8))
        XCTAssertEqual(a.markdown.nodes.filter { $0.kind == .item }.count, 100_000)
        XCTAssertEqual(a.markdown.nodes.map(\.depth).max(), 200_002) // list + item per level, then paragraph, text
        XCTAssertEqual(a.markdown.plainText(of: 0), "deep")
    }

    func testNoHeaderAndNoBytes() {
        for bytes in [[], [0xEF, 0xBB, 0xBF], [0xFF], Array("\r\r\r".utf8)] as [[UInt8]] {
            let a = parse(bytes)
            XCTAssertNil(a.header)
            XCTAssertEqual(a.diagnostics.filter { $0.rule == .headerMissing }.count, 1, "\(bytes)")
            XCTAssertTrue(a.diagnostics.allSatisfy { $0.range.start.line <= a.source.lineCount + 1 })
        }
    }
}
