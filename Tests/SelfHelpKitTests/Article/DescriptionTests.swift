import XCTest
import SelfHelpKit

/// Models print as short summaries, not as struct dumps.
final class DescriptionTests: XCTestCase {
    func testArticleDiagnosticAndKnowledgeBasePrintReadably() {
        let article = ArticleParser.parse("<properties articleId=\"a\" selfHelpType=\"generic\" />\n\n# Title\n", path: "x/a.md")
        XCTAssertEqual(String(describing: article), "Article(x/a.md: \"Title\", 0 diagnostics)")
        let broken = ArticleParser.parse("# No header\n", path: "b.md")
        let diagnostic = broken.diagnostics[0]
        XCTAssertEqual(String(describing: diagnostic),
                       "b.md:\(diagnostic.location.line):\(diagnostic.location.column): \(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.rule.rawValue)]")
        XCTAssertTrue(String(describing: broken).hasPrefix("Article(b.md"), String(describing: broken))
        let kb = KnowledgeBase(articles: [article, broken], root: "kb", errors: [ToolError(.unreadable, path: "kb/c.md", message: "x")])
        XCTAssertEqual(String(describing: kb), "KnowledgeBase(2 articles under kb, 1 unreadable file)")
        XCTAssertEqual(String(describing: ReportSummary(broken.diagnostics, files: 1)), ReportSummary(broken.diagnostics, files: 1).line)
    }
}
