import SelfHelpKit
@testable import SelfHelpBuild
import XCTest

/// A rebuild copies an article's lines from the previous feeds only where the manifest's slices
/// fit them and the feed is the file the previous build left; anything else sends the article to
/// be rendered again.
final class StreamingFileTests: XCTestCase {
    private func feed(_ text: String) throws -> (path: String, reader: FeedReader) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString).jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return (path, try XCTUnwrap(FeedReader(path, recorded: FileSignature.of(path))))
    }

    func testSlicesThatFitGiveTheLines() throws {
        let reader = try feed("{\"a\":1}\n{\"b\":2}\n").reader
        XCTAssertTrue(reader.holdsLines(.init(offset: 8, count: 8)))
        XCTAssertTrue(reader.holdsLines(.init(offset: 0, count: 16)))
        XCTAssertTrue(reader.holdsLines(.init(offset: 16, count: 0)))
        XCTAssertEqual(reader.bytes(at: 8, count: 8).map { String(decoding: $0, as: UTF8.self) }, "{\"b\":2}\n")
    }

    func testSlicesThatDoNotFitAreRefused() throws {
        let reader = try feed("{\"a\":1}\n{\"b\":2}\n").reader
        for (offset, count) in [(0, 7),     // cut short of its newline
                                (1, 7),     // not the start of a line
                                (8, 70),    // past the end
                                (-1, 8)] {  // a negative offset
            XCTAssertFalse(reader.holdsLines(.init(offset: offset, count: count)), "\(offset), \(count)")
        }
    }

    func testAFeedChangedSinceTheBuildIsNotRead() throws {
        let (path, _) = try feed("{\"a\":1}\n")
        let recorded = FileSignature.of(path)
        try Data("{\"a\":2}\n".utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertNil(FeedReader(path, recorded: recorded))
        XCTAssertNil(FeedReader(path, recorded: nil))
    }

    func testTheWriterCopiesSlicesOfAPreviousFeedBetweenNewLines() throws {
        let previous = try feed("one\ntwo\nthree\n").reader
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString).jsonl").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        let writer = try StreamingFile(path)
        XCTAssertEqual(try writer.copy(.init(offset: 0, count: 4), from: previous), 0)
        XCTAssertEqual(try writer.copy(.init(offset: 4, count: 4), from: previous), 4, "joined to the slice before")
        XCTAssertEqual(try writer.append(Array("new\n".utf8)), 8)
        XCTAssertEqual(try writer.copy(.init(offset: 8, count: 6), from: previous), 12)
        try writer.finish()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "one\ntwo\nnew\nthree\n")
    }

    func testTheWriterMovesTheFeedIntoPlaceOnlyWhenFinished() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString).jsonl").path
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        let writer = try StreamingFile(path)
        XCTAssertEqual(try writer.append(Array("one\n".utf8)), 0)
        XCTAssertEqual(try writer.append(Array("two\n".utf8)), 4)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "nothing in place before finish")
        try writer.finish()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "one\ntwo\n")
    }
}
