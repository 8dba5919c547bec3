import XCTest
@testable import SelfHelpKit

final class AnchorCheckTests: XCTestCase {
    /// The check runs over facts alone, without the articles.
    func testTheCheckRunsOnFactsWithoutArticles() {
        let at = SourceLocation(line: 3, column: 5, offset: 40)
        func link(_ destination: String, _ target: ArticleFacts.LinkFact.Target) -> ArticleFacts.LinkFact {
            ArticleFacts.LinkFact(destination: destination, target: target, isImage: false, location: at)
        }
        let a = ArticleFacts(path: "kb/a.md", anchors: ["steps", "title"], links: [
            link("#steps", .anchor("steps")),
            link("#causes", .anchor("causes")),
            link("b.md#limits", .relative(path: "b.md", fragment: "limits")),
            link("b.md#quota", .relative(path: "b.md", fragment: "quota")),
            link("elsewhere.md#x", .relative(path: "elsewhere.md", fragment: "x")),
            link("#$portal", .anchor("$portal")),
        ])
        let b = ArticleFacts(path: "kb/b.md", anchors: ["limits"])
        XCTAssertEqual(AnchorCheck.missing([a, b]).map(\.link.destination), ["#causes", "b.md#quota"])
    }

    func testFactsHoldRendererSlugsExplicitAnchorsAndResolvedTargets() {
        let article = ArticleParser.parse(Example.articleText(body: """
            # Title

            ## **Recommended Steps**

            <a name="limits"></a> <span id='quota'>x</span>

            See [b](../other/b.md#Some%20Part) and [here](#recommended-steps).

            """), path: "kb/docs/a.md")
        let facts = Validator().facts(of: article)
        XCTAssertTrue(Set(facts.anchors).isSuperset(of: ["title", "recommended-steps", "limits", "quota"]), "\(facts.anchors)")
        let links = AnchorCheck.fragmentLinks(of: facts)
        XCTAssertEqual(links.map(\.target), ["kb/other/b.md", nil])
        XCTAssertEqual(links.first?.fragment, "Some Part")
        XCTAssertEqual(links.first?.location.column, 5, "reported at the link's `[`")
    }
}
