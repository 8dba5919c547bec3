import Foundation
import XCTest
@testable import SelfHelpPreview

final class RequestPathTests: XCTestCase {
    func testHostilePathsAreRefused() {
        for raw in ["/articles/../../etc/passwd", "/articles/%2e%2e/%2e%2e/etc/passwd", "/articles%2f..%2fx", "/..%2Fetc",
                    "/articles/.git/config", "/.selfhelp/manifest", "/a/%00/b", "/a\\b", "articles/x.html", "/a/%2E%2E/b", "/a/./b"] {
            XCTAssertNil(RequestPath(percentEncoded: raw), raw)
        }
        XCTAssertEqual(RequestPath(percentEncoded: "/")?.relative, "")
        XCTAssertEqual(RequestPath(percentEncoded: "/articles/storage/a%20b.html")?.relative, "articles/storage/a b.html")
        XCTAssertEqual(RequestPath(percentEncoded: "//articles//x.html")?.relative, "articles/x.html")
    }

    func testFilesResolveInsideTheRootOnly() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)")
        let outside = root.appendingPathExtension("outside")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("img"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root); try? FileManager.default.removeItem(at: outside) }
        try Data("png".utf8).write(to: root.appendingPathComponent("img/a.png"))
        try Data("secret".utf8).write(to: outside.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("img/link.png"), withDestinationURL: outside.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("out"), withDestinationURL: outside)

        XCTAssertNotNil(RequestPath.file("img/a.png", inside: root.path))
        XCTAssertNil(RequestPath.file("img/link.png", inside: root.path), "a symbolic link leading out")
        XCTAssertNil(RequestPath.file("out/secret.txt", inside: root.path), "a linked folder leading out")
        XCTAssertNil(RequestPath.file("img", inside: root.path), "a folder")
        XCTAssertNil(RequestPath.file("img/missing.png", inside: root.path))
        XCTAssertNil(RequestPath.file("../\(outside.lastPathComponent)/secret.txt", inside: root.path))
    }
}
