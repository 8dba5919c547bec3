import XCTest
@testable import SelfHelpKit

/// The fixes of this release's rules, through `FixSession` (re-parsed and compared).
final class TextFixTests: XCTestCase {
    func fixed(_ text: String) -> (text: String, rules: Set<String>, refusal: String?) {
        let outcome = FixSession.fix(Array(text.utf8), path: "a.md")
        return (String(decoding: outcome.bytes, as: UTF8.self), Set(outcome.applied.map(\.rule.rawValue)), outcome.refusal)
    }

    func testInvisibleCharactersBecomeSpacesOrGoAndCodeIsKept() {
        let body = "# Title\n\nOpen ports 3389 and\u{202F}20000,\u{00A0} then\u{200B}retry `a\u{00A0}b`.\n"
        let result = fixed(Example.articleText(body: body))
        XCTAssertNil(result.refusal)
        XCTAssertTrue(result.text.hasSuffix("# Title\n\nOpen ports 3389 and 20000, thenretry `a\u{00A0}b`.\n"), result.text)
        XCTAssertEqual(result.rules, ["text-invisible-character"])
    }

    func testProductNamesIndentedHeadingsAndEmptyListEntriesAreFixed() {
        let text = Example.articleText([#"supportTopicIds="32600901,,32600903,""#],
                                       body: "  # Title\n\nExport it from Mongo DB with Powershell.\n")
        let result = fixed(text)
        XCTAssertNil(result.refusal)
        XCTAssertTrue(result.text.contains(#"supportTopicIds="32600901,32600903""#), result.text)
        XCTAssertTrue(result.text.hasSuffix("# Title\n\nExport it from MongoDB with PowerShell.\n"), result.text)
        XCTAssertEqual(result.rules, ["id-list-empty-entry", "heading-indented", "product-name"])
        XCTAssertFalse(FixSession.fix(Array(result.text.utf8), path: "a.md").changed, "a second run changes nothing")
    }

    func testAConfiguredTermThatChangesLettersIsReportedNotFixed() {
        var configuration = Configuration()
        configuration.productNames = ["Contoso Base": "Fabrikam Base"]
        let text = Example.articleText(body: "# Title\n\nOpen Contoso Base.\n")
        let found = Validator(configuration: configuration).validate(ArticleParser.parse(text, path: "a.md")).filter { $0.rule == "product-name" }
        XCTAssertEqual(found.map(\.message), ["write \"Fabrikam Base\", not \"Contoso Base\""])
        let outcome = FixSession.fix(Array(text.utf8), path: "a.md", configuration: configuration)
        XCTAssertFalse(outcome.changed)
        XCTAssertNotNil(outcome.refusal)
    }
}
