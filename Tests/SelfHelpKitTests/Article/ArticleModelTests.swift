import XCTest
@testable import SelfHelpKit

final class ArticleModelTests: XCTestCase {
    func testRecommendedSectionsInCorpusSpellings() {
        for heading in ["## **Recommended Steps**", "## **Recommended steps:**", "### Recommended Step", "# Recommended Documents<br>", "## **Recommended Documenst**"] {
            let a = article(body: "# T\n\n\(heading)\n")
            XCTAssertNotEqual(a.sections.last?.kind, .other, heading)
        }
        XCTAssertEqual(article(body: "## **Recommended Steps**\n").sections.first?.isBold, true)
        XCTAssertEqual(article(body: "## Recommended Steps\n").sections.first?.isBold, false)
    }

    func testLinksAreClassified() {
        let body = """
        # T
        [a](https://docs.example.com/x) [b](http://insecure.example.com) [c](data-blade:Microsoft_Azure_Compute.VmBlade.id.$resourceId)
        [d](mailTo:someone@example.com) [e](#anchor) [f](../other/article.md#part) [g]() [h](ttps://typo.example.com) [i](www.example.com)
        <a href="https://html.example.com" target="_blank">html link</a>
        ![diagram](media/x.png)
        """
        let links = article(body: body).links
        XCTAssertEqual(links.map { ArticleJSON.kindName($0.kind) },
                       ["web", "web", "portal", "mailto", "anchor", "relative", "empty", "other", "other", "web", "relative"])
        XCTAssertEqual(links[1].kind, .web(host: "insecure.example.com", isSecure: false))
        guard case .portal(let portal) = links[2].kind else { return XCTFail() }
        XCTAssertEqual(portal.extensionName, "Microsoft_Azure_Compute")
        XCTAssertEqual(portal.bladeName, "VmBlade")
        XCTAssertEqual(portal.parameters.first?.name, "id")
        XCTAssertEqual(portal.parameters.first?.value, "$resourceId")
        XCTAssertTrue(portal.isWellFormed)
        XCTAssertEqual(links[5].kind, .relative(path: "../other/article.md", fragment: "part"))
        XCTAssertEqual(links[9].origin, .html)
        XCTAssertEqual(links[9].text, "html link")
        XCTAssertTrue(links[10].isImage)
        XCTAssertEqual(links[10].text, "diagram")
    }

    func testPortalLinkWithURITemplate() {
        let link = PortalLink("data-blade:Ext.Blade.id.$resourceId;data-blade-uri:{$domain}/#@x/resource/{$resourceId}")
        XCTAssertEqual(link.uriTemplate, "{$domain}/#@x/resource/{$resourceId}")
        XCTAssertEqual(link.parameters.count, 1)
        XCTAssertFalse(PortalLink("data-blade:Ext.Blade.id").isWellFormed)
    }

    func testPlaceholdersAndRegionsFromSourceText() {
        let body = """
        # T
        <!--issueDescription-->
        <!--$vmName-->myVM<!--/$vmName--> restarted at <!--$StartTime--> 10:00 <!--/$starttime-->.
        <!--/issueDescription-->
        <!--rcaDescription--><!--resolutionDetails-->x<!--/resolutionDetails-->
        <!--$open-->never closed
        """
        let a = article(body: body)
        XCTAssertEqual(a.placeholders.map(\.name), ["vmName", "StartTime", "open"])
        XCTAssertEqual(a.placeholders.map(\.defaultValue), ["myVM", " 10:00 ", ""])
        XCTAssertEqual(a.placeholders.map(\.isClosed), [true, true, false])
        XCTAssertEqual(a.placeholders[0].range.start.line, 5)
        XCTAssertEqual(a.regions.map(\.name), ["issueDescription", "rcaDescription", "resolutionDetails"])
        XCTAssertEqual(a.regions.map { $0.closeRange != nil }, [true, false, true])
    }

    func testHeadingWithoutSpaceIsNoTitle() {
        let a = article(body: "#Title\n\nText\n")
        XCTAssertNil(a.title)
        XCTAssertEqual(a.sections.count, 0)
    }
}
