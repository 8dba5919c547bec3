import Foundation
import XCTest
@testable import SelfHelpKit

final class KnowledgeBaseLookupTests: XCTestCase {
    func testSupportTopicLookupReturnsExactlyTheArticlesWhoseHeadersNameIt() throws {
        let kb = try SampleArticles.knowledgeBase.get()
        XCTAssertEqual(kb.articles(forSupportTopic: "32600001").map(\.path), ["storage/blob-access-denied.md", "storage/reset-account-keys.md"])
        // Every topic: the lookup equals a scan of the parsed headers.
        var expected: [String: Set<String>] = [:]
        for entry in kb.entries {
            for topic in entry.article.metadata.supportTopicIds { expected[topic, default: []].insert(entry.path) }
        }
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(Set(kb.supportTopicIds), Set(expected.keys))
        for (topic, paths) in expected {
            let found = kb.articles(forSupportTopic: topic).map(\.path)
            XCTAssertEqual(found, paths.sorted(), topic)
        }
        // And the catalogue of well-formed articles agrees, outside defects/.
        var catalogued: [String: [String]] = [:]
        for item in try SampleArticles.catalogue() {
            for topic in item.supportTopicIds { catalogued[topic, default: []].append(item.path) }
        }
        for (topic, paths) in catalogued {
            let found = kb.articles(forSupportTopic: topic).map(\.path).filter { !$0.hasPrefix("defects/") }
            XCTAssertEqual(found, paths.sorted(), topic)
        }
        XCTAssertEqual(kb.articles(forSupportTopic: " 32600101 ").count, 2)
        XCTAssertTrue(kb.articles(forSupportTopic: "99999999").isEmpty)
    }

    func testRepeatedSupportTopicInOneHeaderListsTheArticleOnce() throws {
        let kb = try SampleArticles.knowledgeBase.get()
        XCTAssertEqual(kb.articles(forSupportTopic: "32600903").map(\.path), ["defects/invalid-article-id.md"])
    }

    func testArticleIdLookupIgnoresCaseAndKeepsDuplicates() throws {
        let kb = try SampleArticles.knowledgeBase.get()
        for item in try SampleArticles.catalogue() {
            XCTAssertEqual(kb.article(withId: item.articleId.uppercased())?.path, item.path)
        }
        let duplicated = try XCTUnwrap(kb.entry(atPath: "defects/duplicate-article-id.md")?.article.metadata.articleId)
        XCTAssertEqual(kb.articles(withId: duplicated).map(\.path), ["defects/cloud-spelling-conflict.md", "defects/duplicate-article-id.md"])
        XCTAssertNil(kb.article(withId: "no-such-id"))
    }

    func testTypeLookupMatchesTheCatalogue() throws {
        let kb = try SampleArticles.knowledgeBase.get()
        let catalogue = try SampleArticles.catalogue()
        for type in Set(catalogue.map(\.type)) {
            let expected = catalogue.filter { $0.type == type }.map(\.path).sorted()
            let found = kb.articles(ofType: SelfHelpType(raw: type)).map(\.path).filter { !$0.hasPrefix("defects/") }
            XCTAssertEqual(found, expected, type)
        }
        XCTAssertEqual(kb.articles(ofType: SelfHelpType(raw: "tsg_content")).map(\.path),
                       ["compute/vm-boot-failure-tsg.md", "keyvault/secret-rotation-tsg.md"])
    }

    func testServiceLookupIgnoresCaseAndNarrowsByResource() throws {
        let kb = try SampleArticles.knowledgeBase.get()
        let keyVault = kb.articles(forService: "Microsoft.KeyVault").map(\.path)
        XCTAssertEqual(keyVault, kb.entries.filter { $0.article.metadata.service?.normalized == "microsoft.keyvault" }.map(\.path))
        XCTAssertTrue(keyVault.contains("keyvault/access-denied-to-secrets.md"))
        let scaleSets = kb.articles(forService: "microsoft.compute", resource: "VirtualMachineScaleSets")
        XCTAssertEqual(scaleSets.map { $0.article.metadata.resource }, scaleSets.map { _ in "virtualmachinescalesets" })
        XCTAssertFalse(scaleSets.isEmpty)
        XCTAssertTrue(kb.articles(forService: "microsoft.compute", resource: "vaults").isEmpty)
        XCTAssertTrue(kb.articles(forService: "microsoft.nothing").isEmpty)
    }

    func testCloudLookupLeavesOutDisabledClouds() {
        func make(_ path: String, _ clouds: String, disabled: String = "") -> Article {
            ArticleParser.parse("<properties articleId=\"\(path)\" cloudEnvironments=\"\(clouds)\" disableClouds=\"\(disabled)\" />\n# T\n", path: path)
        }
        let kb = KnowledgeBase(articles: [
            make("everywhere.md", "public, fairfax, mooncake"),
            make("not-mooncake.md", "Public, MoonCake, FairFax", disabled: "MOONCAKE"),
            make("public-only.md", "public", disabled: "fairfax"),
            make("nowhere.md", ""),
        ])
        XCTAssertEqual(kb.articles(inCloud: .mooncake).map(\.path), ["everywhere.md"])
        XCTAssertEqual(kb.articles(inCloud: .fairfax).map(\.path), ["everywhere.md", "not-mooncake.md"])
        XCTAssertEqual(kb.articles(inCloud: CloudEnvironment(raw: "PUBLIC")).map(\.path), ["everywhere.md", "not-mooncake.md", "public-only.md"])
        XCTAssertTrue(kb.articles(inCloud: .ussec).isEmpty)
        XCTAssertEqual(kb.clouds, [.fairfax, .mooncake, .public])
    }

    func testCloudLookupOnTheSampleMatchesEffectiveClouds() throws {
        let kb = try SampleArticles.knowledgeBase.get()
        let mooncake = kb.articles(inCloud: .mooncake).map(\.path)
        XCTAssertFalse(mooncake.contains("defects/cloud-spelling-conflict.md"))
        XCTAssertTrue(kb.articles(inCloud: .fairfax).map(\.path).contains("defects/cloud-spelling-conflict.md"))
        XCTAssertEqual(mooncake, kb.entries.filter { $0.article.metadata.effectiveClouds.contains(.mooncake) }.map(\.path))
    }
}
