import Foundation
import XCTest
@testable import SelfHelpKit

/// The `spelling` rule's memo of known words answers as the dictionary and the accept list do,
/// and never keeps what a configuration's own `words` accepted: another configuration in the same
/// process still reports the word.
final class SpellingAcceptanceTests: XCTestCase {
    func spellingFindings(_ words: Set<String>) -> [String] {
        var configuration = Configuration()
        configuration.words = words
        let article = ArticleParser.parse(Example.articleText([#"articleId="a""#], body: "# Title\n\nYou can procede once the lock is gone.\n"),
                                          path: "a.md")
        return Validator(configuration: configuration).validate(article).filter { $0.rule == .spelling }.map(\.message)
    }

    func testAConfigurationsWordsAreNotRememberedForOthers() throws {
        try XCTSkipIf(HunspellDictionary.englishUS == nil, "Debian hunspell-en-us is installed by make test")
        for _ in 0..<2 {
            XCTAssertEqual(spellingFindings([]).count, 1)
            XCTAssertEqual(spellingFindings(["procede"]), [])
            XCTAssertEqual(spellingFindings([]).count, 1)
        }
    }

    func testTheMemoAnswersAsTheListsDo() throws {
        let dictionary = try XCTUnwrap(HunspellDictionary.englishUS, "Debian hunspell-en-us is installed by make test")
        let words = ["storage", "Storage", "procede", "café", "naïve", "Kubernetes", "kubernetes's", "youcannot", "Begining"]
        let expected = words.map { SpellingRule.isKnown($0, dictionary: dictionary) }
        // Twice: the first answer is worked out, the second remembered.
        for _ in 0..<2 {
            XCTAssertEqual(words.map { SpellingRule.accepts($0, dictionary: dictionary, extra: []) }, expected)
        }
        XCTAssertEqual(zip(words, expected).filter { !$0.1 }.map(\.0), ["procede", "youcannot", "Begining"])
        XCTAssertTrue(SpellingRule.accepts("procede", dictionary: dictionary, extra: ["procede"]))
    }
}
