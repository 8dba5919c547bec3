import Foundation
import XCTest
@testable import SelfHelpKit

final class AtomicFileTests: XCTestCase {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    func mode(_ url: URL) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int)
    }

    func testWritesANewFileWithTheUmaskMode() throws {
        let target = try folder().appendingPathComponent("new.txt")
        try AtomicFile.write(Array("hello".utf8), to: target.path)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "hello")
        let mask = umask(0); umask(mask)
        XCTAssertEqual(try mode(target), 0o666 & ~Int(mask))
    }

    func testABuildWriteWithoutFlushOrLookupGivesTheSameFile() throws {
        let dir = try folder()
        let target = dir.appendingPathComponent("page.html")
        try AtomicFile.write(Array("<p>x</p>".utf8), to: target.path, durable: false, mayExist: false)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "<p>x</p>")
        let mask = umask(0); umask(mask)
        XCTAssertEqual(try mode(target), 0o666 & ~Int(mask))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["page.html"])
    }

    func testReplacingKeepsPermissionsAndLeavesNoTemporaryFile() throws {
        let dir = try folder()
        let target = dir.appendingPathComponent("out.html")
        try Data("old".utf8).write(to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.path)
        try AtomicFile.write(Array("new".utf8), to: target.path)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "new")
        XCTAssertEqual(try mode(target), 0o600)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["out.html"])
    }

    func testASymbolicLinkIsReplacedNotFollowed() throws {
        let dir = try folder()
        let victim = dir.appendingPathComponent("victim.txt")
        try Data("keep".utf8).write(to: victim)
        let link = dir.appendingPathComponent("link.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
        try AtomicFile.write(Array("new".utf8), to: link.path)
        XCTAssertEqual(try String(contentsOf: victim, encoding: .utf8), "keep")
        XCTAssertEqual(try String(contentsOf: link, encoding: .utf8), "new")
    }

    func testAMissingFolderIsAToolError() {
        XCTAssertThrowsError(try AtomicFile.write([1, 2], to: "/nonexistent-folder/x.bin")) { error in
            XCTAssertEqual((error as? ToolError)?.kind, .writeFailed)
        }
    }

    func testEmptyContent() throws {
        let target = try folder().appendingPathComponent("empty")
        try AtomicFile.write([], to: target.path)
        XCTAssertEqual(try Data(contentsOf: target).count, 0)
    }
}
