import Foundation
import XCTest
@testable import SelfHelpKit

/// Test helpers shared by the SelfHelpKit tests.
enum Fixture {
    /// The bytes of a file under Tests/SelfHelpKitTests/Fixtures.
    static func bytes(_ name: String) throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw XCTSkip("fixture \(name) missing from the bundle")
        }
        return [UInt8](try Data(contentsOf: url))
    }

    static func article(_ name: String) throws -> Article {
        ArticleParser.parse(try bytes(name), path: name)
    }
}

/// A minimal valid header followed by `body`.
func article(header: String = #"articleId="x" selfHelpType="generic""#, body: String = "# Title\n") -> Article {
    ArticleParser.parse("<properties \(header) />\n\n\(body)", path: "test.md")
}
