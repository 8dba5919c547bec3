import Foundation
import XCTest

/// Runs the built `selfhelp` binary: stdout, stderr and exit status of `validate` and `rules`.
final class ValidateCommandTests: XCTestCase {
    var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let binary = packageRoot.appendingPathComponent(".build/debug/selfhelp")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw XCTSkip("build selfhelp first") }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    func testWellFormedArticlesPassAndDefectsFail() throws {
        let good = try run(["validate", "Articles/storage", "Articles/compute", "Articles/identity", "Articles/billing", "Articles/keyvault", "--no-color"])
        XCTAssertEqual(good.status, 0, good.stdout)
        let bad = try run(["validate", "Articles", "--format", "github"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.stdout.contains("::error file=Articles/defects/invalid-article-id.md,line=14,col=16,title=article-id-format::"))
    }

    func testBadConfigurationExitsWithTwo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("selfhelp-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent(".selfhelp.json")
        try Data(#"{"rules": {"no-such-rule": "off"}}"#.utf8).write(to: config)
        let result = try run(["validate", "Articles/storage", "--config", config.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("unknown rule `no-such-rule`"), result.stderr)
    }

    func testMissingPathExitsWithTwo() throws {
        XCTAssertEqual(try run(["validate", "no/such/folder"]).status, 2)
    }

    /// `validate --cache FILE`: the same report, exit status and file whether the cache is new or
    /// used; a cache file that cannot be written is exit 2, after the report.
    func testACacheChangesNothingButTheWorkDone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("selfhelp-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("validation.cache").path
        let plain = try run(["validate", "Articles", "--format", "json"])
        XCTAssertEqual(plain.status, 1)
        let first = try run(["validate", "Articles", "--format", "json", "--cache", cache])
        let written = try XCTUnwrap(FileManager.default.contents(atPath: cache))
        let second = try run(["validate", "Articles", "--format", "json", "--cache", cache])
        for result in [first, second] {
            XCTAssertEqual(result.status, plain.status, result.stderr)
            XCTAssertEqual(result.stdout, plain.stdout)
        }
        XCTAssertEqual(FileManager.default.contents(atPath: cache), written, "nothing changed, so the cache is not rewritten")
        let unwritable = try run(["validate", "Articles", "--format", "json", "--cache", folder.appendingPathComponent("no/such/folder").path])
        XCTAssertEqual(unwritable.status, 2)
        XCTAssertEqual(unwritable.stdout, plain.stdout)
        XCTAssertTrue(unwritable.stderr.contains("cannot write the validation cache"), unwritable.stderr)
    }

    /// `validate --timing`: the same report and exit status, and on standard error a table of
    /// every rule that ran, the slowest first, then parsing.
    func testTimingAddsATableOfTheRulesOnStandardError() throws {
        let plain = try run(["validate", "Articles", "--format", "json"])
        let timed = try run(["validate", "Articles", "--format", "json", "--timing"])
        XCTAssertEqual(timed.status, plain.status)
        XCTAssertEqual(timed.stdout, plain.stdout)
        XCTAssertEqual(plain.stderr, "")
        let lines = timed.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first?.split(separator: " "), ["Rule", "Time", "(ms)", "Share", "Runs"])
        let ruleCount = try run(["rules"]).stdout.split(separator: "\n").count
        XCTAssertGreaterThan(ruleCount, 60)
        XCTAssertEqual(lines.count, 1 + ruleCount + 2, "a line each rule, the total and parsing")
        let articleCount = CLITestCase.articleCount(in: packageRoot.appendingPathComponent("Articles").path)
        XCTAssertTrue(lines.contains { $0.hasPrefix("spelling ") && $0.hasSuffix(" \(articleCount)") }, timed.stderr)
        XCTAssertTrue(lines.contains { $0.hasPrefix("article-id-duplicate ") && $0.hasSuffix(" 1") }, timed.stderr)
        XCTAssertTrue(lines[lines.count - 2].hasPrefix("all rules "))
        XCTAssertTrue(lines[lines.count - 2].hasSuffix(" 100.0%"))
        XCTAssertTrue(lines[lines.count - 1].hasPrefix("parsing (not a rule) "))
        XCTAssertTrue(lines[lines.count - 1].hasSuffix(" \(articleCount)"))
        let times = lines.dropFirst().dropLast(2).map { Double($0.split(separator: " ").dropLast(2).last ?? "") ?? -1 }
        XCTAssertEqual(times, times.sorted(by: >), "the slowest first")
    }

    // `validate --catalog`: ids the fixture catalog does not know are errors; a bad catalog is exit 2.
    let fixtures = "Tests/SelfHelpKitTests/Fixtures/catalog"

    func testUnknownSupportTopicIsAnErrorWithTheCatalog() throws {
        let result = try run(["validate", "\(fixtures)/articles", "--catalog", "\(fixtures)/catalog.csv", "--format", "github"])
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("::error file=\(fixtures)/articles/unknown-topic.md,line=7,col=32,title=support-topic-id-unknown::"), result.stdout)
        XCTAssertFalse(result.stdout.contains("/known-topic.md,"), result.stdout)
        XCTAssertFalse(result.stdout.contains("product-id-unknown"), result.stdout)
    }

    func testWithoutACatalogTheCatalogRulesAreSilent() throws {
        let result = try run(["validate", "\(fixtures)/articles", "--format", "github"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertFalse(result.stdout.contains("-unknown::"), result.stdout)
    }

    func testABadCatalogExitsWithTwoNamingItsLine() throws {
        let result = try run(["validate", "\(fixtures)/articles", "--catalog", "\(fixtures)/bad-catalog.csv"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("bad-catalog.csv:3: error: 2 fields where the header row has 3"), result.stderr)
        XCTAssertEqual(try run(["validate", "\(fixtures)/articles", "--catalog", "no/such.csv"]).status, 2)
    }
}

