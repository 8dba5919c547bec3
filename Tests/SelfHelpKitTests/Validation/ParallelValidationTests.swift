import XCTest
@testable import SelfHelpKit

final class ParallelValidationTests: XCTestCase {
    func testManyJobsGiveTheDiagnosticsOfOne() throws {
        let found = ArticleLoader.articleFiles(in: [SampleArticles.folder])
        XCTAssertGreaterThan(found.files.count, 20)
        let articles = try found.files.map { ArticleParser.parse(try ArticleLoader.readBytes($0), path: $0) }
        let validator = Validator(root: SampleArticles.folder)
        let serial = validator.validate(articles, jobs: 1, fileExists: { _ in true })
        let parallel = validator.validate(articles, jobs: 4, fileExists: { _ in true })
        XCTAssertFalse(serial.isEmpty, "Articles/defects/ has findings")
        XCTAssertEqual(parallel, serial)
    }
}
