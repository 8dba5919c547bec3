import XCTest
import SelfHelpKit

/// Runs the example of Docs/library.md (the same code, with its printed values asserted) and
/// checks that the doc still contains it.
final class LibraryExampleTests: XCTestCase {
    func testLibraryExampleRunsAndIsInTheDoc() throws {
        let text = """
        <properties
            pageTitle="Blob uploads fail"
            articleId="3f0c2d8e-4b1a-4c53-9d3e-5a1e2b7c9d10"
            selfHelpType="Generic"
            supportTopicIds="32600001, 32600002"
            cloudEnvironments="public, FairFax"
        />
        # Blob uploads fail

        ## **Recommended Steps**
        1. Check the [storage firewall](https://learn.microsoft.com/azure/storage/common/storage-network-security).
        """

        let article = ArticleParser.parse(text, path: "storage/blob-uploads.md")
        XCTAssertEqual(article.metadata.articleId, "3f0c2d8e-4b1a-4c53-9d3e-5a1e2b7c9d10")
        XCTAssertTrue(article.metadata.selfHelpType == .generic)
        XCTAssertEqual(article.metadata.cloudEnvironments.map(\.name), ["public", "fairfax"])
        XCTAssertEqual(article.title, "Blob uploads fail")
        XCTAssertEqual(article.sections.filter { $0.kind == .recommendedSteps }.map(\.headingRange.start.line), [10])
        XCTAssertEqual(article.links.map(\.range.start.description), ["11:14"])
        XCTAssertEqual(article.diagnostics, [])

        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Docs/library.md")
        let markdown = try String(contentsOf: doc, encoding: .utf8)
        for line in ["let article = ArticleParser.parse(text, path: \"storage/blob-uploads.md\")", "    selfHelpType=\"Generic\"",
                     "1. Check the [storage firewall](https://learn.microsoft.com/azure/storage/common/storage-network-security)."] {
            XCTAssertTrue(markdown.contains(line), "Docs/library.md no longer holds: \(line)")
        }
    }
}
