import Foundation
import XCTest
@testable import SelfHelpKit

/// ``ArticleJSON/write(_:to:pretty:)`` (what `selfhelp parse` prints, links and diagnostics
/// encoded one at a time) writes the bytes of ``ArticleJSON/encode(_:)``, compact and indented.
final class ArticleJSONWriteTests: XCTestCase {
    func testWriteGivesTheEncodedBytesForEveryArticleOfThePackage() {
        let folders = ["Tests", "Articles"].map { MarkdownChunkingTests.packageFolder.appendingPathComponent($0).path }
        let files = ArticleLoader.articleFiles(in: folders).files
        XCTAssertGreaterThan(files.count, 30)
        var withLinks = 0, withDiagnostics = 0
        for path in files {
            guard let bytes = try? ArticleLoader.readBytes(path) else { XCTFail("cannot read \(path)"); continue }
            let article = ArticleParser.parse(bytes, path: path)
            if !article.links.isEmpty { withLinks += 1 }
            if !article.diagnostics.isEmpty { withDiagnostics += 1 }
            for pretty in [false, true] {
                var encoded: [UInt8] = [], written: [UInt8] = []
                ArticleJSON.encode(article).write(to: &encoded, pretty: pretty)
                ArticleJSON.write(article, to: &written, pretty: pretty)
                XCTAssertEqual(String(decoding: written, as: UTF8.self), String(decoding: encoded, as: UTF8.self), "\(path), pretty: \(pretty)")
            }
        }
        XCTAssertGreaterThan(withLinks, 5)
        XCTAssertGreaterThan(withDiagnostics, 2)
    }

    func testAnArticleWithoutLinksOrDiagnosticsWritesEmptyArrays() {
        let article = ArticleParser.parse("<properties articleId=\"a\" />\n# T\n", path: "a.md")
        var written: [UInt8] = []
        ArticleJSON.write(article, to: &written)
        XCTAssertEqual(written, Array(ArticleJSON.encode(article).serialized().utf8))
        XCTAssertTrue(String(decoding: written, as: UTF8.self).contains(#""links":[]"#))
    }
}
