import Foundation
import XCTest
@testable import SelfHelpKit

/// `Workspace`: its findings are the validator's over the same articles, and an update names
/// exactly the articles whose findings changed (the workspace keeps an article's own findings in
/// its facts and the cross-article ones beside them, merged when asked for).
final class WorkspaceTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("selfhelp-workspace-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/a", withIntermediateDirectories: true)
        try write("a/one.md", id: "one", body: "# One\n\nSee [two](two.md).\n")
        try write("a/two.md", id: "two", body: "# Two\n\nA vague link: [click here](https://example.com/x).\n")
        try write("a/three.md", id: "three", body: "# Three\n\nNothing to see.\n")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func text(id: String, body: String) -> String {
        "<properties pageTitle=\"T\" articleId=\"\(id)\" selfHelpType=\"generic\" />\n\n" + body
    }

    func write(_ path: String, id: String, body: String) throws {
        try text(id: id, body: body).write(toFile: folder + "/" + path, atomically: true, encoding: .utf8)
    }

    /// Every finding of the articles on disk, as `Validator.diagnostics` finds them over their facts.
    func batchFindings(_ workspace: Workspace) -> [Diagnostic] {
        let facts = workspace.allFacts
        return workspace.validator.diagnostics(facts, fileExists: LinkTargets.exist(articles: Set(facts.map(\.path)), below: folder))
    }

    func testFindingsAreTheValidatorsOwnAndCrossArticleOnesMerged() throws {
        let workspace = try Workspace(root: folder, pathStyle: .relative)
        XCTAssertEqual(workspace.count, 3)
        XCTAssertEqual(workspace.diagnostics, batchFindings(workspace))
        XCTAssertFalse(workspace.findings(in: "a/two.md").isEmpty, "the vague link is an own finding")
        // A duplicate id gives both articles a cross-article finding, merged with their own in report order.
        try write("a/three.md", id: "two", body: "# Three\n\n[click here](https://example.com/y) and [gone](gone.md).\n")
        let changed = try workspace.reload("a/three.md")
        XCTAssertEqual(changed, ["a/two.md", "a/three.md"])
        let three = workspace.findings(in: "a/three.md")
        XCTAssertEqual(three, three.sorted(by: Diagnostic.reportOrder))
        XCTAssertTrue(three.contains { $0.rule == .articleIdDuplicate })
        XCTAssertTrue(three.contains { $0.rule == .linkBroken })
        XCTAssertTrue(workspace.findings(in: "a/two.md").contains { $0.rule == .articleIdDuplicate })
        XCTAssertEqual(workspace.diagnostics, batchFindings(workspace))
    }

    func testAnUpdateNamesOnlyTheArticlesWhoseFindingsChanged() throws {
        let workspace = try Workspace(root: folder, pathStyle: .relative)
        let three = Array(text(id: "three", body: "# Three\n\nNothing to see.\n").utf8)
        XCTAssertEqual(workspace.update("a/three.md", bytes: three), [], "the same bytes change nothing")
        // Its own findings only: a vague link.
        let vague = Array(text(id: "three", body: "# Three\n\n[click here](https://example.com/x).\n").utf8)
        XCTAssertEqual(workspace.update("a/three.md", bytes: vague), ["a/three.md"])
        // A cross-article finding of another article: the link of `one` breaks when `two` goes, and mends.
        try FileManager.default.removeItem(atPath: folder + "/a/two.md")
        XCTAssertEqual(workspace.remove("a/two.md"), ["a/one.md", "a/two.md"])
        XCTAssertTrue(workspace.findings(in: "a/one.md").contains { $0.rule == .linkBroken })
        XCTAssertEqual(workspace.findings(in: "a/two.md"), [])
        XCTAssertEqual(workspace.remove("a/two.md"), [], "a path the workspace does not hold changes nothing")
        let two = Array(text(id: "two", body: "# Two\n").utf8)
        let back = workspace.update("a/two.md", bytes: two)
        // `two` itself is named when it comes back with findings of its own (it had none while gone).
        XCTAssertEqual(back, workspace.findings(in: "a/two.md").isEmpty ? ["a/one.md"] : ["a/one.md", "a/two.md"])
        XCTAssertFalse(workspace.findings(in: "a/one.md").contains { $0.rule == .linkBroken })
    }

    /// The findings a report is written from: merged an article at a time, the same as the
    /// array, counted the same without merging, and kept as they were when taken.
    func testAllFindingsAreTheDiagnosticsTakenAtOneMoment() throws {
        try write("a/three.md", id: "two", body: "# Three\n\n[click here](https://example.com/y) and [gone](gone.md).\n")
        let workspace = try Workspace(root: folder, pathStyle: .relative)
        let findings = workspace.allFindings
        XCTAssertEqual(Array(findings), workspace.diagnostics)
        XCTAssertEqual(findings.underestimatedCount, workspace.diagnostics.count)
        XCTAssertEqual(findings.summary(files: 3), ReportSummary(workspace.diagnostics, files: 3))
        XCTAssertGreaterThan(findings.summary(files: 3).filesWithDiagnostics, 1)
        let before = Array(findings)
        workspace.update("a/three.md", bytes: Array(text(id: "three", body: "# Three\n").utf8))
        XCTAssertEqual(Array(findings), before, "a taken sequence does not follow later updates")
        XCTAssertNotEqual(Array(workspace.allFindings), before)
    }

    func testAOneOffCheckLeavesTheContentHashOut() throws {
        let files = ArticleLoader.walk(folder).0
        let once = Workspace(checkingOnce: files, validatorRoot: folder, configuration: Configuration())
        let kept = Workspace(files: files, validatorRoot: folder)
        XCTAssertEqual(once.diagnostics, kept.diagnostics)
        XCTAssertEqual(Set(once.allFacts.map(\.contentHash)), [""])
        XCTAssertEqual(kept.allFacts.map(\.contentHash), try files.sorted().map { SHA256.hexDigest(try ArticleLoader.readBytes($0)) })
    }
}
