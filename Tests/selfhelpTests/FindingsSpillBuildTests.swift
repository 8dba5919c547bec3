import Foundation
@testable import SelfHelpBuild
import SelfHelpKit
import XCTest

/// A build whose findings spill to disk (``FindingRecordLog``) writes what a build that holds them
/// in memory writes, reports the same findings, and leaves no spill file behind; so does its rebuild.
final class FindingsSpillBuildTests: CLITestCase {
    private func build(_ kb: URL, into out: URL, spillingAfter threshold: Int?) throws -> SiteBuilder.BuildResult {
        var builder = SiteBuilder(knowledgeBase: kb.path, outDir: out.path, options: SiteBuilder.Options(jobs: 2))
        if let threshold { builder.findingsSpillThreshold = threshold }
        return try builder.build()
    }

    private func leftovers(in out: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent(".selfhelp").path).filter { $0.contains("findings") }
    }

    func testASpillingBuildWritesWhatABuildInMemoryWrites() throws {
        let kb = try knowledgeBaseCopy()
        let root = kb.deletingLastPathComponent()
        let inMemory = root.appendingPathComponent("in-memory"), spilled = root.appendingPathComponent("spilled")

        let held = try build(kb, into: inMemory, spillingAfter: nil)
        // A few records at a time: the bundled articles' findings spill many times over.
        let spilling = try build(kb, into: spilled, spillingAfter: 64)
        XCTAssertFalse(held.findingsSpilled)
        XCTAssertTrue(spilling.findingsSpilled)
        XCTAssertGreaterThan(held.diagnostics.count, 10)
        XCTAssertEqual(spilling.diagnostics, held.diagnostics)
        try assertSameOutputs(spilled, inMemory, "clean build")
        XCTAssertEqual(try leftovers(in: spilled), [], "the spill file was unlinked as it was made")

        // An edit that adds findings, rebuilt over the spilling build's outputs, against a clean build in memory.
        let edited = kb.appendingPathComponent("storage/reset-account-keys.md")
        try (try String(contentsOf: edited, encoding: .utf8) + "\nPlease [click here](https://example.com) and see [this](./nowhere.md).\n")
            .write(to: edited, atomically: true, encoding: .utf8)
        let rebuilt = try build(kb, into: spilled, spillingAfter: 64)
        XCTAssertEqual(rebuilt.summary.rendered, 1)
        let clean = try build(kb, into: root.appendingPathComponent("clean"), spillingAfter: nil)
        XCTAssertEqual(rebuilt.diagnostics, clean.diagnostics)
        XCTAssertGreaterThan(clean.diagnostics.count, held.diagnostics.count)
        try assertSameOutputs(spilled, root.appendingPathComponent("clean"), "one article edited")
        XCTAssertEqual(try leftovers(in: spilled), [])
    }
}
