import SelfHelpKit
@testable import SelfHelpBuild
import XCTest

/// A rebuild copies an article's lines from the previous feeds only where the manifest's slices
/// fit them; anything else sends the article to be rendered again.
final class PreviousFeedsTests: XCTestCase {
    private let feeds = PreviousFeeds(json: Array("{\"a\":1}\n{\"b\":2}\n".utf8), chunks: Array("{\"c\":1}\n{\"c\":2}\n".utf8))

    private func entry(json: (Int, Int), chunks: (Int, Int)) -> BuildManifest.Entry {
        BuildManifest.Entry(key: "k", hash: "h", outputs: [], json: .init(offset: json.0, count: json.1), chunks: .init(offset: chunks.0, count: chunks.1))
    }

    func testSlicesThatFitGiveTheLines() throws {
        let second = try XCTUnwrap(feeds.lines(of: entry(json: (8, 7), chunks: (8, 8))))
        XCTAssertEqual(String(decoding: second.json, as: UTF8.self), "{\"b\":2}")
        XCTAssertEqual(String(decoding: second.chunks, as: UTF8.self), "{\"c\":2}\n")
        let noChunks = try XCTUnwrap(feeds.lines(of: entry(json: (0, 7), chunks: (16, 0))))
        XCTAssertTrue(noChunks.chunks.isEmpty)
    }

    func testSlicesThatDoNotFitAreRefused() {
        for (json, chunks) in [((0, 6), (0, 8)),    // the JSON line is cut short
                               ((1, 7), (0, 8)),    // it does not start a line
                               ((8, 8), (0, 8)),    // it takes the newline
                               ((8, 70), (0, 8)),   // it runs past the end
                               ((-1, 7), (0, 8)),   // a negative offset
                               ((0, 7), (0, 7)),    // chunk lines without their last newline
                               ((0, 7), (9, 100))] { // chunk lines past the end
            XCTAssertNil(feeds.lines(of: entry(json: json, chunks: chunks)), "json \(json), chunks \(chunks)")
        }
    }
}
