import SelfHelpKit
import XCTest

/// `ToolError(wrapping:)` keeps a tool error as it is and words any other error the way callers
/// printed it before: the error's description, after the context.
final class ToolErrorWrappingTests: XCTestCase {
    private struct Other: Error, CustomStringConvertible {
        var description: String { "disk full" }
    }

    func testAToolErrorIsKeptWithItsOwnKindPathAndMessage() {
        let original = ToolError(.notFound, path: "a.md", message: "no such file")
        XCTAssertEqual(ToolError(wrapping: original, .writeFailed, path: "b.md", context: "cannot write"), original)
    }

    func testAnotherErrorBecomesAToolErrorWithItsDescriptionAfterTheContext() {
        let wrapped = ToolError(wrapping: Other(), .writeFailed, path: "out/kb.sqlite", context: "cannot write the search index")
        XCTAssertEqual(wrapped, ToolError(.writeFailed, path: "out/kb.sqlite", message: "cannot write the search index: disk full"))
        XCTAssertEqual(ToolError(wrapping: Other(), .unreadable, path: nil).description, "error: disk full")
    }

    func testResultCatchingWrapsWhatTheBodyThrows() {
        XCTAssertEqual(Result(.unreadable, path: "a.md") { 1 }, .success(1))
        XCTAssertEqual(Result<Int, ToolError>(.unreadable, path: "a.md") { throw Other() },
                       .failure(ToolError(.unreadable, path: "a.md", message: "disk full")))
    }
}
