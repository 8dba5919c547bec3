import XCTest
@testable import SelfHelpKit

/// ``RuleTimings`` through a ``Validator``: which rules are timed, how often, and the table
/// `selfhelp validate --timing` prints.
final class RuleTimingsTests: XCTestCase {
    private let articles: [(path: String, text: String)] = [
        ("a.md", "<properties pageTitle=\"A\" articleId=\"a-1\" />\n\n# Alpha\n\nSome text to check.\n"),
        ("b.md", "<properties pageTitle=\"B\" articleId=\"b-1\" />\n\n# Beta\n\nA [link](a.md) here.\n"),
        ("c.md", "<properties pageTitle=\"C\" articleId=\"c-1\" />\n\n# Gamma\n\nMore words.\n"),
    ]

    func testEveryRuleThatRanIsTimedOnceAnArticleAndParsingBeside() {
        let timings = RuleTimings()
        var configuration = Configuration()
        configuration.rules[.spelling] = .off
        var validator = Validator(configuration: configuration)
        validator.timings = timings
        let facts = articles.map { validator.facts(ofFile: $0.path, bytes: Array($0.text.utf8)) }
        _ = validator.crossArticleFindings(facts, jobs: 1, fileExists: { _ in false })

        let entries = timings.entries
        let byRule = Dictionary(uniqueKeysWithValues: entries.map { ($0.rule, $0) })
        // Every article rule but the one turned off ran on each of the three articles.
        let articleRules = validator.rules.map { $0.description.id }
        let crossArticleRules = validator.knowledgeBaseRules.map { $0.description.id }
        for rule in articleRules where rule != .spelling {
            XCTAssertEqual(byRule[rule]?.runs, articles.count, "\(rule)")
        }
        XCTAssertNil(byRule[.spelling], "a rule that is off is not run, so not timed")
        // A cross-article rule runs once over the set.
        for rule in crossArticleRules {
            XCTAssertEqual(byRule[rule]?.runs, 1, "\(rule)")
        }
        XCTAssertEqual(entries.count, articleRules.count - 1 + crossArticleRules.count)
        XCTAssertTrue(entries.allSatisfy { $0.seconds >= 0 })
        XCTAssertGreaterThan(entries.reduce(0) { $0 + $1.seconds }, 0)
        XCTAssertEqual(entries, entries.sorted { $0.seconds != $1.seconds ? $0.seconds > $1.seconds : $0.rule < $1.rule },
                       "the slowest first")
        XCTAssertEqual(timings.parsing.articles, articles.count)
        XCTAssertGreaterThan(timings.parsing.seconds, 0)
    }

    func testATextThatIsNotTextRunsOneRule() {
        let timings = RuleTimings()
        var validator = Validator()
        validator.timings = timings
        _ = validator.facts(ofFile: "binary.md", bytes: [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10])
        XCTAssertEqual(timings.entries.map(\.rule), [.encodingNotText])
        XCTAssertEqual(timings.entries.first?.runs, 1)
    }

    func testWithoutTimingsTheFindingsAreTheSame() {
        let plain = Validator()
        var timed = Validator()
        timed.timings = RuleTimings()
        for article in articles {
            let bytes = Array(article.text.utf8)
            XCTAssertEqual(timed.facts(ofFile: article.path, bytes: bytes).findings, plain.facts(ofFile: article.path, bytes: bytes).findings)
        }
    }

    func testTheTableListsTheSlowestFirstWithTheirShareAndParsingBeside() {
        let timings = RuleTimings()
        let slots = timings.slots(for: ["spelling", "html-unsafe", "title-missing"])
        timings.add(slots: slots, nanoseconds: [3_000_000, 1_000_000, nil])
        timings.add(slots: slots, nanoseconds: [3_000_000, 2_000_000, 1_000_000])
        timings.add("link-broken", nanoseconds: 500_000)
        _ = timings.slots(for: ["heading-indented"])
        timings.addParse(nanoseconds: 4_250_000)
        timings.addParse(nanoseconds: 4_250_000)
        XCTAssertEqual(RuleTimingReport.text(timings), """
            Rule                   Time (ms)   Share    Runs
            spelling                     6.0   57.1%       2
            html-unsafe                  3.0   28.6%       2
            title-missing                1.0    9.5%       1
            link-broken                  0.5    4.8%       1
            all rules                   10.5  100.0%
            parsing (not a rule)         8.5               2
            """)
    }

    func testAnEmptyTableHasItsHeadAndTotal() {
        XCTAssertEqual(RuleTimingReport.text(RuleTimings()), """
            Rule                   Time (ms)   Share    Runs
            all rules                    0.0       -
            """)
    }
}
