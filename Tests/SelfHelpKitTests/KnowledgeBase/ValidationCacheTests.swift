import Foundation
import XCTest
@testable import SelfHelpKit

/// `ValidationCache`: a load with the cache finds exactly what a load without it finds, and
/// checks again only the articles whose bytes or settings changed.
final class ValidationCacheTests: XCTestCase {
    var folder = ""
    var cachePath = ""

    override func setUpWithError() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("selfhelp-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        folder = scratch.appendingPathComponent("kb").path
        try FileManager.default.copyItem(atPath: SampleArticles.folder, toPath: folder)
        cachePath = scratch.appendingPathComponent("validation.cache").path
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent)
    }

    /// Loads the folder with a fresh `ValidationCache` on `cachePath`, saves it, and checks that
    /// the findings are those of a load without a cache; returns how many articles it reused.
    func loadWithCache(_ configuration: Configuration = Configuration(), file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let cache = ValidationCache(path: cachePath)
        let cached = try Workspace(root: folder, configuration: configuration, cache: cache)
        let fresh = try Workspace(root: folder, configuration: configuration)
        XCTAssertEqual(cached.diagnostics, fresh.diagnostics, file: file, line: line)
        XCTAssertEqual(cached.allFacts.map(\.path), fresh.allFacts.map(\.path), file: file, line: line)
        try cache.save(cached.allFacts)
        return cache.reusedCount
    }

    var articleCount: Int { ArticleLoader.walk(folder).0.count }

    func testASecondLoadReusesEveryArticle() throws {
        XCTAssertEqual(try loadWithCache(), 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cachePath))
        XCTAssertEqual(try loadWithCache(), articleCount)
    }

    func testAnEditedArticleIsCheckedAgainAndItsNeighboursFindingsFollow() throws {
        _ = try loadWithCache()
        // The edit gives the article another's id: both get a cross-article finding.
        let edited = folder + "/storage/storage-support-topics.md"
        let otherId = try XCTUnwrap(Workspace(root: folder).allFacts.first { $0.path.contains("/compute/") }?.articleId)
        var text = try String(contentsOfFile: edited, encoding: .utf8)
        let range = try XCTUnwrap(text.range(of: #"articleId="[^"]*""#, options: .regularExpression))
        text.replaceSubrange(range, with: "articleId=\"\(otherId)\"")
        try text.write(toFile: edited, atomically: true, encoding: .utf8)
        XCTAssertEqual(try loadWithCache(), articleCount - 1)
        XCTAssertTrue(try Workspace(root: folder).diagnostics.contains { $0.rule == .articleIdDuplicate && $0.file == edited })
    }

    func testATouchedArticleIsReusedByItsBytes() throws {
        _ = try loadWithCache()
        let touched = folder + "/billing/" + (try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: folder + "/billing").first))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3_600)], ofItemAtPath: touched)
        XCTAssertEqual(try loadWithCache(), articleCount)
        XCTAssertEqual(try loadWithCache(), articleCount)
    }

    func testOtherSettingsCheckEveryArticleAgain() throws {
        _ = try loadWithCache()
        var quieter = Configuration()
        quieter.rules[.spelling] = .off
        XCTAssertEqual(try loadWithCache(quieter), 0)
        var larger = Configuration()
        larger.maximumArticleSize = 1_000
        XCTAssertEqual(try loadWithCache(larger), 0)
    }

    func testADamagedOrForeignFileIsReadAsEmptyAndReplaced() throws {
        _ = try loadWithCache()
        let whole = try XCTUnwrap(FileManager.default.contents(atPath: cachePath))
        for damaged in [whole.prefix(whole.count / 2), Data("not a cache".utf8), Data(), whole + Data([0])] {
            try damaged.write(to: URL(fileURLWithPath: cachePath))
            XCTAssertEqual(try loadWithCache(), 0)
            XCTAssertEqual(try loadWithCache(), articleCount)
        }
    }

    func testAFileThatCannotBeWrittenThrowsAToolError() throws {
        let cache = ValidationCache(path: folder + "/no-such-folder/validation.cache")
        let workspace = try Workspace(root: folder, cache: cache)
        XCTAssertThrowsError(try cache.save(workspace.allFacts)) { error in
            XCTAssertEqual((error as? ToolError)?.kind, .writeFailed)
        }
    }
}
