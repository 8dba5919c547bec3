import XCTest
@testable import SelfHelpKit

/// The content property's own checks: it must find a word the HTML lost, and must not report
/// one it kept because a tag sits next to a combining mark (what the `html` fuzz target met).
final class ContentPropertyTests: XCTestCase {
    func testAWordStartingWithACombiningMarkAfterATagIsFound() {
        let text = "\u{1713}\u{FFFD}vironments and more"
        XCTAssertEqual(ContentProperty.missingWords(text: text, html: "<p>\(text)</p>"), [])
        XCTAssertEqual(ContentProperty.words("<p>\u{1713}x"), ["p", "\u{1713}x"])
    }

    func testALostWordIsReported() {
        XCTAssertEqual(ContentProperty.missingWords(text: "keep lose", html: "<p>keep</p>"), ["lose"])
        XCTAssertEqual(ContentProperty.missingWords(text: "e\u{301}te\u{301}", html: "<p>keep</p>"), ["e\u{301}te\u{301}"])
    }

    func testWordsAreLettersDigitsAndMarks() {
        XCTAssertEqual(ContentProperty.words("Caf\u{E9}, 12 steps; x2 and e\u{301}!"), ["caf\u{E9}", "steps", "x2", "and", "e\u{301}"])
    }
}
