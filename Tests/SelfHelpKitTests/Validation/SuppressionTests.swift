import XCTest
@testable import SelfHelpKit

final class SuppressionTests: XCTestCase {
    func ids(_ body: String) -> [String] {
        Validator().validate(ArticleParser.parse(Example.articleText(body: body), path: "a.md")).map { "\($0.rule)@\($0.location.line)" }
    }

    func testDisableNextLine() {
        let body = "# Title\n\n<!-- selfhelp-disable-next-line link-aka-ms -->\nSee [a](https://aka.ms/a).\nSee [b](https://aka.ms/b).\n"
        XCTAssertEqual(ids(body).filter { $0.hasPrefix("link-aka-ms") }, ["link-aka-ms@12"])
    }

    func testDisableEnableBlockWithList() {
        let body = "# Title\n\n<!-- selfhelp-disable link-aka-ms, link-insecure -->\nSee [a](http://aka.ms/a).\n<!-- selfhelp-enable link-aka-ms -->\nSee [b](http://aka.ms/b).\n"
        let found = ids(body)
        XCTAssertEqual(found.filter { $0.hasPrefix("link-aka-ms") }, ["link-aka-ms@13"])
        XCTAssertEqual(found.filter { $0.hasPrefix("link-insecure") }, [], "link-insecure stays disabled to the end")
    }

    func testEmptyListDisablesEverything() {
        let body = "# Title\n\n<!-- selfhelp-disable -->\nPlease [click here](http://aka.ms/a).\n<!-- selfhelp-enable -->\nPlease stop.\n"
        XCTAssertEqual(ids(body), ["prose-please@13"])
    }
}
