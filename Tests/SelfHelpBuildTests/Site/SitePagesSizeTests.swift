@testable import SelfHelpBuild
import XCTest

/// The aggregate pages stay small for a large knowledge base: the home page lists values, never
/// articles, and listings are cut into pages.
final class SitePagesSizeTests: XCTestCase {
    /// 15,000 entries over 400 services, 12 types and 6 clouds (the public corpus at 8× has fewer services).
    private let entries: [SiteEntry] = {
        let base = SiteFixture.entry("x/base.md", title: "An article title of ordinary length about a storage problem")
        return (0..<15_000).map { i in
            var entry = base
            entry.path = "s\(i % 400)/article-\(i).md"
            entry.service = "microsoft.service\(i % 400)"
            entry.type = "type\(i % 12)"
            entry.clouds = ["public", "fairfax", "mooncake", "usnat", "ussec", "blackforest"].prefix(1 + i % 6).map { $0 }
            entry.warnings = i % 3
            return entry
        }
    }()

    func testHomePageStaysUnder500KBAt15000Articles() {
        let home = HomePage.render(entries)
        XCTAssertLessThan(home.count, 500_000)
        XCTAssertTrue(String(decoding: home, as: UTF8.self).contains(">15000</strong>articles"))
    }

    func testAServiceInEveryHeaderStillGivesASmallHomePage() {
        let many = entries.enumerated().map { i, entry -> SiteEntry in
            var entry = entry
            entry.service = "service-\(i)"
            return entry
        }
        let home = String(decoding: HomePage.render(many), as: UTF8.self)
        XCTAssertLessThan(home.utf8.count, 500_000)
        XCTAssertTrue(home.contains("all 15000 services"), "a link to every value")
        XCTAssertEqual(HomePage.allValuesPages(many).map(\.path), ["services/_all.html"])
        XCTAssertTrue(HomePage.allValuesPages(entries).isEmpty, "400 services: the home page names them all")
    }

    func testListingsArePaginated() {
        let pages = ListingPages.render(entries)
        let largest = pages.map(\.bytes.count).max() ?? 0
        XCTAssertLessThan(largest, 150_000, "no listing page is huge")
        let publicPages = pages.filter { $0.path.hasPrefix("clouds/public") }
        XCTAssertEqual(publicPages.count, (15_000 + ListingPages.pageSize - 1) / ListingPages.pageSize)
        let second = String(decoding: publicPages[1].bytes, as: UTF8.self)
        XCTAssertTrue(second.contains("<a href=\"../clouds/public.html\">1</a>") && second.contains("<span aria-current=\"page\">2</span>"), publicPages[1].path)
        XCTAssertEqual(Set(pages.map(\.path)).count, pages.count, "every page has its own path")
    }
}
