import XCTest
@testable import SelfHelpKit

/// `RelativePath`'s shortcuts give what its segment-by-segment arithmetic gives.
final class RelativePathTests: XCTestCase {
    static let samples = ["", "/", "a", "a/b", "/a/b", "a/b/c.md", "../a", "a/../b", "./a", "a/./b", "a//b", "a/", "/a/",
                          "...", "a/.../b", "..", ".", "a/..", "media/x.png", "x.md", "../../etc/passwd", "/azure/docs", "a b/c%20d.md"]

    func testJoinEqualsJoiningSegmentBySegment() {
        for base in Self.samples {
            for relative in Self.samples {
                XCTAssertEqual(RelativePath.join(base, relative), RelativePath.joinBySegments(base, relative), "\(base) + \(relative)")
            }
        }
        XCTAssertEqual(RelativePath.join("kb/storage", "media/a.png"), "kb/storage/media/a.png")
        XCTAssertEqual(RelativePath.join("kb/storage", "../compute/b.md"), "kb/compute/b.md")
        XCTAssertNil(RelativePath.join("/kb", "../../x"))
    }

    func testCommonFolderIsTheLongestSharedRunOfWholeSegments() {
        /// The common folder as whole segments compare (what `commonFolder` did before it compared bytes).
        func bySegments(_ paths: [String]) -> String {
            let folders = paths.map { RelativePath.folder(of: RelativePath.normalize($0)).split(separator: "/", omittingEmptySubsequences: false).map(String.init) }
            guard var common = folders.first else { return "" }
            for folder in folders.dropFirst() {
                var k = 0
                while k < common.count, k < folder.count, common[k] == folder[k] { k += 1 }
                common = Array(common.prefix(k))
            }
            return common.joined(separator: "/")
        }
        let paths = ["a/b/x.md", "a/bc/y.md", "a/b/c/z.md", "/tmp/kb/a.md", "/tmp/kb2/b.md", "/tmp/kb/s/c.md", "x.md", "a/x.md", "/a.md"]
        for first in paths {
            for second in paths {
                for third in paths {
                    let list = [first, second, third]
                    XCTAssertEqual(RelativePath.commonFolder(list), bySegments(list), "\(list)")
                }
            }
        }
        XCTAssertEqual(RelativePath.commonFolder(["kb/a/x.md", "kb/b/y.md"]), "kb")
        XCTAssertEqual(RelativePath.commonFolder([]), "")
    }
}
