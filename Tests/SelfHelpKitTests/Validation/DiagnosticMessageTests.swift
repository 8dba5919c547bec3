import XCTest
@testable import SelfHelpKit

/// The wording of messages that used to mislead (issue 15, point 8).
final class DiagnosticMessageTests: XCTestCase {
    func messages(_ rule: String, _ text: String) -> [String] {
        Validator().validate(ArticleParser.parse(text, path: "a.md")).filter { $0.rule.rawValue == rule }.map(\.message)
    }

    func testRequiredFieldSaysEmptyWhenTheKeyIsThere() {
        XCTAssertEqual(messages("required-field", Example.articleText([#"selfHelpType="diagnostics""#, #"infoBubbleText="""#])),
                       ["the header's `infoBubbleText` is empty, which a `diagnostics` article needs"])
        XCTAssertEqual(messages("required-field", Example.articleText([#"selfHelpType="resource""#, #"service="""#])),
                       ["the header lacks `resource`, and `service` is empty, which a `resource` article needs"])
    }

    func testLinkInsecureNamesTheLinkWhenThereIsNoHost() {
        XCTAssertEqual(messages("link-insecure", Example.articleText(body: "# T\n\n[a](http:///x) [b](http://example.com/)\n")),
                       ["the link `http:///x` uses http and names no host; write the full https URL", "the link to `example.com` uses http; use https"])
    }

    func testTitleMultipleNeverPrintsEmptyBackticks() {
        let found = messages("title-multiple", Example.articleText(body: "# T\n\n#\n\n# ![](x.png)\n"))
        XCTAssertEqual(found.count, 2)
        XCTAssertFalse(found.contains { $0.contains("``") }, "\(found)")
    }

    func testYouTubePlaylistAdviceOffersThePlaylist() {
        XCTAssertEqual(messages("link-youtube-ampersand", Example.articleText(body: "# T\n\n[v](https://www.youtube.com/watch?v=abc&list=PL1)\n")),
                       ["the YouTube link has `&` parameters; link the video alone as `https://www.youtube.com/watch?v=abc`, or the playlist as `https://www.youtube.com/playlist?list=PL1`"])
    }

    func testAMistypedRegionOpenerIsOneFindingWithAHint() {
        let found = messages("region-unbalanced", Example.articleText(body: "# T\n\n<!--/issueDescription-->\nText.\n<!--/issueDescription-->\n"))
        XCTAssertEqual(found, [RegionUnbalancedRule.mistypedOpener("issueDescription")])
        XCTAssertTrue(found[0].contains("write this first one as the opener `<!--issueDescription-->`"))
    }

    func testInvalidUTF8NamesTheByteAndItsWindows1252Character() {
        XCTAssertEqual(Windows1252.describe(0x92), "byte 0x92 (`’`, U+2019 in Windows-1252)")
        XCTAssertEqual(Windows1252.describe(0xA0), "byte 0xA0 (a no-break space, U+00A0 in Windows-1252)")
        XCTAssertEqual(Windows1252.describe(0x81), "byte 0x81")
    }
}
