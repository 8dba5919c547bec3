import Foundation
import XCTest
@testable import SelfHelpKit

final class KnowledgeBaseLoadingTests: XCTestCase {
    func testLoadsEveryArticleOfTheSampleInSortedRelativePathOrder() throws {
        let kb = try SampleArticles.knowledgeBase.get()
        let (files, _) = ArticleLoader.walk(SampleArticles.folder)
        XCTAssertEqual(kb.entries.count, files.count)
        XCTAssertTrue(kb.errors.isEmpty, "\(kb.errors)")
        XCTAssertEqual(kb.entries.map(\.path), kb.entries.map(\.path).sorted())
        let catalogue = try SampleArticles.catalogue()
        XCTAssertEqual(catalogue.count, 15)
        for item in catalogue {
            let entry = try XCTUnwrap(kb.entry(atPath: item.path), item.path)
            XCTAssertEqual(entry.article.path, SampleArticles.folder + "/" + item.path)
            XCTAssertEqual(entry.article.metadata.articleId, item.articleId)
        }
    }

    func testOneJobAndManyJobsGiveTheSameEntries() throws {
        let one = try KnowledgeBase.load(folder: SampleArticles.folder, jobs: 1)
        let many = try KnowledgeBase.load(folder: SampleArticles.folder, jobs: 8)
        XCTAssertEqual(one.entries.map(\.path), many.entries.map(\.path))
        XCTAssertEqual(one.entries.map(\.article.metadata), many.entries.map(\.article.metadata))
    }

    func testMissingFolderThrowsNotFound() {
        XCTAssertThrowsError(try KnowledgeBase.load(folder: "/nonexistent/selfhelp-kb")) { error in
            XCTAssertEqual((error as? ToolError)?.kind, .notFound)
        }
    }

    func testUnreadableFileIsAToolErrorAndTheRestLoad() throws {
        guard getuid() != 0 else { throw XCTSkip("root reads every file") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("<properties articleId=\"a\" />\n# A\n".utf8).write(to: folder.appendingPathComponent("a.md"))
        let locked = folder.appendingPathComponent("b.md")
        try Data("<properties articleId=\"b\" />\n".utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        let kb = try KnowledgeBase.load(folder: folder.path)
        XCTAssertEqual(kb.entries.map(\.path), ["a.md"])
        XCTAssertEqual(kb.errors.map(\.path), [locked.path])
    }

    func testInMemoryArticlesArePlacedRelativeToTheRoot() {
        let b = ArticleParser.parse("<properties articleId=\"b\" />\n", path: "/kb/z/b.md")
        let a = ArticleParser.parse("<properties articleId=\"a\" />\n", path: "/kb/a.md")
        let outside = ArticleParser.parse("<properties articleId=\"c\" />\n", path: "other/c.md")
        let kb = KnowledgeBase(articles: [b, a, outside], root: "/kb")
        XCTAssertEqual(kb.entries.map(\.path), ["a.md", "other/c.md", "z/b.md"])
        XCTAssertTrue(kb.fileExists("/kb/z/b.md"))
        XCTAssertTrue(kb.fileExists("z/b.md"))
        XCTAssertFalse(kb.fileExists("/kb/missing.md"))
    }

    func testCrossArticleHookSeesEveryArticleInOrder() throws {
        let kb = try SampleArticles.knowledgeBase.get()
        let seen: [String] = kb.runCrossArticleChecks { articles, fileExists in
            XCTAssertTrue(fileExists(SampleArticles.folder + "/storage/blob-access-denied.md"))
            return articles.map(\.path)
        }
        XCTAssertEqual(seen, kb.entries.map(\.article.path))
    }
}
