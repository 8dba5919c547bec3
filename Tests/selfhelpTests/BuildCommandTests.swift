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
                     "articles/identity/password-sync-not-working.html", "articles/identity/password-sync-not-working.json"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out1.appendingPathComponent(name).path), name)
        }
        let second = try run(["build", kb.path, "--out", out2.path, "--fail-on", "never"])
        XCTAssertEqual(second.status, 0, second.stderr)
        let a = try snapshot(out1), b = try snapshot(out2)
        XCTAssertEqual(Set(a.keys), Set(b.keys))
        for (name, value) in a where !name.hasPrefix(".selfhelp/manifest") {
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
}
