@testable import SelfHelpBuild
import XCTest

final class SitePathsTests: XCTestCase {
    func testSlugsKeepPlainNamesAndHashWhatTheyChange() {
        XCTAssertEqual(SitePaths.slug("microsoft.storage"), "microsoft.storage")
        XCTAssertEqual(SitePaths.slug(SitePaths.none), "_none")
        let spaced = SitePaths.slug("Azure Files"), dashed = SitePaths.slug("azure-files")
        XCTAssertEqual(dashed, "azure-files")
        XCTAssertTrue(spaced.hasPrefix("azure-files-"), spaced)
        XCTAssertNotEqual(spaced, dashed, "two values never share a page")
        XCTAssertNotEqual(SitePaths.slug("a/b"), SitePaths.slug("a b"))
        XCTAssertFalse(SitePaths.slug("../../etc").contains("/"), "a slug cannot leave its folder")
        XCTAssertFalse(SitePaths.slug(".hidden").hasPrefix("."))
    }

    func testLinksAreRelativeToThePage() {
        XCTAssertEqual(SitePaths.link(from: "index.html", to: "services/x.html"), "services/x.html")
        XCTAssertEqual(SitePaths.link(from: "articles/a/b.html", to: "index.html"), "../../index.html")
        XCTAssertEqual(SitePaths.link(from: "services/x.html", to: "articles/a b#.html"), "../articles/a%20b%23.html")
        XCTAssertEqual(SitePaths.listing(.service, "x", number: 3), "services/x-3.html")
    }
}

final class SitePageLinkTests: XCTestCase {
    func testAFileNameWithHashOrQuestionMarkIsEncodedWhole() {
        let page = SitePage(fragmentAt: "services/x.html")
        XCTAssertEqual(page.link(to: "articles/s p/a b#c?.html"), "../articles/s%20p/a%20b%23c%3F.html")
    }
}
