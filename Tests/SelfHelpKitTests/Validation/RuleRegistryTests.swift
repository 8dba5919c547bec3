import Foundation
import XCTest
@testable import SelfHelpKit

final class RuleRegistryTests: XCTestCase {
    func testIdsAreUniqueAndLowercaseKebab() {
        let ids = RuleRegistry.descriptions.map(\.id.rawValue)
        XCTAssertEqual(ids.count, Set(ids).count, "duplicate rule ids")
        for id in ids {
            XCTAssertNotNil(id.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression), "\(id) is not lower-case kebab")
        }
    }

    func testIssueIdsAllExist() {
        let required = """
            encoding-invalid-utf8 encoding-bom header-missing header-unterminated header-leading-text header-syntax \
            header-duplicate-key header-unknown-key header-key-case header-value-whitespace article-id-missing \
            article-id-format article-id-duplicate support-topic-id-format product-id-format id-list-duplicate-entry \
            cloud-unknown cloud-spelling cloud-conflict self-help-type-unknown self-help-type-case service-format \
            display-order-format required-field title-missing title-multiple heading-no-space section-heading-style \
            image-alt-missing table-unsupported callout-unsupported code-language-unsupported list-depth \
            placeholder-unbalanced region-unbalanced html-unsafe link-aka-ms link-locale link-internal-review \
            link-vague-text link-insecure link-youtube-ampersand link-data-blade-syntax link-malformed link-broken \
            payload-missing payload-json-invalid payload-schema
            """.split(separator: " ").map { RuleID(String($0)) }
        for id in required { XCTAssertNotNil(RuleRegistry.description(of: id), "rule \(id) is missing") }
    }

    /// The severity contract (Docs/validation.md): an error rule says what breaks in the portal or
    /// what is lost, in a sentence that starts `Error:`; a rule that cannot say so is a warning.
    func testEveryErrorRuleSaysWhatBreaks() {
        let consequences = ["lost", "dead", "damaged", "broken", "garbled", "script would run"]
        for rule in RuleRegistry.descriptions where rule.defaultSeverity == .error {
            guard let range = rule.rationale.range(of: "Error: ") else {
                XCTFail("\(rule.id): an error rule's rationale needs a sentence `Error: <what breaks or is lost>`")
                continue
            }
            let sentence = rule.rationale[range.upperBound...].prefix { $0 != "." }
            XCTAssertTrue(consequences.contains { sentence.contains($0) }, "\(rule.id): `Error: \(sentence)` does not say what breaks or is lost")
        }
    }

    func testFixableRulesAreTheExpectedOnes() {
        let fixable = Set(RuleRegistry.descriptions.filter(\.isFixable).map(\.id.rawValue))
        XCTAssertEqual(fixable, ["encoding-bom", "header-key-case", "header-value-whitespace", "cloud-spelling", "self-help-type-case",
                                 "heading-blank-line-after", "heading-blank-line-before", "id-list-empty-entry", "text-invisible-character",
                                 "heading-indented", "product-name"])
    }

    /// Every `*Rule.swift` under Validation/Rules declares a registered rule.
    func testEveryRuleFileIsRegistered() throws {
        let rulesFolder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/SelfHelpKit/Validation/Rules")
        guard let enumerator = FileManager.default.enumerator(atPath: rulesFolder.path) else { throw XCTSkip("sources not available") }
        let registered = Set((RuleRegistry.articleRules.map { String(describing: $0) }) + RuleRegistry.knowledgeBaseRules.map { String(describing: $0) })
        var files = 0
        for case let file as String in enumerator where file.hasSuffix("Rule.swift") {
            files += 1
            let name = (file as NSString).lastPathComponent.replacingOccurrences(of: ".swift", with: "")
            XCTAssertTrue(registered.contains(name), "\(file) is not in RuleRegistry")
        }
        XCTAssertEqual(files, registered.count)
    }

    func testRulesDocIsFresh() throws {
        let doc = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Docs/rules.md")
        guard let committed = try? String(contentsOf: doc, encoding: .utf8) else { throw XCTSkip("Docs/rules.md not found") }
        XCTAssertEqual(committed, RuleReference.markdown(), "Docs/rules.md is stale: run `selfhelp rules --format markdown > Docs/rules.md`")
    }
}
