import Foundation
import XCTest
import SelfHelpKit
@testable import SelfHelpSearch

final class SearchIndexTests: XCTestCase {
    /// The sample knowledge base indexed in memory, once.
    static let index: Result<SearchIndex, Error> = Result { try SearchIndex(SampleArticles.knowledgeBase.get()) }

    func testPasswordSynchronizationFindsThePasswordSyncArticleFirst() throws {
        let results = try Self.index.get().search("password synchronization")
        XCTAssertEqual(results.first?.path, "identity/password-sync-not-working.md")
        XCTAssertEqual(results.first?.title, "Password synchronization is not working")
        XCTAssertEqual(results.first?.selfHelpType, "generic")
        XCTAssertEqual(results.first?.service, "microsoft.aad")
        XCTAssertTrue(results.first?.snippet.contains("[") ?? false, results.first?.snippet ?? "")
        XCTAssertEqual(results.first?.titleMatch, .phrase)
        for (a, b) in zip(results, results.dropFirst()) where a.titleMatch == b.titleMatch {
            XCTAssertGreaterThanOrEqual(a.score, b.score)
        }
    }

    func testStemmingMatchesOtherFormsOfAWord() throws {
        let results = try Self.index.get().search("synchronizing passwords")
        XCTAssertEqual(results.first?.path, "identity/password-sync-not-working.md")
    }

    func testFiltersNarrowTheResults() throws {
        let index = try Self.index.get()
        let kb = try SampleArticles.knowledgeBase.get()
        let all = try index.search("access", limit: 100)
        XCTAssertGreaterThan(all.count, 1)
        let storage = try index.search("access", service: "Microsoft.Storage", limit: 100)
        XCTAssertFalse(storage.isEmpty)
        XCTAssertTrue(storage.allSatisfy { $0.service?.lowercased() == "microsoft.storage" })
        let resource = try index.search("access", type: .resource, limit: 100)
        XCTAssertFalse(resource.isEmpty)
        XCTAssertTrue(resource.allSatisfy { $0.selfHelpType == "resource" })
        let mooncake = try index.search("replication", cloud: .mooncake, limit: 100).map(\.path)
        let mooncakePaths = Set(kb.articles(inCloud: .mooncake).map(\.path))
        XCTAssertTrue(mooncake.allSatisfy(mooncakePaths.contains))
        XCTAssertFalse(mooncake.contains("defects/cloud-spelling-conflict.md"))
        XCTAssertTrue(try index.search("replication", cloud: .fairfax, limit: 100).map(\.path).contains("defects/cloud-spelling-conflict.md"))
        XCTAssertEqual(try index.search("access", limit: 1).count, 1)
    }

    func testHostileQueriesDoNotBreakTheMatchExpression() throws {
        let index = try Self.index.get()
        for query in ["\"", "*", "NEAR(", "-", "OR", "AND password", "password OR", "\"password", "title:password",
                      "pass*", "(sync", "NOT", "-password", "^", "a\u{0}b", "'; DROP TABLE articles; --", "\u{FEFF}"] {
            XCTAssertNoThrow(try index.search(query), query)
        }
        XCTAssertEqual(try index.search("*").count, 0)
        XCTAssertEqual(try index.search("\"password").first?.path, try index.search("password").first?.path)
    }

    func testEmptyQueryOrBadLimitIsAUsageError() throws {
        let index = try Self.index.get()
        for query in ["", "   ", "\n\t"] {
            XCTAssertThrowsError(try index.search(query)) { XCTAssertEqual(($0 as? ToolError)?.kind, .usage) }
        }
        XCTAssertThrowsError(try index.search("password", limit: 0)) { XCTAssertEqual(($0 as? ToolError)?.kind, .usage) }
    }

    func testAbbreviationsMatchTheirLongForm() throws {
        let index = try Self.index.get()
        XCTAssertTrue(try index.search("password sync").map(\.path).contains("identity/password-sync-not-working.md"))
        XCTAssertEqual(try index.search("password sync").first?.path, "identity/password-sync-not-working.md")
    }

    func testWhenNoArticleHasEveryWordAnyWordMatches() throws {
        let index = try Self.index.get()
        let results = try index.search("password zzzunknownword", limit: 100)
        XCTAssertFalse(results.isEmpty)
        XCTAssertEqual(results.map(\.path), try index.search("password", limit: 100).map(\.path))
        XCTAssertTrue(results.allSatisfy { !$0.matchedEveryWord })
        XCTAssertTrue(try index.search("password synchronization").allSatisfy(\.matchedEveryWord))
    }

    func testFilterValuesAreTheIndexsOwnAndUnknownOnesAreNamed() throws {
        let index = try Self.index.get()
        let values = try index.filterValues()
        XCTAssertEqual(values.clouds, values.clouds.sorted())
        XCTAssertTrue(values.clouds.contains("public") && values.clouds.contains("mooncake"), "\(values.clouds)")
        XCTAssertTrue(values.types.contains("generic"), "\(values.types)")
        XCTAssertTrue(values.services.contains { $0.lowercased() == "microsoft.storage" }, "\(values.services)")
        XCTAssertThrowsError(try index.search("password", cloud: CloudEnvironment(raw: "pubic"))) {
            let error = $0 as? ToolError
            XCTAssertEqual(error?.kind, .usage)
            XCTAssertTrue(error?.message.contains("unknown cloud \"pubic\"; known values: ") == true, "\(String(describing: error))")
        }
        XCTAssertThrowsError(try index.search("password", service: "microsoft.storag")) {
            XCTAssertTrue(($0 as? ToolError)?.message.contains("microsoft.storage") == true)
        }
        XCTAssertThrowsError(try index.search("password", type: SelfHelpType(raw: "faq"))) {
            XCTAssertTrue(($0 as? ToolError)?.message.contains("TSG_Content") == true)
        }
        // Service spelling and case do not matter for a service the index has.
        XCTAssertFalse(try index.search("access", service: "MICROSOFT.STORAGE", limit: 1).isEmpty)
    }

    func testAResultPrintsAsTitlePathFacetsAndSnippet() throws {
        let result = try XCTUnwrap(try Self.index.get().search("password synchronization").first)
        let text = String(describing: result)
        XCTAssertTrue(text.hasPrefix("\(result.title) — \(result.path) ("), text)
        XCTAssertTrue(text.contains("\n  " + result.snippet.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")), text)
        XCTAssertFalse(text.contains("SearchResult("), text)
    }

    func testQueryTermsAreQuotedAndPunctuationOnlyWordsDropped() {
        XCTAssertEqual(SearchQuery.terms("a \"b\" * - NEAR( c"), ["a", "\"b\"", "NEAR(", "c"])
        XCTAssertEqual(SearchQuery.expression(["a", "\"b\""], mode: .all), "\"a\" AND \"\"\"b\"\"\"")
        XCTAssertEqual(SearchQuery.expression(["a", "b"], mode: .any), "\"a\" OR \"b\"")
        XCTAssertNil(SearchQuery.expression([], mode: .all))
        XCTAssertEqual(SearchQuery.expression(["password", "Synchronizing", "vm"], mode: .all),
                       "\"password\" AND (\"Synchronizing\" OR \"sync\") AND (\"vm\" OR \"virtual machine\")")
        XCTAssertEqual(SearchQuery.phrase(["a", "b\""]), "\"a b\"\"\"")
    }

    func testKnowledgeBaseSearchMatchesTheIndexFile() throws {
        let kb = try SampleArticles.knowledgeBase.get()
        let file = try temporaryFile()
        try SearchIndex.write(kb, to: file)
        let fromFile = try SearchIndex.search("password synchronization", in: file)
        XCTAssertEqual(try kb.search("password synchronization"), fromFile)
    }

    func temporaryFile() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("search-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder.appendingPathComponent("kb.sqlite").path
    }
}
