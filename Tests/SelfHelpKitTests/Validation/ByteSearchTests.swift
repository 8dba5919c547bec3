import XCTest
@testable import SelfHelpKit

/// `ByteSearch` against a plain reference: every offset where the needle occurs ignoring ASCII
/// case, whole words judged inside the range searched.
final class ByteSearchTests: XCTestCase {
    func reference(_ needle: [UInt8], _ bytes: [UInt8], _ range: Range<Int>, wholeWord: Bool) -> [Int] {
        guard !needle.isEmpty, range.count >= needle.count else { return [] }
        return (range.lowerBound...(range.upperBound - needle.count)).filter { i in
            guard zip(bytes[i..<(i + needle.count)], needle).allSatisfy({ ByteSearch.lower($0) == ByteSearch.lower($1) }) else { return false }
            guard wholeWord else { return true }
            let before = i > range.lowerBound ? bytes[i - 1] : 0x20
            let after = i + needle.count < range.upperBound ? bytes[i + needle.count] : 0x20
            return !ByteSearch.isWordByte(before) && !ByteSearch.isWordByte(after)
        }
    }

    func testOccurrencesAndTheFirstOneMatchTheReference() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("aAb _-1é".utf8)
        let needles = ["a", "aa", "ab", "Ab", "a-b", "é", "aaa"].map { Array($0.utf8) }
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...24, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let low = Int.random(in: 0...bytes.count, using: &generator)
            let range = low..<Int.random(in: low...bytes.count, using: &generator)
            for needle in needles {
                for wholeWord in [false, true] {
                    let expected = reference(needle, bytes, range, wholeWord: wholeWord)
                    XCTAssertEqual(ByteSearch.occurrences(of: needle, in: bytes, range: range, wholeWord: wholeWord), expected)
                    XCTAssertEqual(ByteSearch.firstOccurrence(of: needle, in: bytes, range: range, wholeWord: wholeWord), expected.first)
                    let inPlace = bytes.withUnsafeBufferPointer { ByteSearch.occurrences(of: needle, in: $0, range: range, wholeWord: wholeWord) }
                    XCTAssertEqual(inPlace, expected)
                }
            }
        }
    }

    func testAMatchNextToTheRangesEdgeIsAWholeWord() {
        let bytes = Array("xaax aa".utf8)
        XCTAssertEqual(ByteSearch.occurrences(of: Array("aa".utf8), in: bytes, range: 1..<3, wholeWord: true), [1])
        XCTAssertEqual(ByteSearch.occurrences(of: Array("aa".utf8), in: bytes, range: 0..<bytes.count, wholeWord: true), [5])
        XCTAssertEqual(ByteSearch.occurrences(of: Array("AA".utf8), in: bytes, range: 0..<bytes.count), [1, 5])
    }
}
