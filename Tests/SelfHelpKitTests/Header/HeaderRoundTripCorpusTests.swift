import Foundation
import XCTest
@testable import SelfHelpKit

/// The header round trip over the real corpus: runs only when `SELFHELP_CORPUS` names a folder
/// (`.ci/run` sets it when ../shared exists).
///
///     SELFHELP_CORPUS=../shared/corpus/articles swift test --filter HeaderRoundTripCorpusTests
///
/// For every article: parse → write the header with ``HeaderSerializer`` → parse the canonical
/// header followed by the original body. The metadata, the attributes (keys, unknown keys'
/// spellings, decoded values) and the body's model must be the same, with LF and CRLF layouts.
final class HeaderRoundTripCorpusTests: XCTestCase {
    func testEveryCorpusHeaderRoundTrips() throws {
        let files = try Corpus.files()
        var failures = 0, attributes = 0, escaped = 0
        for path in files {
            let bytes = try ArticleLoader.readBytes(path)
            for serializer in [HeaderSerializer(), HeaderSerializer(indent: "  ", lineEnding: "\r\n")] {
                let trip = HeaderRoundTrip(bytes, path: path, serializer: serializer)
                let problems = trip.problems
                if !problems.isEmpty {
                    failures += 1
                    if failures <= 20 { XCTFail("\(path): \(problems.prefix(5))") }
                }
            }
            let header = ArticleParser.parse(bytes, path: path).header
            attributes += header?.attributes.count ?? 0
            escaped += header?.attributes.filter { HeaderSerializer.escape($0.value) != $0.value }.count ?? 0
        }
        print("header round trip: \(files.count) articles, \(attributes) attributes (\(escaped) with escaped characters), \(failures) failures")
        XCTAssertEqual(failures, 0)
    }
}
