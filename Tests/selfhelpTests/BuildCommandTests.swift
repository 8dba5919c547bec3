import Foundation
import XCTest

/// `selfhelp build` over a copy of our own Articles/: outputs, determinism, incremental rebuilds.
final class BuildCommandTests: CLITestCase {
    /// A copy of Articles/ in a temporary folder.
    /// Every output file under `folder` with its bytes and modification date.
    private func snapshot(_ folder: URL) throws -> [String: (Data, Date)] {
        var files: [String: (Data, Date)] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            let values = try url.resourceValues(forKeys: [.contentModificationDateKey, .isRegularFileKey])
            guard values.isRegularFile == true else { continue }
            files[String(url.path.dropFirst(folder.path.count + 1))] = (try Data(contentsOf: url), values.contentModificationDate ?? .distantPast)
        }
        return files
    }

    func testBuildWritesEveryOutputAndIsDeterministic() throws {
        let kb = try knowledgeBaseCopy()
        let out1 = kb.deletingLastPathComponent().appendingPathComponent("out1")
        let out2 = kb.deletingLastPathComponent().appendingPathComponent("out2")
        let first = try run(["build", kb.path, "--out", out1.path, "--fail-on", "never"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("rendered"), first.stdout)
        for name in ["index.html", "articles.jsonl", "chunks.jsonl", "kb.sqlite", "diagnostics.sarif",
                     "articles/identity/password-sync-not-working.html", "articles/identity/password-sync-not-working.json",
                     "search.html", "assets/search.js", "search/meta.json", "services/microsoft.storage.html", "types/generic.html",
                     "clouds/public.html", "findings.html", "articles/storage/media/sas-permissions.png"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out1.appendingPathComponent(name).path), name)
        }
        XCTAssertEqual(try Data(contentsOf: out1.appendingPathComponent("articles/storage/media/sas-permissions.png")),
                       try Data(contentsOf: kb.appendingPathComponent("storage/media/sas-permissions.png")), "linked media is copied as it is")
        let second = try run(["build", kb.path, "--out", out2.path, "--fail-on", "never"])
        XCTAssertEqual(second.status, 0, second.stderr)
        let a = try snapshot(out1), b = try snapshot(out2)
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        // The manifest, the aggregates' digests and the stamp record output file signatures (inodes, times).
        for (name, value) in a where !name.hasPrefix(".selfhelp/manifest") && name != ".selfhelp/aggregates" && name != ".selfhelp/stamp.json" {
            XCTAssertEqual(value.0, b[name]?.0, "\(name) differs between two builds of the same input")
        }
        let jsonl = try String(contentsOf: out1.appendingPathComponent("articles.jsonl"), encoding: .utf8)
        XCTAssertEqual(jsonl.split(separator: "\n").count, 25)
    }

    func testExitStatusFollowsFailOn() throws {
        let kb = try knowledgeBaseCopy()
        let out = kb.deletingLastPathComponent().appendingPathComponent("out")
        XCTAssertEqual(try run(["build", kb.path, "--out", out.path]).status, 1, "Articles/defects has errors")
        try FileManager.default.removeItem(at: kb.appendingPathComponent("defects"))
        XCTAssertEqual(try run(["build", kb.path, "--out", out.path]).status, 0)
        XCTAssertEqual(try run(["build", kb.path, "--out", out.path, "--fail-on", "warning"]).status, 1, "one BOM warning remains")
        XCTAssertEqual(try run(["build", kb.appendingPathComponent("missing").path, "--out", out.path]).status, 2)
    }

    func testRebuildRendersOnlyWhatChangedAndRemovesDeletedOutputs() throws {
        let kb = try knowledgeBaseCopy()
        let out = kb.deletingLastPathComponent().appendingPathComponent("out")
        XCTAssertEqual(try run(["build", kb.path, "--out", out.path, "--fail-on", "never"]).status, 0)
        let before = try snapshot(out)

        let unchanged = try run(["build", kb.path, "--out", out.path, "--fail-on", "never"])
        XCTAssertTrue(unchanged.stdout.contains("(0 rendered, 25 unchanged, 0 removed)"), unchanged.stdout)
        let same = try snapshot(out)
        for (name, value) in before { XCTAssertEqual(same[name]?.1, value.1, "\(name) was rewritten by an unchanged build") }

        let changed = kb.appendingPathComponent("storage/reset-account-keys.md")
        var text = try String(contentsOf: changed, encoding: .utf8)
        text += "\nOne more sentence for the rebuild test.\n"
        try text.write(to: changed, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: kb.appendingPathComponent("billing/unexpected-charges.md"))

        let rebuilt = try run(["build", kb.path, "--out", out.path, "--fail-on", "never"])
        XCTAssertTrue(rebuilt.stdout.contains("(1 rendered, 23 unchanged, 1 removed)"), rebuilt.stdout)
        let after = try snapshot(out)
        XCTAssertNil(after["articles/billing/unexpected-charges.html"])
        XCTAssertNil(after["articles/billing/unexpected-charges.json"])
        XCTAssertNotEqual(after["articles/storage/reset-account-keys.html"]?.0, before["articles/storage/reset-account-keys.html"]?.0)
        for (name, value) in after where name.hasPrefix("articles/") && !name.contains("reset-account-keys") {
            XCTAssertEqual(value.1, before[name]?.1, "\(name) changed though its article did not")
        }
    }

    func testTouchedFilesAreReadAgainButAnEditIsNeverMissed() throws {
        let kb = try knowledgeBaseCopy()
        let out = kb.deletingLastPathComponent().appendingPathComponent("out")
        XCTAssertEqual(try run(["build", kb.path, "--out", out.path, "--fail-on", "never"]).status, 0)
        let article = kb.appendingPathComponent("storage/reset-account-keys.md")
        let original = try Data(contentsOf: article)
        let modified = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: article.path)[.modificationDate] as? Date)

        // Touched (a checkout does this): same bytes, so nothing is rendered and no output rewritten.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: article.path)
        let before = try snapshot(out)
        let touched = try run(["build", kb.path, "--out", out.path, "--fail-on", "never"])
        XCTAssertTrue(touched.stdout.contains("(0 rendered, 25 unchanged, 0 removed)"), touched.stdout)
        let after = try snapshot(out)
        for (name, value) in before where name != ".selfhelp/stamp.json" {
            XCTAssertEqual(after[name]?.1, value.1, "\(name) was rewritten though no content changed")
        }

        // Edited to the same size, with the old modification time put back: still rendered again.
        var bytes = [UInt8](original)
        let index = try XCTUnwrap(bytes.lastIndex(of: UInt8(ascii: "e")))
        bytes[index] = UInt8(ascii: "E")
        try Data(bytes).write(to: article)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: article.path)
        let edited = try run(["build", kb.path, "--out", out.path, "--fail-on", "never"])
        XCTAssertTrue(edited.stdout.contains("(1 rendered, 24 unchanged, 0 removed)"), edited.stdout)
    }

    /// A setting that changes findings (here `maxArticleSize`) makes every article's facts stale:
    /// the rebuild renders them all again, as a clean build with that setting would.
    func testAChangedMaximumArticleSizeRendersEveryArticleAgain() throws {
        let kb = try knowledgeBaseCopy()
        let out = kb.deletingLastPathComponent().appendingPathComponent("out")
        let config = kb.deletingLastPathComponent().appendingPathComponent("small.json")
        try Data(#"{"maxArticleSize": 1000}"#.utf8).write(to: config)
        XCTAssertEqual(try run(["build", kb.path, "--out", out.path, "--fail-on", "never"]).status, 0)
        let smaller = try run(["build", kb.path, "--out", out.path, "--fail-on", "never", "--config", config.path])
        XCTAssertTrue(smaller.stdout.contains("(25 rendered, 0 unchanged, 0 removed)"), smaller.stdout)
        let sarif = try String(contentsOf: out.appendingPathComponent("diagnostics.sarif"), encoding: .utf8)
        XCTAssertTrue(sarif.contains("article-too-large"))
    }
}

/// The site's local media: copied once, a missing file stays a finding, nothing outside the knowledge base.
final class SiteMediaBuildTests: CLITestCase {
    func testLinkedFilesAreCopiedButNotMissingOrOutsideOnes() throws {
        let root = try temporaryFolder()
        let kb = root.appendingPathComponent("kb")
        try FileManager.default.createDirectory(at: kb.appendingPathComponent("a/media"), withIntermediateDirectories: true)
        try Data("secret".utf8).write(to: root.appendingPathComponent("secret.png"))
        try FileManager.default.createSymbolicLink(at: kb.appendingPathComponent("a/media/leak.png"), withDestinationURL: root.appendingPathComponent("secret.png"))
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: kb.appendingPathComponent("a/media/ok.png"))
        let article = """
            <properties pageTitle="T" description="d" articleId="a1" selfHelpType="generic" cloudEnvironments="public" />

            # T

            ![ok](media/ok.png) ![again](./media/ok.png) ![missing](media/missing.png) ![leak](media/leak.png) ![up](../../secret.png)
            """
        try Data(article.utf8).write(to: kb.appendingPathComponent("a/t.md"))
        let out = root.appendingPathComponent("out")
        let build = try run(["build", kb.path, "--out", out.path, "--fail-on", "never", "--quiet"])
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("articles/a/media/ok.png").path))
        for absent in ["articles/a/media/missing.png", "articles/a/media/leak.png", "secret.png", "articles/secret.png"] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent(absent).path), absent)
        }
        let sarif = try String(contentsOf: out.appendingPathComponent("diagnostics.sarif"), encoding: .utf8)
        XCTAssertTrue(sarif.contains("media/missing.png"), "a missing image is a link-broken finding")
        let page = try String(contentsOf: out.appendingPathComponent("articles/a/t.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("link-broken"), "and it is on the article's page")

        // The link goes: so does the copy, at the next build.
        try Data(article.replacingOccurrences(of: "![ok](media/ok.png) ![again](./media/ok.png) ", with: "").utf8)
            .write(to: kb.appendingPathComponent("a/t.md"))
        XCTAssertEqual(try run(["build", kb.path, "--out", out.path, "--fail-on", "never", "--quiet"]).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.appendingPathComponent("articles/a/media/ok.png").path), "a copy nothing links to is removed")
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("articles/a/t.html").path))
    }
}
