import Foundation
import XCTest

/// A mistyped path in a CI step must fail the step, not pass as an empty knowledge base.
final class WrongPathTests: CLITestCase {
    func testAFolderWithNoArticlesExitsTwoForEveryCommandThatReadsOne() throws {
        let empty = try temporaryFolder()
        try Data("not an article".utf8).write(to: empty.appendingPathComponent("notes.txt"))
        let out = try temporaryFolder().appendingPathComponent("site").path
        let commands: [[String]] = [
            ["validate", empty.path],
            ["fix", empty.path],
            ["build", empty.path, "--out", out],
            ["index", empty.path, "--out", out + ".sqlite"],
        ]
        for arguments in commands {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments[0]): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("no articles found under \(empty.path)"), "\(arguments[0]): \(result.stderr)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "build wrote an output for no articles")
        XCTAssertFalse(FileManager.default.fileExists(atPath: out + ".sqlite"), "index wrote an index for no articles")
    }

    func testBuildRefusesAnOutputFolderInsideOrEqualToTheKnowledgeBase() throws {
        let kb = try temporaryFolder()
        try FileManager.default.copyItem(at: CLITestCase.packageRoot.appendingPathComponent("Articles/storage"),
                                         to: kb.appendingPathComponent("storage"))
        let before = try FileManager.default.subpathsOfDirectory(atPath: kb.path).sorted()
        for out in [kb.appendingPathComponent("site").path, kb.path, kb.path + "/storage/../", kb.appendingPathComponent("a/b").path] {
            let result = try run(["build", kb.path, "--out", out])
            XCTAssertEqual(result.status, 2, "--out \(out): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("a build would write into its own input"), result.stderr)
        }
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: kb.path).sorted(), before, "the knowledge base changed")
        // Beside it is fine, even when the name starts the same way.
        let beside = kb.path + "-site"
        addTeardownBlock { try? FileManager.default.removeItem(atPath: beside) }
        XCTAssertEqual(try run(["build", kb.path, "--out", beside, "--quiet", "--fail-on", "never"]).status, 0)
    }

    func testVersionPrintsTheSemanticVersion() throws {
        let result = try run(["--version"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertNotNil(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression), result.stdout)
        let changelog = try String(contentsOf: CLITestCase.packageRoot.appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
        XCTAssertTrue(changelog.contains("## \(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))"),
                      "CHANGELOG.md has no section for the version the CLI prints")
    }
}
