import XCTest
@testable import SelfHelpKit

/// A renamed rule keeps its old id working: `link-aka-ms` plays a rule once called `aka-ms-link`.
final class DeprecatedAliasTests: XCTestCase {
    let renamed: RuleDescription = {
        var description = RuleRegistry.description(of: "link-aka-ms")!
        description.deprecatedAliases = ["aka-ms-link"]
        return description
    }()

    func rule(named id: RuleID) -> RuleDescription? {
        renamed.deprecatedAliases.contains(id) ? renamed : RuleRegistry.description(of: id)
    }

    func testConfigurationSetsTheRuleNamedByItsOldId() throws {
        let json = #"{"rules": {"aka-ms-link": "off"}, "overrides": [{"files": ["x/**"], "rules": {"aka-ms-link": "error"}}]}"#
        let configuration = try ConfigurationLoader.parse(Array(json.utf8), path: "c.json", rules: rule(named:))
        XCTAssertEqual(configuration.rules, ["link-aka-ms": .off])
        XCTAssertEqual(configuration.overrides.first?.rules, ["link-aka-ms": .severity(.error)])
    }

    func testConfigurationStillRejectsAnIdNoRuleHad() {
        XCTAssertThrowsError(try ConfigurationLoader.parse(Array(#"{"rules": {"aka-ms-links": "off"}}"#.utf8), path: "c.json",
                                                           rules: rule(named:)))
    }

    func testSuppressionByTheOldIdSuppressesTheRule() {
        let source = SourceText("<!-- selfhelp-disable-next-line aka-ms-link, link-insecure -->\nSee [a](http://aka.ms/a).\n")
        let suppressions = Suppressions(source, currentID: { self.rule(named: $0)?.id ?? $0 })
        XCTAssertTrue(suppressions.suppresses("link-aka-ms", line: 2))
        XCTAssertTrue(suppressions.suppresses("link-insecure", line: 2))
        XCTAssertFalse(suppressions.suppresses("aka-ms-link", line: 2), "diagnostics carry the current id only")
    }

    func testRegistryNamesEveryAliasOnce() {
        var seen = Set(RuleRegistry.descriptions.map(\.id))
        for description in RuleRegistry.descriptions {
            for alias in description.deprecatedAliases {
                XCTAssertTrue(seen.insert(alias).inserted, "\(alias) is another rule's id or alias")
                XCTAssertEqual(RuleRegistry.currentID(of: alias), description.id)
            }
        }
        XCTAssertEqual(RuleRegistry.currentID(of: "no-such-rule"), "no-such-rule")
    }
}
