import Foundation
import XCTest

/// The outputs of any rebuild equal those of a clean build of the same inputs: byte for byte for
/// every file, and row for row for `kb.sqlite` (updated in place; see ``SearchIndexRows``).
/// Each step changes the knowledge base, rebuilds the same output folder, checks what the build
/// says it redid, then builds the same inputs into a fresh folder and compares.
final class RebuildMatchesCleanBuildTests: CLITestCase {
    private var kb: URL!
    private var root: URL!
    private var out: URL!
    private var cleanBuilds = 0

    override func setUpWithError() throws {
        kb = try knowledgeBaseCopy()
        root = kb.deletingLastPathComponent()
        out = root.appendingPathComponent("out")
        XCTAssertEqual(try run(["build", kb.path, "--out", out.path, "--fail-on", "never"]).status, 0)
    }

    private func file(_ relative: String) -> URL { kb.appendingPathComponent(relative) }

    private func text(_ relative: String) throws -> String { try String(contentsOf: file(relative), encoding: .utf8) }

    private func write(_ relative: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: file(relative).deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file(relative), atomically: true, encoding: .utf8)
    }

    /// Rebuilds `out` and checks the summary's counts, then checks it against a clean build.
    private func rebuild(expect counts: String, _ step: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let rebuilt = try run(["build", kb.path, "--out", out.path, "--fail-on", "never"])
        XCTAssertEqual(rebuilt.status, 0, rebuilt.stderr, file: file, line: line)
        XCTAssertTrue(rebuilt.stdout.contains(counts), "\(step): \(rebuilt.stdout)", file: file, line: line)
        cleanBuilds += 1
        let clean = root.appendingPathComponent("clean\(cleanBuilds)")
        XCTAssertEqual(try run(["build", kb.path, "--out", clean.path, "--fail-on", "never"]).status, 0, file: file, line: line)
        try assertSameOutputs(out, clean, step, file: file, line: line)
        return try String(contentsOf: out.appendingPathComponent("diagnostics.sarif"), encoding: .utf8)
    }

    func testEveryKindOfChangeRebuildsToTheCleanBuildsOutputs() throws {
        let keys = "storage/reset-account-keys.md"
        let original = try text(keys)

        try write(keys, original + "\nPlease [click here](https://example.com) for a chunk of its own.\n")
        XCTAssertTrue(try rebuild(expect: "(1 rendered, 24 unchanged, 0 removed)", "edited").contains("prose-please"))

        let added = try text("billing/unexpected-charges.md")
            .replacingOccurrences(of: #"articleId="[^"]*""#, with: #"articleId="rebuild-test-added-article""#, options: .regularExpression)
        try write("billing/added.md", added)
        _ = try rebuild(expect: "(1 rendered, 25 unchanged, 0 removed)", "added")

        try FileManager.default.moveItem(at: file("billing/added.md"), to: file("compute/renamed.md"))
        _ = try rebuild(expect: "(1 rendered, 25 unchanged, 1 removed)", "renamed")

        try FileManager.default.removeItem(at: file("compute/renamed.md"))
        _ = try rebuild(expect: "(0 rendered, 25 unchanged, 1 removed)", "deleted")

        // An edit that gives the article another's id: the other, unchanged article reports it too.
        let storageId = "2c452f08-41a2-41ed-8d4e-ea7e05aba144", identityId = "44280517-472c-422a-bef7-2e62b8492db1"
        try write(keys, try text(keys).replacingOccurrences(of: storageId, with: identityId))
        var sarif = try rebuild(expect: "(1 rendered, 24 unchanged, 0 removed)", "duplicate id made")
        XCTAssertTrue(sarif.contains("is also used by `storage/reset-account-keys.md`"), "the unchanged article reports the duplicate")
        try write(keys, try text(keys).replacingOccurrences(of: identityId, with: storageId))
        sarif = try rebuild(expect: "(1 rendered, 24 unchanged, 0 removed)", "duplicate id removed")
        XCTAssertFalse(sarif.contains("is also used by `storage/reset-account-keys.md`"))

        // A title changes: the unchanged pages that list the article as related follow it,
        // without rendering again.
        try write(keys, try text(keys).replacingOccurrences(of: "pageTitle=\"", with: "pageTitle=\"Renamed: "))
        _ = try rebuild(expect: "(1 rendered, 24 unchanged, 0 removed)", "title changed")
        XCTAssertTrue(try String(contentsOf: out.appendingPathComponent("articles/storage/blob-access-denied.html"), encoding: .utf8)
            .contains(">Renamed: "), "the related list of an unchanged page follows the title")

        // The key vault article links to the storage one: deleting the target breaks the link in
        // an article that did not change, and bringing it back mends it.
        let keysNow = try text(keys)
        try FileManager.default.removeItem(at: file(keys))
        sarif = try rebuild(expect: "(0 rendered, 24 unchanged, 1 removed)", "link target deleted")
        XCTAssertTrue(sarif.contains("`../storage/reset-account-keys.md` does not exist"), "link-broken in the unchanged article")
        try write(keys, keysNow)
        sarif = try rebuild(expect: "(1 rendered, 24 unchanged, 0 removed)", "link target back")
        XCTAssertFalse(sarif.contains("`../storage/reset-account-keys.md` does not exist"))

        // An edit that changes no finding and no listing: the SARIF log and the listing pages are
        // kept as they are, unless they were changed behind the build's back.
        let listing = out.appendingPathComponent("services/microsoft.storage.html")
        let sarifFile = out.appendingPathComponent("diagnostics.sarif")
        let listingBefore = try Data(contentsOf: listing), sarifBefore = try Data(contentsOf: sarifFile)
        try write(keys, keysNow + "\nA sentence that changes neither.\n")
        _ = try rebuild(expect: "(1 rendered, 24 unchanged, 0 removed)", "text edited")
        XCTAssertEqual(try Data(contentsOf: listing), listingBefore)
        XCTAssertEqual(try Data(contentsOf: sarifFile), sarifBefore)
        try Data("<p>edited</p>".utf8).write(to: listing)
        try FileManager.default.removeItem(at: sarifFile)
        try write(keys, keysNow + "\nA sentence that still changes neither.\n")
        _ = try rebuild(expect: "(1 rendered, 24 unchanged, 0 removed)", "listing and SARIF log changed behind the build's back")

        // An unchanged article's search record damaged behind the build's back (in place: its
        // folder looks untouched) while an article added before it moves its result document:
        // the record is made again, with the page.
        try Data("damaged".utf8).write(to: out.appendingPathComponent(".selfhelp/search/storage/blob-access-denied.record"))
        try write("billing/added-again.md", added)
        _ = try rebuild(expect: "(1 rendered, 25 unchanged, 0 removed)", "search record damaged, result document moved")
        try FileManager.default.removeItem(at: file("billing/added-again.md"))
        _ = try rebuild(expect: "(0 rendered, 25 unchanged, 1 removed)", "added article deleted")

        // No input touched, but an article's page deleted behind the build's back: the stamp's
        // signature of the output folders no longer matches, and the article is made again.
        try FileManager.default.removeItem(at: out.appendingPathComponent("articles/billing/unexpected-charges.html"))
        _ = try rebuild(expect: "(1 rendered, 24 unchanged, 0 removed)", "page deleted, nothing else touched")
        try FileManager.default.removeItem(at: out.appendingPathComponent("articles/billing/unexpected-charges.html"))
        try write(keys, keysNow + "\nA sentence once more.\n")
        _ = try rebuild(expect: "(2 rendered, 23 unchanged, 0 removed)", "page deleted and another article edited")

        // An unchanged article's result document deleted behind the build's back: its folder's
        // signature says so, and the document is written again (the article is not rendered).
        let document = out.appendingPathComponent("search/d/3.json")
        XCTAssertTrue(FileManager.default.fileExists(atPath: document.path))
        try FileManager.default.removeItem(at: document)
        try write(keys, keysNow + "\nA sentence yet again.\n")
        _ = try rebuild(expect: "(1 rendered, 24 unchanged, 0 removed)", "result document deleted and another article edited")
        XCTAssertTrue(FileManager.default.fileExists(atPath: document.path))

        // A feed edited behind the build's back is not trusted: every article renders again.
        let feed = out.appendingPathComponent("articles.jsonl")
        var lines = try String(contentsOf: feed, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines.swapAt(0, 1)
        try lines.joined(separator: "\n").write(to: feed, atomically: true, encoding: .utf8)
        try write(keys, keysNow + "\nAnd a second one.\n")
        _ = try rebuild(expect: "(25 rendered, 0 unchanged, 0 removed)", "feed tampered")

        // The search index replaced by another file: it is written anew, every article with it.
        try Data("not a database".utf8).write(to: out.appendingPathComponent("kb.sqlite"))
        try write(keys, keysNow + "\nAnd a third one.\n")
        _ = try rebuild(expect: "(25 rendered, 0 unchanged, 0 removed)", "index replaced")

        // A setting that changes findings: every article again, its index rows replaced in place.
        try write(".selfhelp.json", #"{"maxArticleSize": 2000}"#)
        XCTAssertTrue(try rebuild(expect: "(25 rendered, 0 unchanged, 0 removed)", "maxArticleSize lowered").contains("article-too-large"))
        try FileManager.default.removeItem(at: file(".selfhelp.json"))
        _ = try rebuild(expect: "(25 rendered, 0 unchanged, 0 removed)", "maxArticleSize back")
    }
}
