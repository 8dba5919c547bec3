import XCTest
@testable import SelfHelpKit

final class AnchorCheckTests: XCTestCase {
    /// The check runs over per-article records alone, as an engine that keeps facts would run it.
    func testTheCheckRunsOnFactsWithoutArticles() {
        let at = SourceLocation(line: 3, column: 5, offset: 40)
        let a = AnchorFacts(path: "kb/a.md", anchors: ["title", "steps"], links: [
            .init(target: nil, fragment: "steps", destination: "#steps", location: at),
            .init(target: nil, fragment: "causes", destination: "#causes", location: at),
            .init(target: "kb/b.md", fragment: "limits", destination: "b.md#limits", location: at),
            .init(target: "kb/b.md", fragment: "quota", destination: "b.md#quota", location: at),
            .init(target: "kb/elsewhere.md", fragment: "x", destination: "elsewhere.md#x", location: at),
        ])
        let b = AnchorFacts(path: "kb/b.md", anchors: ["limits"], links: [])
        XCTAssertEqual(AnchorCheck.missing([a, b]).map(\.link.destination), ["#causes", "b.md#quota"])
    }

    func testFactsHoldRendererSlugsExplicitAnchorsAndResolvedTargets() {
        let article = ArticleParser.parse(Example.articleText(body: """
            # Title

            ## **Recommended Steps**

            <a name="limits"></a> <span id='quota'>x</span>

            See [b](../other/b.md#Some%20Part) and [here](#recommended-steps).

            """), path: "kb/docs/a.md")
        let facts = AnchorFacts(article)
        XCTAssertTrue(facts.anchors.isSuperset(of: ["title", "recommended-steps", "limits", "quota"]), "\(facts.anchors)")
        XCTAssertEqual(facts.links.map(\.target), ["kb/other/b.md", nil])
        XCTAssertEqual(facts.links.first?.fragment, "Some Part")
        XCTAssertEqual(facts.links.first?.location.column, 5, "reported at the link's `[`")
    }
}
