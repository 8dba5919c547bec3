import XCTest
@testable import SelfHelpKit

/// A long string is escaped a megabyte at a time (``JSONOutput/writeString(_:into:written:)``,
/// so that a caller can move the bytes out between pieces): the pieces join to the string's
/// JSON, whatever falls on a cut.
final class JSONStringPiecesTests: XCTestCase {
    func testAStringWrittenInPiecesIsTheStringsJSON() {
        // Escapes and multi-byte characters across the megabyte cuts.
        let unit = "ab\"\\\n\t\u{01}é日本"
        let text = String(repeating: unit, count: (3 << 20) / unit.utf8.count + 7)
        var whole: [UInt8] = []
        JSONOutput.string(text).write(to: &whole)

        var pieces: [UInt8] = [], out: [UInt8] = [], calls = 0
        JSONOutput.writeString(text, into: &out) { out in
            calls += 1
            pieces += out
            out.removeAll()
        }
        pieces += out
        XCTAssertEqual(calls, 3, "one call after each whole megabyte but the last piece")
        XCTAssertTrue(pieces == whole)

        var fromBytes: [UInt8] = []
        JSONOutput.writeString(utf8: Array(text.utf8), into: &fromBytes)
        XCTAssertTrue(fromBytes == whole, "the same from the string's UTF-8 bytes")
    }
}
