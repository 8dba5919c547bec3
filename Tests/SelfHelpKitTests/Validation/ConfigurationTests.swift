import XCTest
@testable import SelfHelpKit

final class ConfigurationTests: XCTestCase {
    let defective = ArticleParser.parse(Example.articleText([#"cloudEnvironments="public, FairFax""#],
                                                            body: "# Title\n\nSee [docs](https://aka.ms/x).\n"), path: "kb/defects/a.md")

    func rules(_ diagnostics: [Diagnostic]) -> [String: Severity] {
        Dictionary(diagnostics.map { ($0.rule.rawValue, $0.severity) }, uniquingKeysWith: { a, _ in a })
    }

    func testDefaultSeverities() {
        let found = rules(Validator().validate(defective))
        XCTAssertEqual(found["cloud-spelling"], .warning)
        XCTAssertEqual(found["link-aka-ms"], .warning)
    }

    func testSeverityOverrideAndOff() throws {
        let configuration = try ConfigurationLoader.parse(Array(#"{"rules": {"link-aka-ms": "off", "cloud-spelling": "error"}}"#.utf8), path: "c.json")
        let found = rules(Validator(configuration: configuration).validate(defective))
        XCTAssertEqual(found["cloud-spelling"], .error)
        XCTAssertNil(found["link-aka-ms"])
    }

    func testPerPathOverride() throws {
        var configuration = try ConfigurationLoader.parse(Array(#"""
            {"overrides": [{"files": ["defects/**"], "rules": {"cloud-spelling": "off"}}], "services": ["PartnerCenter"], "keys": ["myKey"]}
            """#.utf8), path: "c.json")
        configuration.root = "kb"
        XCTAssertNil(rules(Validator(configuration: configuration).validate(defective))["cloud-spelling"])
        let elsewhere = ArticleParser.parse(defective.source, path: "kb/other/a.md")
        XCTAssertEqual(rules(Validator(configuration: configuration).validate(elsewhere))["cloud-spelling"], .warning)
        XCTAssertEqual(configuration.extraServices, ["partnercenter"])
        XCTAssertEqual(configuration.extraKeys, ["myKey"])
    }

    func testExtraServicesAndKeysAreAccepted() throws {
        let configuration = try ConfigurationLoader.parse(Array(#"{"services": ["Partner Center"], "keys": ["myKey"]}"#.utf8), path: "c.json")
        let article = ArticleParser.parse(Example.articleText([#"service="partner center""#, #"myKey="1""#]), path: "a.md")
        XCTAssertEqual(rules(Validator().validate(article).filter { $0.severity != .info }).keys.sorted(), ["header-unknown-key", "service-format"])
        XCTAssertEqual(Validator(configuration: configuration).validate(article).filter { $0.severity != .info }, [])
    }

    func testBadConfigurationsAreErrors() {
        let bad = [
            (#"{"rules": {"link-aka-ms": "of"}}"#, "bad setting"),
            (#"{"rules": {"link-akams": "off"}}"#, "did you mean `link-aka-ms`?"),
            (#"{"rules": "#, "invalid JSON"),
            (#"{"rulez": {}}"#, "unknown member `rulez`"),
            (#"{"overrides": [{"rules": {}}]}"#, "at least one pattern"),
            (#"[]"#, "JSON object"),
        ]
        for (text, expected) in bad {
            XCTAssertThrowsError(try ConfigurationLoader.parse(Array(text.utf8), path: "x/.selfhelp.json"), text) { error in
                guard let error = error as? ToolError else { return XCTFail("not a ToolError: \(error)") }
                XCTAssertEqual(error.kind, .invalidConfiguration)
                XCTAssertEqual(error.path, "x/.selfhelp.json")
                XCTAssertTrue(error.message.contains(expected), "\(error.message) does not say \(expected)")
            }
        }
    }

    func testGlob() {
        XCTAssertTrue(Glob.matches("defects/**", "defects/a/b.md"))
        XCTAssertTrue(Glob.matches("**/*.md", "a/b/c.md"))
        XCTAssertFalse(Glob.matches("defects/*.md", "defects/a/b.md"))
    }
}
