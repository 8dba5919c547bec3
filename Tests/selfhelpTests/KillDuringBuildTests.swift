import Foundation
import XCTest

/// `selfhelp build` killed with SIGKILL part-way: no output file is cut short or half-written,
/// and the next build finishes with exit 0 and the same outputs as a clean build.
final class KillDuringBuildTests: CLITestCase {
    /// A knowledge base of `copies` × the well-formed sample articles (Articles/ without
    /// defects/), each copy in its own folder with its own article ids: several hundred files,
    /// so a build takes long enough to be interrupted.
    private func largeKnowledgeBase(copies: Int) throws -> URL {
        let kb = try temporaryFolder().appendingPathComponent("kb")
        let articles = CLITestCase.packageRoot.appendingPathComponent("Articles")
        let enumerator = FileManager.default.enumerator(atPath: articles.path)
        var sources: [(String, String)] = []
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".md"), !relative.hasPrefix("defects/") else { continue }
            sources.append((relative, try String(contentsOf: articles.appendingPathComponent(relative), encoding: .utf8)))
        }
        XCTAssertGreaterThan(sources.count, 10)
        for copy in 0..<copies {
            for (relative, text) in sources {
                let target = kb.appendingPathComponent("set\(copy)/\(relative)")
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                let unique = text.replacingOccurrences(of: #"articleId="([^"]*)""#, with: "articleId=\"$1-\(copy)\"", options: .regularExpression)
                try unique.write(to: target, atomically: false, encoding: .utf8)
            }
        }
        return kb
    }

    /// Starts `selfhelp build KB --out OUT`, kills it with SIGKILL as soon as `moment` holds
    /// (polled every millisecond), and returns whether the kill caught the build still running.
    private func buildKilled(_ kb: URL, out: URL, when moment: (URL) -> Bool) throws -> Bool {
        let process = Process()
        process.executableURL = CLITestCase.executable
        process.arguments = ["build", kb.path, "--out", out.path, "--fail-on", "never"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, !moment(out), Date() < deadline { usleep(1000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }

    private func pages(in out: URL) -> Int {
        (FileManager.default.enumerator(atPath: out.appendingPathComponent("articles").path)?.allObjects as? [String])?
            .filter { $0.hasSuffix(".html") }.count ?? 0
    }

    /// The outputs of a finished build, temporary files, the manifest and the stamp (which
    /// record counts of what was rendered) and the aggregates' digests (file signatures) left out.
    private func finalOutputs(_ out: URL) -> [String: Data] {
        BuildOutputCheck.files(in: out).filter {
            !BuildOutputCheck.isTemporary($0.key) && !$0.key.hasPrefix(".selfhelp/manifest") && !$0.key.hasPrefix(".selfhelp/stamp")
                && $0.key != ".selfhelp/aggregates"
        }
    }

    func testKilledBuildLeavesWholeFilesAndTheNextBuildCompletes() throws {
        let kb = try largeKnowledgeBase(copies: 30)
        let articleCount = Self.articleCount(in: kb.path)
        XCTAssertGreaterThanOrEqual(articleCount, 300)
        let reference = kb.deletingLastPathComponent().appendingPathComponent("reference")
        let clean = try run(["build", kb.path, "--out", reference.path, "--fail-on", "never"])
        XCTAssertEqual(clean.status, 0, clean.stderr)
        let expected = finalOutputs(reference)
        XCTAssertEqual(expected.keys.filter { $0.hasPrefix("articles/") && $0.hasSuffix(".html") }.count, articleCount)
        XCTAssertEqual(expected.keys.filter { $0.hasSuffix(".record") }.count, articleCount, "a search record per article")
        XCTAssertEqual(BuildOutputCheck.problems(in: reference), [])

        // Moments: the first page written, half the pages written, the aggregates and the index being written.
        let moments: [(String, (URL) -> Bool)] = [
            ("after the first page", { self.pages(in: $0) >= 1 }),
            ("after half the pages", { self.pages(in: $0) >= articleCount / 2 }),
            ("while writing the aggregates", { FileManager.default.fileExists(atPath: $0.appendingPathComponent("articles.jsonl").path) }),
            ("while writing the search index", { out in
                ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).contains { $0.hasPrefix(".kb.sqlite.") }
            }),
        ]
        var caught = 0
        for (index, (name, moment)) in moments.enumerated() {
            let out = kb.deletingLastPathComponent().appendingPathComponent("out\(index)")
            let killed = try buildKilled(kb, out: out, when: moment)
            if killed { caught += 1 }
            XCTAssertEqual(BuildOutputCheck.problems(in: out), [], "killed \(name)")
            let leftovers = BuildOutputCheck.files(in: out).keys.filter(BuildOutputCheck.isTemporary)
            print("kill \(name): \(killed ? "killed" : "finished first"), \(pages(in: out)) pages, \(leftovers.count) temporary files left")

            let next = try run(["build", kb.path, "--out", out.path, "--fail-on", "never"])
            XCTAssertEqual(next.status, 0, "the build after a kill \(name): \(next.stderr)")
            let outputs = finalOutputs(out)
            let stale = BuildOutputCheck.files(in: out).keys.filter(BuildOutputCheck.isTemporary)
            XCTAssertEqual(stale.sorted(), [], "the build after a kill \(name) must remove the temporary files left")
            XCTAssertEqual(Set(outputs.keys), Set(expected.keys), "outputs after a kill \(name)")
            for (path, data) in expected where outputs[path] != data {
                XCTFail("\(path) differs from a clean build's after a kill \(name)")
            }
        }
        XCTAssertGreaterThanOrEqual(caught, 2, "the build was too quick to be killed part-way")
    }

    /// A rebuild killed after rewriting a changed article's page, then the change undone: the
    /// next build must not keep the page of the undone change (the build removes the previous
    /// manifest and stamp before it writes, so it never takes a half-done build for a finished one).
    func testUndoneChangeAfterAKilledRebuildIsRenderedAgain() throws {
        let kb = try largeKnowledgeBase(copies: 20)
        let out = kb.deletingLastPathComponent().appendingPathComponent("out")
        XCTAssertEqual(try run(["build", kb.path, "--out", out.path, "--fail-on", "never"]).status, 0)
        let expected = finalOutputs(out)
        let article = kb.appendingPathComponent("set0/billing/unexpected-charges.md")
        let original = try Data(contentsOf: article)
        try (String(decoding: original, as: UTF8.self) + "\nOne more sentence.\n").write(to: article, atomically: true, encoding: .utf8)
        let page = "articles/set0/billing/unexpected-charges.html"
        let killed = try buildKilled(kb, out: out) { FileManager.default.contents(atPath: $0.appendingPathComponent(page).path) != expected[page] }
        XCTAssertTrue(killed, "the rebuild finished before the kill")
        try original.write(to: article)
        XCTAssertEqual(try run(["build", kb.path, "--out", out.path, "--fail-on", "never"]).status, 0)
        let outputs = finalOutputs(out)
        for (path, data) in expected where outputs[path] != data {
            XCTFail("\(path) still holds the undone change")
        }
    }

    /// A rebuild of many changed articles killed at several moments (pages being rewritten, the
    /// feeds and the search index being updated): whatever it left, the next build's outputs are
    /// a clean build's of the same inputs.
    func testKilledRebuildLeavesAStateTheNextBuildCompletes() throws {
        let kb = try largeKnowledgeBase(copies: 20)
        let out = kb.deletingLastPathComponent().appendingPathComponent("out")
        XCTAssertEqual(try run(["build", kb.path, "--out", out.path, "--fail-on", "never"]).status, 0)
        let moments: [(String, (URL) -> Bool)] = [
            ("once the manifest is gone", { !FileManager.default.fileExists(atPath: $0.appendingPathComponent(".selfhelp/manifest").path) }),
            ("while the feeds are written", { out in
                ((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).contains { $0.hasPrefix(".articles.jsonl.tmp-") }
            }),
            ("while the search index is updated", { FileManager.default.fileExists(atPath: $0.appendingPathComponent("kb.sqlite-journal").path) }),
        ]
        var caught = 0
        for (round, (name, moment)) in moments.enumerated() {
            // Every article of one set edited, so the rebuild has work to be caught in.
            for relative in (FileManager.default.enumerator(atPath: kb.appendingPathComponent("set\(round)").path)?.allObjects as? [String]) ?? []
            where relative.hasSuffix(".md") {
                let file = kb.appendingPathComponent("set\(round)/\(relative)")
                try (try String(contentsOf: file, encoding: .utf8) + "\nEdited in round \(round).\n").write(to: file, atomically: true, encoding: .utf8)
            }
            if try buildKilled(kb, out: out, when: moment) { caught += 1 }
            XCTAssertEqual(BuildOutputCheck.problems(in: out), [], "killed \(name)")
            XCTAssertEqual(try run(["build", kb.path, "--out", out.path, "--fail-on", "never"]).status, 0, "the build after a kill \(name)")
            let clean = kb.deletingLastPathComponent().appendingPathComponent("clean\(round)")
            XCTAssertEqual(try run(["build", kb.path, "--out", clean.path, "--fail-on", "never"]).status, 0)
            try assertSameOutputs(out, clean, "after a rebuild killed \(name)")
            XCTAssertEqual(BuildOutputCheck.files(in: out).keys.filter(BuildOutputCheck.isTemporary).sorted(), [])
        }
        XCTAssertGreaterThanOrEqual(caught, 2, "the rebuild was too quick to be killed part-way")
    }
}
