import Foundation
import GRDB
import XCTest
import SelfHelpKit
@testable import SelfHelpSearch

final class SearchIndexFileTests: XCTestCase {
    func testWritingTwiceGivesByteIdenticalFiles() throws {
        let kb = try SampleArticles.knowledgeBase.get()
        let folder = try temporaryFolder()
        let chunks = [SearchChunk(id: "c2", articlePath: "billing/unexpected-charges.md", headingPath: ["Unexpected charges"], text: "b"),
                      SearchChunk(id: "c1", articlePath: "billing/unexpected-charges.md", headingPath: [], text: "a")]
        try SearchIndex.write(kb, chunks: chunks, to: folder + "/a.sqlite")
        // Articles given in another order sort the same way.
        try SearchIndex.write(KnowledgeBase(articles: kb.articles.reversed(), root: SampleArticles.folder), chunks: chunks, to: folder + "/b.sqlite")
        let a = try Data(contentsOf: URL(fileURLWithPath: folder + "/a.sqlite"))
        let b = try Data(contentsOf: URL(fileURLWithPath: folder + "/b.sqlite"))
        XCTAssertGreaterThan(a.count, 0)
        XCTAssertEqual(a, b)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["a.sqlite", "b.sqlite"], "no temporary file left")
    }

    func testTablesHoldTheArticlesTopicsCloudsAndChunks() throws {
        let kb = try SampleArticles.knowledgeBase.get()
        let path = try temporaryFolder() + "/kb.sqlite"
        let chunks = [SearchChunk(id: "x#0", articlePath: "storage/reset-account-keys.md", headingPath: ["Reset", "Steps"], text: "Rotate keys.")]
        try SearchIndex.write(kb, chunks: chunks, to: path)
        let queue = try DatabaseQueue(path: path)
        try queue.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM articles"), kb.entries.count)
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT article_path FROM article_support_topics WHERE support_topic_id = '32600001' ORDER BY article_path"),
                           kb.articles(forSupportTopic: "32600001").map(\.path))
            XCTAssertEqual(try String.fetchAll(db, sql: "SELECT article_path FROM article_clouds WHERE cloud = 'mooncake' ORDER BY article_path"),
                           kb.articles(inCloud: .mooncake).map(\.path))
            let row = try XCTUnwrap(Row.fetchOne(db, sql: "SELECT * FROM articles WHERE path = 'defects/cloud-spelling-conflict.md'"))
            XCTAssertEqual(row["clouds"] as String, "public,fairfax")
            XCTAssertEqual(row["service"] as String, "microsoft.storage")
            let chunk = try XCTUnwrap(Row.fetchOne(db, sql: "SELECT * FROM chunks"))
            XCTAssertEqual(chunk["heading_path"] as String, "[\"Reset\",\"Steps\"]")
            XCTAssertEqual(chunk["position"] as Int, 0)
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT value FROM selfhelp_index WHERE key = 'format'"), "selfhelp-search")
        }
    }

    func testChunkOfAnUnknownArticleIsRefusedAndNothingIsWritten() throws {
        let kb = try SampleArticles.knowledgeBase.get()
        let folder = try temporaryFolder()
        XCTAssertThrowsError(try SearchIndex.write(kb, chunks: [SearchChunk(id: "x", articlePath: "nope.md", headingPath: [], text: "")], to: folder + "/kb.sqlite")) {
            XCTAssertEqual(($0 as? ToolError)?.kind, .writeFailed)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [])
    }

    func testMissingOrForeignFilesAreNotIndexes() throws {
        let folder = try temporaryFolder()
        XCTAssertThrowsError(try SearchIndex(contentsOf: folder + "/missing.sqlite")) { XCTAssertEqual(($0 as? ToolError)?.kind, .notFound) }
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: folder + "/text.sqlite"))
        XCTAssertThrowsError(try SearchIndex(contentsOf: folder + "/text.sqlite")) { XCTAssertEqual(($0 as? ToolError)?.kind, .unreadable) }
        let other = try DatabaseQueue(path: folder + "/other.sqlite")
        try other.write { try $0.execute(sql: "CREATE TABLE t(x)") }
        try other.close()
        XCTAssertThrowsError(try SearchIndex(contentsOf: folder + "/other.sqlite")) { XCTAssertEqual(($0 as? ToolError)?.kind, .unreadable) }
    }

    func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("search-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder.path
    }
}
