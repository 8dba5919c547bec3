import SelfHelpKit
@testable import SelfHelpBuild
import XCTest

final class ArticlePageTests: XCTestCase {
    private func finding(_ message: String) -> Diagnostic {
        Diagnostic(rule: RuleID("link-broken"), severity: .warning, message: message, file: "a.md",
                   range: SourceRange(start: SourceLocation(line: 7, column: 1, offset: 0), end: SourceLocation(line: 7, column: 2, offset: 1)))
    }

    func testPageHasBreadcrumbMetadataFindingsAndRelated() {
        let entry = SiteFixture.entry("storage/a.md", title: "Title A", topics: "123")
        let other = SiteFixture.entry("storage/b.md", title: "Title <B>")
        let page = String(decoding: ArticlePage.render(entry, findings: [finding("the image `x.png` does not exist")], related: [other],
                                                       body: Array("<h1>Body</h1>".utf8)), as: UTF8.self)
        XCTAssertTrue(page.contains("<a href=\"../../index.html\">Home</a> › <a href=\"../../services/microsoft.storage.html\">microsoft.storage</a> › <a href=\"../../types/generic.html\">generic</a>"), page)
        XCTAssertTrue(page.contains("<dt>Support topic ids</dt><dd>123</dd>"))
        XCTAssertTrue(page.contains("<dt>Source</dt><dd><code>storage/a.md</code>"))
        XCTAssertTrue(page.contains("line 7<br>the image <code>x.png</code> does not exist"), "backticks become code")
        XCTAssertTrue(page.contains("Docs/rules.md#link-broken\">link-broken</a>"))
        XCTAssertTrue(page.contains("<a href=\"../../articles/storage/b.html\">Title &lt;B&gt;</a>"), "related titles are escaped: \(page)")
        XCTAssertTrue(page.contains("script-src") == false, "an article page runs no script")
    }

    func testSpliceKeepsTheBodyAndReplacesTheRest() throws {
        let entry = SiteFixture.entry("a.md", title: "Old")
        let page = ArticlePage.render(entry, findings: [], related: [], body: Array("<p>kept body</p>".utf8))
        var renamed = entry
        renamed.title = "New"
        let chrome = ArticlePage.chrome(renamed, findings: [finding("m")], related: [])
        let spliced = try XCTUnwrap(ArticlePage.splice(page, top: chrome.top, bottom: chrome.bottom))
        XCTAssertEqual(spliced, ArticlePage.render(renamed, findings: [finding("m")], related: [], body: Array("<p>kept body</p>".utf8)))
        XCTAssertNil(ArticlePage.splice(Array("<html>no markers</html>".utf8), top: chrome.top, bottom: chrome.bottom))
    }

    func testUnpairedBacktickStaysText() {
        var page = SitePage(path: "x.html", title: "t")
        let start = page.bytes.count
        ArticleFindings.message("a `b` c `d", into: &page)
        XCTAssertEqual(String(decoding: page.bytes[start...], as: UTF8.self), "a <code>b</code> c `d")
    }

    func testRelatedPrefersTheSameTopicThenTheService() {
        let entries = [SiteFixture.entry("s/a.md", topics: "1"), SiteFixture.entry("s/b.md"), SiteFixture.entry("s/c.md", topics: "1"),
                       SiteFixture.entry("t/d.md", service: "other", topics: "1"), SiteFixture.entry("t/e.md", service: "other")]
        let related = RelatedArticles(entries).related(to: 0, in: entries)
        XCTAssertEqual(Array(related.prefix(2)).sorted(), [2, 3], "the articles sharing topic 1 first")
        XCTAssertEqual(related.last, 1, "then the same service")
        XCTAssertFalse(related.contains(0))
        XCTAssertFalse(related.contains(4), "another service without a shared topic is not related")
    }
}
