import Foundation
import XCTest

final class RenderCommandTests: CLITestCase {
    func write(_ text: String, in folder: URL, name: String = "a.md") throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    let sample = "<properties articleId=\"a\" pageTitle=\"Page\" cloudEnvironments=\"public\" />\n# Title\n\nHi <!--$who-->there<!--/$who-->. <script>alert(1)</script>\n\n- [Docs](https://a.example)\n"

    func testRenderHTMLFragmentToStandardOutput() throws {
        let file = try write(sample, in: try temporaryFolder())
        let result = try run(["render", file.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
            <h1 id="title">Title</h1>
            <p>Hi <span class="placeholder" data-placeholder="who">there</span>. </p>
            <ul>
            <li><a href="https://a.example">Docs</a></li>
            </ul>

            """)
    }

    func testStandaloneWithVariables() throws {
        let file = try write(sample, in: try temporaryFolder())
        let result = try run(["render", file.path, "--to", "html", "--standalone", "--var", "who=<you>"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(result.stdout.contains("<title>Page</title>"))
        XCTAssertTrue(result.stdout.contains(">&lt;you&gt;</span>"), result.stdout)
    }

    func testTextAndWidth() throws {
        let file = try write(sample, in: try temporaryFolder())
        let result = try run(["render", file.path, "--to", "text", "--width", "20"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "Title\n\nHi there.\n\n- Docs\n  (https://a.example)\n")
    }

    func testJSONWithChunkOptions() throws {
        let file = try write(sample, in: try temporaryFolder())
        let result = try run(["render", file.path, "--to", "json", "--chunk-size", "100", "--chunk-tokens", "40", "--chunk-overlap", "8", "--chunk-context"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(object["schemaVersion"] as? Int, 2)
        let chunking = try XCTUnwrap(object["chunking"] as? [String: Any])
        XCTAssertEqual(chunking["maxCharacters"] as? Int, 100)
        XCTAssertEqual(chunking["maxTokens"] as? Int, 40)
        XCTAssertEqual(chunking["overlapTokens"] as? Int, 8)
        XCTAssertEqual(chunking["tokenizer"] as? String, "estimate")
        XCTAssertEqual(chunking["context"] as? Bool, true)
        let first = try XCTUnwrap((object["chunks"] as? [[String: Any]])?.first)
        XCTAssertTrue((first["id"] as? String)?.hasPrefix("a#") == true)
        XCTAssertEqual((first["lines"] as? [Int])?.count, 2)
        XCTAssertNotNil(first["tokens"] as? Int)
    }

    func testBadChunkOptionsAndTokenizerFileAreErrors() throws {
        let file = try write(sample, in: try temporaryFolder())
        let overlap = try run(["render", file.path, "--to", "json", "--chunk-tokens", "100", "--chunk-overlap", "60"])
        XCTAssertEqual(overlap.status, 2)
        XCTAssertTrue(overlap.stderr.contains("--chunk-overlap"), overlap.stderr)
        let missing = try run(["render", file.path, "--to", "json", "--tokenizer", "/nonexistent.tiktoken"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("/nonexistent.tiktoken: error: cannot read the tokenizer ranks file"), missing.stderr)
    }

    func testOutputFileIsWrittenAtomicallyKeepingPermissions() throws {
        let folder = try temporaryFolder()
        let file = try write(sample, in: folder)
        let target = folder.appendingPathComponent("out.html")
        try Data("old".utf8).write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
        let result = try run(["render", file.path, "--output", target.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(try String(contentsOf: target, encoding: .utf8).hasPrefix("<h1 id=\"title\">"))
        let permissions = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        XCTAssertEqual(permissions, 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [])
    }

    func testUnreadableFileExitsTwo() throws {
        let result = try run(["render", "/nonexistent/article.md"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("/nonexistent/article.md"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testUnwritableOutputExitsTwo() throws {
        let file = try write(sample, in: try temporaryFolder())
        let result = try run(["render", file.path, "--output", "/nonexistent/folder/out.html"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("out.html"), result.stderr)
    }

    func testBadVariableIsAUsageError() throws {
        let file = try write(sample, in: try temporaryFolder())
        let result = try run(["render", file.path, "--var", "novalue"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("name=value"), result.stderr)
    }
}
