import XCTest
import SelfHelpKit

/// Runs the Swift example of Docs/rendering.md (the same statements, from the package folder) and
/// checks that the doc still contains them.
final class RenderingExampleTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func testRenderingExampleRunsAndIsInTheDoc() throws {
        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(Self.root.path)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }

        let path = "Articles/compute/vm-boot-failure-tsg.md"
        let bytes = try ArticleLoader.readBytes(path)
        let article = ArticleParser.parse(bytes, path: path)
        let options = RenderOptions(variables: ["vmName": "vm-01"], rewriteArticleLinks: true, idPrefix: "kb-")
        let html = HTMLRenderer(options: options, standalone: false).render(article)
        let text = PlainTextRenderer(options: options, width: 80).render(article)
        let chunking = ChunkingOptions(maximumTokens: 512, overlapTokens: 64, counter: TokenEstimator())
        let json = JSONRenderer(options: options, chunking: chunking).render(article, fileBytes: bytes)

        XCTAssertTrue(html.contains(" id=\"kb-"), html)
        XCTAssertFalse(text.isEmpty)
        XCTAssertTrue(json.contains("\"tokenizer\": \"estimate\""), json)

        let markdown = try String(contentsOf: Self.root.appendingPathComponent("Docs/rendering.md"), encoding: .utf8)
        for line in ["let bytes = try ArticleLoader.readBytes(path)",
                     "let options = RenderOptions(variables: [\"vmName\": \"vm-01\"], rewriteArticleLinks: true, idPrefix: \"kb-\")",
                     "let chunking = ChunkingOptions(maximumTokens: 512, overlapTokens: 64, counter: TokenEstimator())",
                     "let json = JSONRenderer(options: options, chunking: chunking).render(article, fileBytes: bytes)"] {
            XCTAssertTrue(markdown.contains(line), "Docs/rendering.md no longer holds: \(line)")
        }
    }
}
