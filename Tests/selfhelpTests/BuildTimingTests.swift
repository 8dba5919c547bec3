import Foundation
@testable import SelfHelpBuild
import SelfHelpKit
import XCTest

/// ``BuildTimings`` and `selfhelp build --timing`: every step a build takes is timed, and the
/// rules run on the articles it checks: all of them on a clean build, the edited one on a rebuild.
final class BuildTimingTests: CLITestCase {
    private static let ownSteps = [
        "list the knowledge base", "check the outputs' folders", "read the previous build's records",
        "hash the files that may have changed", "prepare the output folder",
        "stream the articles: read, parse, check, render, write", "cross-article rules",
        "the pages' surroundings (cross-article findings, related articles)", "SARIF log", "feeds and manifest",
        "wait for the site", "records in place",
    ]

    private func build(_ kb: URL, into out: URL) throws -> BuildTimings {
        let timings = BuildTimings()
        var options = SiteBuilder.Options(jobs: 2)
        options.timings = timings
        _ = try SiteBuilder(knowledgeBase: kb.path, outDir: out.path, options: options).build()
        return timings
    }

    private func runs(_ rule: RuleID, _ timings: BuildTimings) -> Int? {
        timings.rules.entries.first { $0.rule == rule }?.runs
    }

    func testABuildTimesEachStepAndTheRulesOfTheArticlesItChecks() throws {
        let kb = try knowledgeBaseCopy()
        let out = kb.deletingLastPathComponent().appendingPathComponent("out")
        let articles = Self.articleCount(in: kb.path)
        XCTAssertGreaterThan(articles, 20)

        let clean = try build(kb, into: out)
        XCTAssertEqual(clean.steps.filter { !$0.isBeside }.map(\.name), Self.ownSteps)
        XCTAssertEqual(Set(clean.steps.filter(\.isBeside).map(\.name)), ["search shards and result documents", "listings, media and the site's record"])
        XCTAssertTrue(clean.steps.allSatisfy { $0.seconds >= 0 })
        XCTAssertEqual(runs(.spelling, clean), articles)
        XCTAssertEqual(clean.rules.parsing.articles, articles)
        XCTAssertEqual(runs(.articleIdDuplicate, clean), 1, "a cross-article rule runs once over every article's facts")

        // One article edited: its rules run on it alone, the cross-article rules once over all.
        let edited = kb.appendingPathComponent("storage/reset-account-keys.md")
        try (try String(contentsOf: edited, encoding: .utf8) + "\nOne more line.\n").write(to: edited, atomically: true, encoding: .utf8)
        let rebuild = try build(kb, into: out)
        XCTAssertEqual(rebuild.steps.filter { !$0.isBeside }.map(\.name), Self.ownSteps)
        XCTAssertEqual(runs(.spelling, rebuild), 1)
        XCTAssertEqual(rebuild.rules.parsing.articles, 1)
        XCTAssertEqual(runs(.articleIdDuplicate, rebuild), 1)

        // Nothing changed: the build stops as soon as it sees so, before any article is read.
        let unchanged = try build(kb, into: out)
        XCTAssertEqual(unchanged.steps.map(\.name), ["list the knowledge base", "check the outputs' folders"])
        XCTAssertEqual(unchanged.rules.entries, [])
    }

    func testTheCommandPrintsTheStepsThenTheRulesOnStandardError() throws {
        let kb = try knowledgeBaseCopy()
        let out = kb.deletingLastPathComponent().appendingPathComponent("out")
        let plain = try run(["build", kb.path, "--out", out.path, "--quiet", "--fail-on", "never"])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(plain.stderr, "")
        try FileManager.default.removeItem(at: out)
        let timed = try run(["build", kb.path, "--out", out.path, "--quiet", "--fail-on", "never", "--timing"])
        XCTAssertEqual(timed.status, 0, timed.stderr)
        XCTAssertEqual(timed.stdout, "")
        let tables = timed.stderr.components(separatedBy: "\n\n")
        XCTAssertEqual(tables.count, 2, timed.stderr)
        let steps = tables[0].split(separator: "\n").map { String($0) }
        XCTAssertEqual(steps.first?.split(separator: " "), ["Step", "Time", "(ms)"])
        XCTAssertEqual(steps.dropFirst().prefix(Self.ownSteps.count).map { $0.split(separator: " ").dropLast().joined(separator: " ") }, Self.ownSteps)
        XCTAssertTrue(steps[Self.ownSteps.count + 1].hasPrefix("total "), tables[0])
        XCTAssertEqual(steps.filter { $0.hasPrefix("beside: ") }.count, 2)
        let rules = tables[1].split(separator: "\n")
        XCTAssertEqual(rules.first?.split(separator: " "), ["Rule", "Time", "(ms)", "Share", "Runs"])
        XCTAssertTrue(rules.contains { $0.hasPrefix("spelling ") })
        XCTAssertTrue(rules.last?.hasPrefix("parsing (not a rule) ") == true, tables[1])
    }
}
