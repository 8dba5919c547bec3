import Foundation
import XCTest

final class ParseCommandTests: CLITestCase {
    func testParsePrintsOneJSONObjectPerArticle() throws {
        let folder = try temporaryFolder()
        try Data("<properties articleId=\"a\" cloudEnvironments=\"Public, FairFax\" supportTopicIds=\"1,2\" />\n# A\n".utf8)
            .write(to: folder.appendingPathComponent("a.md"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("no header at all\n".utf8).write(to: folder.appendingPathComponent("sub/b.md"))
        try Data("ignored".utf8).write(to: folder.appendingPathComponent("notes.txt"))

        let result = try run(["parse", folder.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        let first = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(first["path"] as? String, folder.appendingPathComponent("a.md").path)
        XCTAssertEqual(first["title"] as? String, "A")
        let metadata = try XCTUnwrap(first["metadata"] as? [String: Any])
        XCTAssertEqual(metadata["cloudEnvironments"] as? [String], ["public", "fairfax"])
        XCTAssertEqual(metadata["supportTopicIds"] as? [String], ["1", "2"])
        for key in ["sections", "links", "payload", "diagnostics"] { XCTAssertTrue(first.keys.contains(key), key) }
        let second = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        let diagnostics = try XCTUnwrap(second["diagnostics"] as? [[String: Any]])
        XCTAssertEqual(diagnostics.first?["rule"] as? String, "header-missing")
        XCTAssertEqual(diagnostics.first?["line"] as? Int, 1)
    }

    func testExplicitFileWithAnyExtensionIsRead() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("form.txt")
        try Data("<properties articleId=\"t\" />\n# T\n".utf8).write(to: file)
        let result = try run(["parse", file.path])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("\"articleId\":\"t\""))
    }

    func testMissingPathExitsTwoAndStillPrintsTheRest() throws {
        let folder = try temporaryFolder()
        try Data("<properties articleId=\"a\" />\n".utf8).write(to: folder.appendingPathComponent("a.md"))
        let result = try run(["parse", folder.appendingPathComponent("missing.md").path, folder.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("missing.md: error: no such file"), result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 1)
    }

    func testUnreadableFileAndFolderNamedLikeAnArticle() throws {
        guard getuid() != 0 else { throw XCTSkip("root reads every file") }
        let folder = try temporaryFolder()
        let locked = folder.appendingPathComponent("locked.md")
        try Data("<properties />".utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        let result = try run(["parse", locked.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("locked.md"))
    }

    func testFolderNamedLikeAnArticleIsWalkedNotRead() throws {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("x.md"), withIntermediateDirectories: true)
        try Data("<properties articleId=\"in\" />".utf8).write(to: folder.appendingPathComponent("x.md/inner.md"))
        let result = try run(["parse", folder.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 1)
        XCTAssertTrue(result.stdout.contains("inner.md"))
    }
}
