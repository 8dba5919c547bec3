import Foundation
import XCTest

/// `--config` and `--jobs` are one option each, shared by the subcommands that take them: the
/// same check and the same message everywhere.
final class SharedOptionsTests: CLITestCase {
    func testJobsBelowOneIsAUsageErrorForBuildAndIndex() throws {
        let out = try temporaryFolder().appendingPathComponent("site").path
        for arguments in [["build", "Articles", "--out", out], ["index", "Articles", "--out", out + ".sqlite"]] {
            for jobs in ["0", "-2"] {
                let result = try run(arguments + ["--jobs=\(jobs)"])
                XCTAssertEqual(result.status, 2, "\(arguments[0]) --jobs \(jobs): \(result.stderr)")
                XCTAssertTrue(result.stderr.contains("--jobs must be at least 1"), "\(arguments[0]): \(result.stderr)")
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: out + ".sqlite"), "index wrote an index with --jobs 0")
    }

    func testAMissingConfigurationIsTheSameErrorForEveryCommandThatTakesOne() throws {
        let missing = try temporaryFolder().appendingPathComponent("missing.json").path
        let out = try temporaryFolder().appendingPathComponent("site").path
        let commands: [[String]] = [
            ["validate", "Articles/storage"],
            ["fix", "Articles/storage", "--dry-run"],
            ["build", "Articles", "--out", out],
            ["serve", "Articles", "--port", "0"],
        ]
        for arguments in commands {
            let result = try run(arguments + ["--config", missing], timeout: 60)
            XCTAssertEqual(result.status, 2, "\(arguments[0]): \(result.stderr)")
            XCTAssertEqual(result.stderr, "\(missing): error: no such configuration file\n", arguments[0])
        }
    }
}
