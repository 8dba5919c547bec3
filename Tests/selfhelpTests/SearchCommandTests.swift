import Foundation
import XCTest

final class SearchCommandTests: CLITestCase {
    func testIndexThenSearchPrintsRankedJSON() throws {
        let folder = try temporaryFolder()
        let index = folder.appendingPathComponent("kb.sqlite").path
        let indexed = try run(["index", "Articles", "--out", index])
        XCTAssertEqual(indexed.status, 0, indexed.stderr)
        XCTAssertTrue(indexed.stderr.contains("indexed"), indexed.stderr)

        let result = try run(["search", "password synchronization", "--index", index, "--format", "json", "--limit", "3"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["query"] as? String, "password synchronization")
        let results = try XCTUnwrap(json["results"] as? [[String: Any]])
        XCTAssertFalse(results.isEmpty)
        XCTAssertLessThanOrEqual(results.count, 3)
        XCTAssertEqual(results.first?["path"] as? String, "identity/password-sync-not-working.md")
        XCTAssertEqual(results.first?["rank"] as? Int, 1)
        XCTAssertEqual(results.first?["articleId"] as? String, "44280517-472c-422a-bef7-2e62b8492db1")
        for key in ["title", "selfHelpType", "service", "titleMatch", "score", "snippet"] {
            XCTAssertNotNil(results.first?[key], key)
        }
    }

    func testTextOutputAndFilters() throws {
        let folder = try temporaryFolder()
        let index = folder.appendingPathComponent("kb.sqlite").path
        XCTAssertEqual(try run(["index", "Articles", "--out", index, "--quiet"]).status, 0)
        let text = try run(["search", "access denied", "--index", index, "--service", "Microsoft.KeyVault", "--cloud", "public", "--type", "resource"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.hasPrefix("1. "), text.stdout)
        XCTAssertTrue(text.stdout.contains("keyvault/access-denied-to-secrets.md"), text.stdout)
        XCTAssertFalse(text.stdout.contains("storage/"), text.stdout)
        let hostile = try run(["search", "\" NEAR( * - OR", "--index", index])
        XCTAssertEqual(hostile.status, 0, hostile.stderr)
    }

    func testMissingOrForeignIndexExitsTwo() throws {
        let folder = try temporaryFolder()
        let missing = try run(["search", "password", "--index", folder.appendingPathComponent("none.sqlite").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no such search index"), missing.stderr)
        let foreign = folder.appendingPathComponent("README.md")
        try Data("hello".utf8).write(to: foreign)
        let notIndex = try run(["search", "password", "--index", foreign.path])
        XCTAssertEqual(notIndex.status, 2)
        XCTAssertTrue(notIndex.stderr.contains("not a selfhelp search index"), notIndex.stderr)
        let empty = try run(["search", "  ", "--index", foreign.path])
        XCTAssertEqual(empty.status, 2)
    }

    func testIndexOfAMissingFolderExitsTwo() throws {
        let folder = try temporaryFolder()
        let result = try run(["index", folder.appendingPathComponent("nope").path, "--out", folder.appendingPathComponent("kb.sqlite").path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("no such knowledge base folder"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("kb.sqlite").path))
    }
}
