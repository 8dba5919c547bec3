import Foundation
import XCTest
@testable import SelfHelpKit

/// The dictionary's pool of Hunspell handles answers from many threads at once as one handle does
/// from one thread.
final class HunspellDictionaryTests: XCTestCase {
    func testManyThreadsGetTheAnswersOneThreadGets() throws {
        let dictionary = try XCTUnwrap(HunspellDictionary(language: "en_US"), "Debian hunspell-en-us is installed by make test")
        let words = ["beginning", "begining", "Paris", "paris", "procede", "proceed", "colour", "color", "wrongg", "storage",
                     "account", "accesss", "subscription", "subscripton", "network", "netwrok"]
        let alone = try XCTUnwrap(HunspellDictionary(language: "en_US"))
        let serial = words.map { alone.knows($0, remembering: false) }
        // US spelling: `color`, not `colour`; `Paris`, not `paris`.
        XCTAssertEqual(zip(words, serial).filter(\.1).map(\.0), ["beginning", "Paris", "proceed", "color", "storage", "account", "subscription", "network"])
        var answers = [[Bool]](repeating: [], count: 8)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            var mine: [Bool] = []
            for round in 0..<50 {
                for (k, word) in words.enumerated() { mine.append(dictionary.knows(word, remembering: (round + k + thread) % 3 == 0)) }
            }
            lock.lock()
            answers[thread] = mine
            lock.unlock()
        }
        let expected = Array(repeating: serial, count: 50).flatMap { $0 }
        for thread in answers { XCTAssertEqual(thread, expected) }
    }
}
