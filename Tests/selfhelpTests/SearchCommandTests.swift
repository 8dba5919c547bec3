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

    func testSearchDefaultsToTheBuildOutputAndNamesTheIndex() throws {
        let folder = try temporaryFolder()
        XCTAssertEqual(try run(["build", CLITestCase.packageRoot.appendingPathComponent("Articles").path, "--out", "out",
                                "--quiet", "--fail-on", "never"], in: folder).status, 0)
        let result = try run(["search", "password synchronization"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("index out/kb.sqlite"), result.stderr)
        XCTAssertTrue(result.stdout.contains("identity/password-sync-not-working.md"), result.stdout)
        let json = try run(["search", "password", "--format", "json"], in: folder)
        XCTAssertTrue(json.stdout.contains(#""index": "out/kb.sqlite""#), json.stdout)

        let elsewhere = try temporaryFolder()
        let none = try run(["search", "password"], in: elsewhere)
        XCTAssertEqual(none.status, 2)
        XCTAssertTrue(none.stderr.contains("no --index given and there is no out/kb.sqlite"), none.stderr)
    }

    func testFallbackToAnyWordIsSaid() throws {
        let folder = try temporaryFolder()
        let index = folder.appendingPathComponent("kb.sqlite").path
        XCTAssertEqual(try run(["index", "Articles", "--out", index, "--quiet"]).status, 0)
        let every = try run(["search", "password synchronization", "--index", index])
        XCTAssertFalse(every.stdout.contains("No article has every word"), every.stdout)
        let any = try run(["search", "password synchronization qwertyuiop", "--index", index])
        XCTAssertEqual(any.status, 0, any.stderr)
        XCTAssertTrue(any.stdout.hasPrefix("No article has every word of \"password synchronization qwertyuiop\""), any.stdout)
        let json = try run(["search", "password qwertyuiop", "--index", index, "--format", "json"])
        XCTAssertTrue(json.stdout.contains(#""matchedEveryWord": false"#), json.stdout)
    }

    func testUnknownFilterValuesNameTheKnownOnes() throws {
        let folder = try temporaryFolder()
        let index = folder.appendingPathComponent("kb.sqlite").path
        XCTAssertEqual(try run(["index", "Articles", "--out", index, "--quiet"]).status, 0)
        let cloud = try run(["search", "password", "--index", index, "--cloud", "publik"])
        XCTAssertEqual(cloud.status, 2)
        XCTAssertTrue(cloud.stderr.contains(#"unknown cloud "publik"; known values: "#) && cloud.stderr.contains("fairfax, mooncake, public"), cloud.stderr)
        let type = try run(["search", "password", "--index", index, "--type", "tsg"])
        XCTAssertEqual(type.status, 2)
        XCTAssertTrue(type.stderr.contains("TSG_Content") && type.stderr.contains("generic"), type.stderr)
        let service = try run(["search", "password", "--index", index, "--service", "microsoft.storag"])
        XCTAssertEqual(service.status, 2)
        XCTAssertTrue(service.stderr.contains("microsoft.storage"), service.stderr)
        // A known cloud no article is in is a valid filter with no results.
        XCTAssertEqual(try run(["search", "password", "--index", index, "--cloud", "blackforest"]).status, 0)
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
