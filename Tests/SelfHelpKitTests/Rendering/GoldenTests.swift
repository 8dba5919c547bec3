import Foundation
import XCTest
@testable import SelfHelpKit

/// Golden files for the three renderers over the small articles of Fixtures/render, read by a
/// person in review. Re-record on purpose with `RECORD_GOLDEN=1 swift test --filter GoldenTests`
/// (the files are written into the source tree, next to this test's fixtures).
final class GoldenTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let names = ["vm-start-failure", "health-event-placeholders", "scoping-form"]
    var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    func load(_ name: String) throws -> (Article, [UInt8]) {
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("render/\(name).md")))
        return (ArticleParser.parse(bytes, path: "render/\(name).md"), bytes)
    }

    func check(_ actual: String, golden file: String, line: UInt = #line) throws {
        let url = Self.fixtures.appendingPathComponent("Golden/\(file)")
        if recording {
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return XCTFail("missing golden \(file): run RECORD_GOLDEN=1 swift test --filter GoldenTests", line: line)
        }
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            XCTFail("""
                \(file) differs at line \(first + 1):
                  expected: \(first < e.count ? String(e[first]) : "<end>")
                  actual:   \(first < a.count ? String(a[first]) : "<end>")
                (re-record with RECORD_GOLDEN=1 if the change is intended)
                """, line: line)
        }
    }

    func testHTMLFragments() throws {
        for name in Self.names {
            let (article, _) = try load(name)
            try check(HTMLRenderer().render(article), golden: "\(name).html")
        }
    }

    func testStandalonePage() throws {
        let (article, _) = try load("vm-start-failure")
        let page = HTMLRenderer(options: RenderOptions(rewriteArticleLinks: true), standalone: true).render(article)
        XCTAssertEqual(HTMLOutputChecker.problems(in: page, page: true), [])
        try check(page, golden: "vm-start-failure.page.html")
    }

    func testHTMLWithPlaceholderValues() throws {
        let (article, _) = try load("health-event-placeholders")
        let html = HTMLRenderer(options: RenderOptions(variables: ["vmName": "vm-01 <prod>", "startTime": "2024-05-01 10:00"])).render(article)
        try check(html, golden: "health-event-placeholders.vars.html")
    }

    func testPlainText() throws {
        for name in Self.names {
            let (article, _) = try load(name)
            try check(PlainTextRenderer().render(article), golden: "\(name).txt")
        }
        let (article, _) = try load("vm-start-failure")
        try check(PlainTextRenderer(width: 60).render(article), golden: "vm-start-failure.w60.txt")
    }

    func testJSON() throws {
        for name in Self.names {
            let (article, bytes) = try load(name)
            try check(JSONRenderer(chunking: ChunkingOptions(maximumTokens: 64, overlapTokens: 16)).render(article, fileBytes: bytes), golden: "\(name).json")
        }
    }

    // MARK: Our own knowledge base (Articles/)

    static let articles = fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Articles")
    /// A few articles of Articles/ with a golden each per renderer (one of every body shape).
    static let articleGoldens = ["compute/vm-disk-performance-apollo.md", "compute/vm-unexpected-restart-rca.md",
                                 "identity/scoping-directory-sync.md", "storage/storage-support-topics.md",
                                 "defects/unsafe-html-type-service.md"]

    func testArticlesGoldens() throws {
        guard FileManager.default.fileExists(atPath: Self.articles.path) else { throw XCTSkip("no Articles/ folder") }
        for relative in Self.articleGoldens {
            let url = Self.articles.appendingPathComponent(relative)
            guard let data = try? Data(contentsOf: url) else { XCTFail("missing \(relative)"); continue }
            let bytes = [UInt8](data)
            let article = ArticleParser.parse(bytes, path: "Articles/" + relative)
            let stem = "Articles/" + relative.replacingOccurrences(of: "/", with: "--").replacingOccurrences(of: ".md", with: "")
            try check(HTMLRenderer().render(article), golden: stem + ".html")
            try check(PlainTextRenderer(width: 100).render(article), golden: stem + ".txt")
            try check(JSONRenderer().render(article, fileBytes: bytes), golden: stem + ".json")
        }
    }

    /// Every article of Articles/ renders to the three forms, and its HTML passes the checker.
    func testEveryArticleOfTheKnowledgeBaseRendersSafely() throws {
        guard FileManager.default.fileExists(atPath: Self.articles.path) else { throw XCTSkip("no Articles/ folder") }
        let files = ArticleLoader.articleFiles(in: [Self.articles.path]).files
        XCTAssertGreaterThan(files.count, 10)
        for path in files {
            let article = try ArticleLoader.load(path)
            XCTAssertEqual(HTMLOutputChecker.problems(in: HTMLRenderer(standalone: true).render(article), page: true), [], path)
            XCTAssertFalse(PlainTextRenderer().render(article).isEmpty, path)
            _ = JSONRenderer().render(article)
        }
    }

    func testGoldenHTMLPassesTheIndependentChecker() throws {
        for name in Self.names {
            let (article, _) = try load(name)
            XCTAssertEqual(HTMLOutputChecker.problems(in: HTMLRenderer().render(article)), [], name)
        }
    }
}
