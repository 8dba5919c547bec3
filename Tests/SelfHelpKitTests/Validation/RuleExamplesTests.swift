import XCTest
@testable import SelfHelpKit

/// Runs every registered rule's examples: a triggering example must produce a diagnostic of the
/// rule at each `↓` marker (and no others); a non-triggering example must produce none.
final class RuleExamplesTests: XCTestCase {
    func testEveryRuleHasExamples() {
        for description in RuleRegistry.descriptions {
            XCTAssertFalse(description.triggeringExamples.isEmpty, "\(description.id) has no triggering example")
            XCTAssertFalse(description.nonTriggeringExamples.isEmpty, "\(description.id) has no non-triggering example")
        }
    }

    func testTriggeringExamplesReportAtEachMarker() {
        for description in RuleRegistry.descriptions {
            for example in description.triggeringExamples {
                let (found, markers) = run(description, example)
                let expected = markers.map { "\($0.line):\($0.column)" }.sorted()
                let actual = found.map { "\($0.location.line):\($0.location.column)" }.sorted()
                if expected.isEmpty {
                    XCTFail("\(description.id): a triggering example has no ↓ marker", file: example.file, line: example.line)
                }
                if expected != actual {
                    XCTFail("\(description.id): expected diagnostics at \(expected), got \(actual): \(found.map(\.message))",
                            file: example.file, line: example.line)
                }
                if let messages = example.expectedMessages, messages != found.sorted(by: isBefore).map(\.message) {
                    XCTFail("\(description.id): expected the messages \(messages), got \(found.sorted(by: isBefore).map(\.message))",
                            file: example.file, line: example.line)
                }
            }
        }
    }

    /// Every rule checks its wording: at least one triggering example says what it must report.
    func testEveryRuleChecksTheMessageOfAnExample() {
        for description in RuleRegistry.descriptions where !description.triggeringExamples.contains(where: { $0.expectedMessages != nil }) {
            XCTFail("\(description.id): no triggering example checks its message (`.expecting(…)`)")
        }
    }

    func testNonTriggeringExamplesReportNothing() {
        for description in RuleRegistry.descriptions {
            for example in description.nonTriggeringExamples {
                let (found, _) = run(description, example)
                if !found.isEmpty {
                    XCTFail("\(description.id): expected no diagnostic, got \(found.map { "\($0.location) \($0.message)" })",
                            file: example.file, line: example.line)
                }
            }
        }
    }

    /// Well-formed examples are clean for every rule, not only their own: an example that
    /// shows one defect shows only that one (prose advice aside).
    func testNonTriggeringExamplesHaveNoErrorsOrWarningsOfAnyRule() {
        for description in RuleRegistry.descriptions {
            for example in description.nonTriggeringExamples {
                let found = validateAll(example).filter { $0.file == example.path && $0.severity != .info }
                if !found.isEmpty {
                    XCTFail("\(description.id): a non-triggering example raises \(found.map { "\($0.rule) \($0.location) \($0.message)" })",
                            file: example.file, line: example.line)
                }
            }
        }
    }

    /// Whether `a` is reported before `b`: by line, then column.
    func isBefore(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.location.line, a.location.column) < (b.location.line, b.location.column)
    }

    /// The diagnostics of `description`'s rule for the example's own file, and the markers.
    func run(_ description: RuleDescription, _ example: Example) -> ([Diagnostic], [(line: Int, column: Int)]) {
        let (_, markers) = example.unmarked()
        let validator = Validator(configuration: configuration(of: example), include: { $0.id == description.id })
        let found = validate(example, with: validator).filter { $0.file == example.path }
        return (found, markers)
    }

    func validateAll(_ example: Example) -> [Diagnostic] {
        validate(example, with: Validator(configuration: configuration(of: example)))
    }

    /// The default configuration, with the example's catalog when it has one.
    func configuration(of example: Example) -> Configuration {
        var configuration = Configuration()
        if let csv = example.catalog {
            do { configuration.catalog = try IdCatalogReader.parse(csv, path: "catalog.csv") } catch {
                XCTFail("the example's catalog does not parse: \(error)", file: example.file, line: example.line)
            }
        }
        return configuration
    }

    func validate(_ example: Example, with validator: Validator) -> [Diagnostic] {
        let (bytes, _) = example.unmarked()
        var articles = [ArticleParser.parse(bytes, path: example.path, maximumSize: example.maximumArticleSize ?? ArticleParser.defaultMaximumSize)]
        for (path, text) in example.otherFiles.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".md") {
            articles.append(ArticleParser.parse(Example(text).unmarked().bytes, path: path))
        }
        let files = Set([example.path] + example.otherFiles.keys)
        return validator.validate(articles, fileExists: { files.contains($0) })
    }
}
