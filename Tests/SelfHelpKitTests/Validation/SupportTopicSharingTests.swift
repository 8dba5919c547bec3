import XCTest
@testable import SelfHelpKit

/// `SupportTopicSharing` over facts alone: same type, same id, a common cloud.
final class SupportTopicSharingTests: XCTestCase {
    func facts(_ path: String, _ type: String?, _ clouds: [String], _ ids: [String]) -> ArticleFacts {
        let at = SourceRange(start: SourceLocation(line: 1, column: 1, offset: 0), end: SourceLocation(line: 1, column: 1, offset: 0))
        return ArticleFacts(path: path, typeName: type, cloudNames: clouds, supportTopicIds: ids, supportTopicEntries: ids.map { .init(id: $0, range: at) })
    }

    func testOnlyArticlesOfOneExclusiveTypeInACommonCloudShare() {
        let shared = SupportTopicSharing.shared([
            facts("a.md", "problemScopingQuestions", ["public", "fairfax"], ["32600901", "32600902"]),
            facts("b.md", "problemScopingQuestions", ["fairfax"], ["32600901"]),
            facts("c.md", "problemScopingQuestions", ["mooncake"], ["32600902"]),
            facts("d.md", "supportTopicDescription", ["public"], ["32600902"]),
            facts("e.md", "diagnostics", ["public"], ["32600901"]),
            facts("f.md", "diagnostics", ["public"], ["32600901"]),
        ])
        XCTAssertEqual(shared.map { "\($0.path) \($0.topic.id) \($0.others) \($0.clouds)" }, [
            "a.md 32600901 [\"b.md\"] [\"fairfax\"]",
            "b.md 32600901 [\"a.md\"] [\"fairfax\"]",
        ])
    }

    func testOneTopicUnderTwoProductsIsTwoForms() {
        let at = SourceRange(start: SourceLocation(line: 1, column: 1, offset: 0), end: SourceLocation(line: 1, column: 1, offset: 0))
        func form(_ path: String, _ products: [String]) -> ArticleFacts {
            ArticleFacts(path: path, typeName: "problemScopingQuestions", cloudNames: ["public"], supportTopicIds: ["32600901"],
                         supportTopicEntries: [.init(id: "32600901", range: at)], productPesIds: products)
        }
        XCTAssertEqual(SupportTopicSharing.shared([form("a.md", ["14749"]), form("b.md", ["15571", "15797"])]), [])
        XCTAssertEqual(SupportTopicSharing.shared([form("a.md", ["14749"]), form("b.md", ["15571", "14749"])]).map(\.path), ["a.md", "b.md"])
        XCTAssertEqual(SupportTopicSharing.shared([form("a.md", []), form("b.md", ["15571"])]).map(\.path), ["a.md", "b.md"])
    }

    func testIdsCompareInAnyCaseAndAnArticleWithoutCloudsOverlapsAll() {
        let shared = SupportTopicSharing.shared([
            facts("a.md", "supportTopicDescription", [], ["AB12CD34-0000-4000-8000-000000000001"]),
            facts("b.md", "supportTopicDescription", ["usnat"], ["ab12cd34-0000-4000-8000-000000000001"]),
        ])
        XCTAssertEqual(shared.map(\.path), ["a.md", "b.md"])
        XCTAssertEqual(shared.first?.clouds, ["usnat"])
    }

    func testFactsOfAnArticleTakeDisableCloudsOff() {
        let article = ArticleParser.parse(Example.articleText(PayloadSchemaRule.formFields + [#"cloudEnvironments="public, fairfax""#, #"disableClouds="fairfax""#],
                                                              body: Example.scopingForm), path: "a.md")
        let facts = Validator().facts(of: article)
        XCTAssertEqual(facts.cloudNames, ["public"])
        XCTAssertEqual(facts.selfHelpType?.name, "problemScopingQuestions")
        XCTAssertEqual(facts.supportTopicEntries.map(\.id), ["32600901"])
        XCTAssertEqual(facts.supportTopicEntries.first?.range.start.line, 9)
        XCTAssertEqual(ArticleFacts(bytes: facts.bytes()), facts, "the entries survive the build records")
    }

    /// Hundreds of forms claiming one topic: each finding names five others and counts the rest,
    /// so the findings grow with the articles, not with their square.
    func testManyClaimantsAreNamedUpToALimit() {
        let forms = (0..<300).map { facts("f\($0).md", "problemScopingQuestions", ["public"], ["32600901"]) }
        let found = SupportTopicIdSharedRule().check(forms, in: KnowledgeBaseContext(rule: "support-topic-id-shared", configuration: Configuration(),
                                                                                       severity: { _ in .warning }, fileExists: { _ in false }))
        XCTAssertEqual(found.count, 300)
        let first = found.first { $0.file == "f0.md" }
        XCTAssertTrue(first?.message.contains("`f1.md`, `f10.md`, `f100.md`, `f101.md`, `f102.md` and 294 more") ?? false, first?.message ?? "")
        XCTAssertEqual(first?.notes.count, 6)
        XCTAssertEqual(first?.notes.last, "and 294 other articles")
    }
}
