import Foundation
import XCTest
@testable import SelfHelpKit

/// Every output format reports the same column: Unicode scalars, 1-based (``SourceLocation``).
final class ColumnAgreementTests: XCTestCase {
    /// Non-breaking spaces, an accented letter and an emoji before each finding.
    let article = ArticleParser.parse(Example.articleText(body: """
        # Title

        Caf\u{E9}\u{A0}\u{A0}\u{1F600} see [docs](https://aka.ms/x) now.

        1. Open the blade\u{A0}\u{A0}please
        ![](media/shot.png)

        > Quoted\u{A0}text
        >more [old](http://example.com/\u{E9})

        """), path: "kb/a.md")

    func testFindingsSitAtTheirScalarColumns() throws {
        let diagnostics = Validator().validate(article)
        func column(_ rule: String) -> (line: Int, column: Int)? {
            diagnostics.first { $0.rule.rawValue == rule }.map { ($0.location.line, $0.location.column) }
        }
        // "Café  😀 see [": the link's `[` is the 13th scalar (the 19th byte).
        XCTAssertEqual(column("link-aka-ms")?.column, 13)
        // A lazy continuation line under a list item: the image is at column 1, not shifted by `1. `.
        let image = try XCTUnwrap(diagnostics.first { $0.rule.rawValue == "image-alt-missing" })
        XCTAssertEqual(image.location.column, 1)
        XCTAssertEqual(article.source.lineText(image.location.line), "![](media/shot.png)")
        // A block-quote line without the space after `>`: `[` is the 7th scalar.
        XCTAssertEqual(column("link-insecure")?.column, 7)
    }

    func testEveryFormatReportsTheSameColumns() throws {
        let diagnostics = Validator().validate(article).filter { $0.location.line > 6 || $0.rule.rawValue.hasPrefix("link") || $0.rule.rawValue.hasPrefix("image") }
        XCTAssertGreaterThanOrEqual(diagnostics.count, 3)
        let expected = diagnostics.map { "\($0.location.line):\($0.location.column)" }

        let text = TextReporter().render(diagnostics, files: 1) { _ in self.article.source }
        let textColumns = text.split(separator: "\n").filter { $0.hasPrefix("kb/a.md:") }.map { line -> String in
            let parts = line.split(separator: ":")
            return "\(parts[1]):\(parts[2])"
        }
        XCTAssertEqual(textColumns, expected)

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(JSONReporter.render(diagnostics, files: 1).utf8)) as? [String: Any])
        let jsonColumns = try XCTUnwrap(json["diagnostics"] as? [[String: Any]]).map { "\($0["line"]!):\($0["column"]!)" }
        XCTAssertEqual(jsonColumns, expected)

        let github = GitHubReporter.render(diagnostics).split(separator: "\n").map { line -> String in
            let l = line.split(separator: ",").first { $0.hasPrefix("line=") }!.dropFirst(5)
            let c = line.split(separator: ",").first { $0.hasPrefix("col=") }!.dropFirst(4)
            return "\(l):\(c)"
        }
        XCTAssertEqual(github, expected)

        let sarif = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(SARIFReporter.render(diagnostics) { _ in self.article.source }.utf8)) as? [String: Any])
        let run = try XCTUnwrap((sarif["runs"] as? [[String: Any]])?.first)
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let sarifColumns = try XCTUnwrap(run["results"] as? [[String: Any]]).map { result -> String in
            let location = (result["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any]
            let region = location["region"] as! [String: Any]
            return "\(region["startLine"]!):\(region["startColumn"]!)"
        }
        XCTAssertEqual(sarifColumns, expected)
    }

    func testTheCaretSitsUnderTheColumnOnANonASCIILine() {
        let diagnostics = Validator().validate(article).filter { $0.rule.rawValue == "link-aka-ms" }
        let text = TextReporter().render(diagnostics, files: 1) { _ in self.article.source }
        XCTAssertTrue(text.contains("\n  " + String(repeating: " ", count: 12) + "^\n"), text)
    }
}
