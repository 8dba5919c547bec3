import XCTest
@testable import SelfHelpKit

/// Finding of the `serializer` fuzz target (crash-ebb4308b98c5488ba6df584d67f253a76a1bd446):
/// `HeaderScanner` decoded entities character by character, so a combining mark after the `;`
/// (`&#xD;` + U+073B form one grapheme cluster with the `;`) or a prepended mark before the `&`
/// (U+0600 + `&`) hid the entity, and a value the serializer wrote read back differently.
final class HeaderEntityScalarTests: XCTestCase {
    private func value(_ raw: String) -> String? {
        ArticleParser.parse("<properties\n    pageTitle=\"\(raw)\"\n/>\n# T\n", path: "a.md").header?.attributes.first?.value
    }

    func testEntityFollowedByACombiningMarkIsDecoded() {
        XCTAssertEqual(value("Domains&#xD;\u{073B}"), "Domains\r\u{073B}")
        XCTAssertEqual(value("a&amp;\u{0301}b"), "a&\u{0301}b")
        XCTAssertEqual(value("&quot;\u{200D}"), "\"\u{200D}")
    }

    func testEntityAfterAPrependedMarkIsDecoded() {
        XCTAssertEqual(value("\u{0600}&amp;x"), "\u{0600}&x")
    }

    func testUnknownAndUnfinishedEntitiesStayAsWritten() {
        XCTAssertEqual(value("&#xD\n\r\u{073B}"), "&#xD\n\r\u{073B}")
        XCTAssertEqual(value("a &bogus; b & c &amp"), "a &bogus; b & c &amp")
    }

    /// The fuzz input, shortened: its canonical header reads back to the same value.
    func testTheFuzzInputRoundTrips() {
        let bytes: [UInt8] = Array("<properties\r\n  pagetitle=\"Configure Custom Domains&#xD\n\r".utf8) + [0xDC, 0xBB] + Array("\" description=\"x\" />\n# T\n".utf8)
        let trip = HeaderRoundTrip(bytes, path: "crash.md")
        XCTAssertEqual(trip.original.header?.attributes.first?.value.unicodeScalars.last, "\u{073B}")
        XCTAssertEqual(trip.problems, [])
        for special in ["\r\u{073B}", "&\u{0301}", "\"\u{0301}", "\u{0600}&", "\u{0600}\"", "\n\u{200D}"] {
            let text = HeaderSerializer().serialize(fields: [(HeaderKey.pageTitle, "x" + special + "y")])
            XCTAssertEqual(ArticleParser.parse(text + "\n# T\n", path: "a.md").header?.attributes.first?.value, "x" + special + "y", special.debugDescription)
        }
    }
}
