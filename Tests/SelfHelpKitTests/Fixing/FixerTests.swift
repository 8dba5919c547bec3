import XCTest
@testable import SelfHelpKit

final class FixerTests: XCTestCase {
    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    func testFixesChangeOnlyTheirBytesAndKeepCRLF() {
        let original = "\u{FEFF}<properties\r\n  articleid=\"634644cb-e6f8-4125-82fd-b1eb6321eb49\"\r\n  pageTitle=\" Title&#xD;\"\r\n  selfHelpType=\"Generic\"\r\n  cloudEnvironments=\"Public, FairFax\"\r\n  ownershipId=\"Team_X\"\r\n/>\r\n# Title\r\n\r\nText.\r\n"
        let outcome = FixSession.fix(Array(original.utf8), path: "a.md")
        XCTAssertNil(outcome.refusal)
        XCTAssertEqual(text(outcome.bytes), "<properties\r\n  articleId=\"634644cb-e6f8-4125-82fd-b1eb6321eb49\"\r\n  pageTitle=\"Title\"\r\n  selfHelpType=\"generic\"\r\n  cloudEnvironments=\"public, fairfax\"\r\n  ownershipId=\"Team_X\"\r\n/>\r\n# Title\r\n\r\nText.\r\n")
        XCTAssertEqual(Set(outcome.applied.map(\.rule.rawValue)), ["encoding-bom", "header-key-case", "header-value-whitespace", "self-help-type-case", "cloud-spelling"])
        XCTAssertEqual(outcome.remaining, [])
        // Idempotent: a second run changes nothing.
        let again = FixSession.fix(outcome.bytes, path: "a.md")
        XCTAssertFalse(again.changed)
        XCTAssertEqual(again.bytes, outcome.bytes)
    }

    func testOverlappingFixesSkipTheLaterOne() {
        let bytes = Array("abcdef".utf8)
        let source = SourceText(decoding: bytes)
        func diagnostic(_ range: Range<Int>, _ replacement: String) -> Diagnostic {
            Diagnostic(rule: "x", severity: .warning, message: "m", file: "a.md", range: source.range(range),
                       fix: Fix(summary: "s", range: source.range(range), replacement: replacement))
        }
        let result = Fixer.apply([diagnostic(3..<5, "Z"), diagnostic(1..<4, "Y")], to: bytes)
        XCTAssertEqual(text(result.bytes), "aYef")
        XCTAssertEqual(result.skipped.count, 1)
    }

    /// An insertion and a removal that start at one offset both apply, the insertion first,
    /// whichever order the diagnostics come in (the fuzz target `fix` replays them); a second
    /// insertion at that offset is skipped.
    func testAnInsertionAndARemovalAtOneOffsetBothApply() {
        let original = "<properties\n  pageTitle=\"T\"\n  selfHelpType=\"generic\"\n/>\n# T\n\n### A\n   ### B\n\nMore.\n"
        let bytes = Array(original.utf8)
        let fixable = Validator(include: { $0.isFixable }).validate(ArticleParser.parse(bytes, path: "a.md")).filter { $0.fix != nil }
        XCTAssertEqual(Set(fixable.map(\.rule.rawValue)), ["heading-blank-line-after", "heading-blank-line-before", "heading-indented"])
        XCTAssertEqual(Set(fixable.map { $0.fix!.range.start.offset }).count, 1)
        let expected = "<properties\n  pageTitle=\"T\"\n  selfHelpType=\"generic\"\n/>\n# T\n\n### A\n\n### B\n\nMore.\n"
        for order in [fixable, fixable.reversed()] {
            let result = Fixer.apply(order, to: bytes)
            XCTAssertEqual(text(result.bytes), expected)
            XCTAssertEqual(result.applied.count, 2)
            XCTAssertTrue(result.applied.contains { $0.rule.rawValue == "heading-indented" })
            XCTAssertEqual(result.skipped.map { $0.fix!.range.offsets.isEmpty }, [true])
        }
    }

    func testInvalidUTF8FilesAreNotFixed() {
        let bytes: [UInt8] = Array("<properties cloudEnvironments=\"Public\" />\n# T \u{0}".utf8) + [0x92]
        let outcome = FixSession.fix(bytes, path: "a.md")
        XCTAssertFalse(outcome.changed)
        XCTAssertNotNil(outcome.refusal)
    }

    func testFixedModelEqualsOriginalModel() {
        let original = Array(Example.articleText([#"cloudEnvironments="Public, FairFax""#, #"selfHelpType="Generic""#]).utf8)
        let outcome = FixSession.fix(original, path: "a.md")
        XCTAssertTrue(outcome.changed)
        XCTAssertEqual(ModelFingerprint(ArticleParser.parse(outcome.bytes, path: "a.md")), ModelFingerprint(ArticleParser.parse(original, path: "a.md")))
    }
}
