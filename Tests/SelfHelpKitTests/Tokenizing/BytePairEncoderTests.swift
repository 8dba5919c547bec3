import XCTest
@testable import SelfHelpKit

/// The pre-tokenizer and the byte-pair encoder, against expectations computed with the Python
/// `tiktoken` package (0.14) on cl100k_base's pattern and on `Fixtures/tokenizer/tiny.tiktoken`,
/// a ranks file of our own: the 256 bytes, then 18 merges (`ab`, `cd`, `abcd`, ` a`, `hello` …).
final class BytePairEncoderTests: XCTestCase {
    func pieces(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return CL100KPreTokenizer.pieces(text).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    func testPiecesFollowCL100KPattern() {
        XCTAssertEqual(pieces("Hello world's 12345  \n\n  foo!!!\n"), ["Hello", " world", "'s", " ", "123", "45", "  \n\n", " ", " foo", "!!!\n"])
        XCTAssertEqual(pieces("I'LL go"), ["I", "'LL", " go"])
        XCTAssertEqual(pieces("a\tb  c"), ["a", "\tb", " ", " c"])
        XCTAssertEqual(pieces("x  "), ["x", "  "])
        XCTAssertEqual(pieces(" \r\n\tz"), [" \r\n", "\tz"])
        XCTAssertEqual(pieces("naïve 日本語 ١٢٣٤"), ["naïve", " 日本語", " ", "١٢٣", "٤"])
        XCTAssertEqual(pieces("(https://x.y/z)"), ["(https", "://", "x", ".y", "/z", ")"])
        XCTAssertEqual(pieces("end.\n"), ["end", ".\n"])
        XCTAssertEqual(pieces(""), [])
    }

    func testPiecesCoverTheTextInOrder() {
        for text in ["a b", "\u{0}\u{1}x", "👩‍👩‍👧 family", String(repeating: "ab1 ", count: 100), "\r\n\r\n"] {
            XCTAssertEqual(pieces(text).joined(), text)
        }
    }

    /// ASCII text is cut on its bytes; the scalar-by-scalar way must cut it the same.
    func testASCIITextIsCutAsDecodedTextIs() {
        let samples = ["Hello world's 12345  \n\n  foo!!!\n", "I'LL go", "a\tb  c", "x  ", " \r\n\tz", "(https://x.y/z)", "end.\n", "",
                       "'", "'l", "'ve'RE'd", "  \r\r\n  \n", "\u{0}\u{1}\u{7F}x", "1234567 a1b2 ... ?!\n\n", "-- - --x", " \n", "\n ",
                       "| a | b |\n|---|---|", "**Recommended Steps**\n\n1. Sign in to the portal.\n"]
        var generated = ""
        var seed: UInt64 = 42
        for _ in 0..<2_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            generated.append(Character(Unicode.Scalar(UInt8(truncatingIfNeeded: seed >> 33) & 0x7F)))
        }
        for text in samples + [generated] {
            XCTAssertEqual(CL100KPreTokenizer.pieces(text), CL100KPreTokenizer.pieces(text, decodingASCII: true), text.debugDescription)
        }
    }

    func tiny() throws -> BytePairEncoder {
        guard let url = Bundle.module.url(forResource: "tiny", withExtension: "tiktoken", subdirectory: "Fixtures/tokenizer") else {
            throw XCTSkip("tiny.tiktoken missing from the bundle")
        }
        return try BytePairEncoder(contentsOf: url.path)
    }

    func testCountsEqualTiktokenWithASmallRanksFile() throws {
        let encoder = try tiny()
        XCTAssertEqual(encoder.name, "tiny")
        let expected: [(String, Int)] = [
            ("abcd", 1), ("abcde", 2), ("hello world", 2), ("eeeee", 2), ("hello  world\n\n  123456!!! it's", 19), ("", 0),
            ("café ☕ naïve", 16), ("ababab cdcd", 6), ("x<|endoftext|>y", 15),
        ]
        for (text, count) in expected {
            XCTAssertEqual(encoder.count(text), count, text.debugDescription)
        }
    }

    func testALongPieceIsMergedInLinearishTime() throws {
        let encoder = try tiny()
        let start = Date()
        XCTAssertEqual(encoder.count(String(repeating: "ab", count: 50_000)), 50_000)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }

    func testABadRanksFileIsAToolError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(getpid()).tiktoken").path
        try Data("YWI= 0\nnot a line\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertThrowsError(try BytePairEncoder(contentsOf: path)) { error in
            XCTAssertEqual((error as? ToolError)?.message, "line 2 is not `base64-token rank`")
        }
        XCTAssertThrowsError(try BytePairEncoder(contentsOf: path + ".missing"))
    }

    func testTheEstimatorIsCloseOnProse() {
        let prose = "We have investigated and determined that your virtual machine is in an inaccessible state because Windows failed to boot."
        let estimate = TokenEstimator().count(prose)
        // cl100k_base: 20 tokens.
        XCTAssertTrue((15...25).contains(estimate), "\(estimate)")
        XCTAssertEqual(TokenEstimator().count(""), 0)
    }
}
