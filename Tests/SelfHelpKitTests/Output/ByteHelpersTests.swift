import XCTest
@testable import SelfHelpKit

/// The byte-level helpers that replaced `String`/`Character` work on hot paths.
final class ByteHelpersTests: XCTestCase {
    func testJSONIntegersAreWrittenAsDecimalDigits() {
        for n in [0, 7, -7, 10, 1_234_567_890, Int.max, Int.min, -100] {
            var out: [UInt8] = []
            JSONOutput.writeInt(n, into: &out)
            XCTAssertEqual(String(decoding: out, as: UTF8.self), String(n))
        }
        XCTAssertEqual(JSONOutput.object([("a", .int(-12)), ("b", .null), ("c", .bool(false)), ("d", .number("1e3"))]).serialized(),
                       #"{"a":-12,"b":null,"c":false,"d":1e3}"#)
    }

    func testSARIFPathsArePercentEncodedOutsideTheAllowedSet() {
        XCTAssertEqual(SARIFReporter.percentEncoded("dir/a-b_c.~md"), "dir/a-b_c.~md")
        XCTAssertEqual(SARIFReporter.percentEncoded("my notes/x#1?.md"), "my%20notes/x%231%3F.md")
        XCTAssertEqual(SARIFReporter.percentEncoded("é.md"), "%C3%A9.md")
        XCTAssertEqual(SARIFReporter.percentEncoded("a(b)+c=d;e:f@g!h$i&j'k*l,m"), "a(b)+c=d;e:f@g!h$i&j'k*l,m")
    }

    func testMarkdownExtensionIsMatchedInAnyCaseAndOnlyAtTheEnd() {
        XCTAssertTrue(ArticleLoader.hasMarkdownExtension("a.md"))
        XCTAssertTrue(ArticleLoader.hasMarkdownExtension("A.MD"))
        XCTAssertTrue(ArticleLoader.hasMarkdownExtension("é.Md"))
        XCTAssertTrue(ArticleLoader.hasMarkdownExtension(".md"))
        XCTAssertFalse(ArticleLoader.hasMarkdownExtension("md"))
        XCTAssertFalse(ArticleLoader.hasMarkdownExtension("a.mdx"))
        XCTAssertFalse(ArticleLoader.hasMarkdownExtension("a.txt"))
        XCTAssertFalse(ArticleLoader.hasMarkdownExtension("aémd"))
    }

    func testWWWPrefixIsCaseInsensitiveAndNeedsTheDot() {
        XCTAssertTrue(LinkKind.hasWWWPrefix("www.example.com"))
        XCTAssertTrue(LinkKind.hasWWWPrefix("WwW.example.com"))
        XCTAssertFalse(LinkKind.hasWWWPrefix("www"))
        XCTAssertFalse(LinkKind.hasWWWPrefix("wwwx.example.com"))
        XCTAssertFalse(LinkKind.hasWWWPrefix("ééé.example.com"))
        XCTAssertEqual(LinkKind("WWW.example.com"), .other(scheme: nil))
    }

    func testASCIILowercasingLeavesOtherBytesAlone() {
        XCTAssertEqual(UTF8Text.asciiLowercased("HTTPS"), "https")
        XCTAssertEqual(UTF8Text.asciiLowercased("ÉcoLE"), "École")
        XCTAssertEqual(UTF8Text.asciiLettersLowercased("Recommended-Steps 2 É"), "recommendedsteps")
        XCTAssertEqual(UTF8Text.asciiLettersLowercased(""), "")
    }

    func testTemplateMarkerPreCheckAgreesWithTheFullReading() {
        let comments = ["$name", " /$name ", "region", "/region", "issue-description", "two words", "TODO: fix", "1abc", "", " ", "\u{00A0}name\u{00A0}",
                        "émoji", "selfhelp-x", "a_b-c9", "-x", "$"]
        for inner in comments {
            let bytes = Array(inner.utf8)
            let full = TemplateCommentScanner.marker(inner, range: 0..<bytes.count) != nil
            if full { XCTAssertTrue(TemplateCommentScanner.mayBeMarker(bytes, 0..<bytes.count), "pre-check turned down `\(inner)`") }
        }
        XCTAssertFalse(TemplateCommentScanner.mayBeMarker(Array("two words".utf8), 0..<9))
        for inner in comments + ["/ $ spaced ", "$", "/", "SelfHelp-x", "a\tb", "Region_1"] {
            let bytes = Array(inner.utf8)
            let viaString = TemplateCommentScanner.marker(inner, range: 0..<bytes.count)
            let viaBytes = TemplateCommentScanner.marker(bytes, 0..<bytes.count, range: 0..<bytes.count)
            XCTAssertEqual(viaBytes?.name, viaString?.name, inner)
            XCTAssertEqual(viaBytes?.isClose, viaString?.isClose, inner)
            XCTAssertEqual(viaBytes?.isPlaceholder, viaString?.isPlaceholder, inner)
        }
    }

    func testPlainTextLinesMatchTheCharacterSplit() {
        let renderer = PlainTextRenderer()
        let samples = ["", "a", "a\nb", "  a  \n\t b\t\n", "x\r\ny", "x\r\n", "x\r", "\n\n", " \u{301}a \nb", "é \n ü"]
        for text in samples {
            for dropping in [true, false] {
                let expected = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                    renderer.trimTrailing(String(dropping ? $0.drop { $0 == " " } : $0))
                }
                XCTAssertEqual(renderer.splitLines(text, droppingLeadingSpaces: dropping), expected, "\(text.debugDescription) dropping: \(dropping)")
            }
        }
    }

    func testWebHostIsReadByBytes() {
        XCTAssertEqual(LinkKind.host(of: "https://Docs.Example.COM/path?q#f"), "docs.example.com")
        XCTAssertEqual(LinkKind.host(of: "http:\\\\Host:8080/x"), "host")
        XCTAssertEqual(LinkKind.host(of: "https://例え.jp/x"), "例え.jp")
        XCTAssertEqual(LinkKind.host(of: "no colon"), "")
        XCTAssertEqual(LinkKind.host(of: ""), "")
        XCTAssertEqual(LinkKind.host(of: "https:"), "")
    }
}
