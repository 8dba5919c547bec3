#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import XCTest

/// Hostile file trees for the built binary: each case ends with a documented exit status and a
/// `path: error: …` line on stderr, never a hang (Docs/robustness.md). The 100 MB article and
/// the memory bound are checked by scripts/hostile.sh, not here.
final class HostileCLITests: CLITestCase {
    let article = "<properties articleId=\"a\" selfHelpType=\"generic\" />\n# A\n"

    func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func makeFIFO(_ url: URL) throws {
        guard mkfifo(url.path, 0o644) == 0 else { throw XCTSkip("mkfifo failed: \(String(cString: strerror(errno)))") }
    }

    func testUsageErrorsExitTwoNotSixtyFour() throws {
        for arguments in [["bogus"], ["parse"], ["parse", "--nope", "x"]] {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertTrue(result.stderr.contains("Usage: selfhelp"), result.stderr)
        }
        XCTAssertEqual(try run(["--help"]).status, 0)
    }

    func testSymlinkLoopInTheFolderIsNotFollowed() throws {
        let kb = try temporaryFolder()
        try write(article, to: kb.appendingPathComponent("a.md"))
        try FileManager.default.createSymbolicLink(atPath: kb.appendingPathComponent("loop").path, withDestinationPath: ".")
        try FileManager.default.createDirectory(at: kb.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: kb.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        let result = try run(["parse", kb.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 1, "symbolic links to folders are skipped")
    }

    func testFIFONamedOnTheCommandLineIsRefusedNotOpened() throws {
        let kb = try temporaryFolder()
        let fifo = kb.appendingPathComponent("pipe.md")
        try makeFIFO(fifo)
        let result = try run(["parse", fifo.path]) // opening it would block for ever
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("\(fifo.path): error: not a regular file"), result.stderr)
    }

    func testUnreadableEntriesInAFolderAreReportedAndTheRestParsed() throws {
        let kb = try temporaryFolder()
        try write(article, to: kb.appendingPathComponent("good.md"))
        try makeFIFO(kb.appendingPathComponent("pipe.md"))
        try FileManager.default.createSymbolicLink(atPath: kb.appendingPathComponent("gone.md").path, withDestinationPath: "nowhere.md")
        let result = try run(["parse", kb.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 1)
        XCTAssertTrue(result.stderr.contains("pipe.md: error: not a regular file"), result.stderr)
        XCTAssertTrue(result.stderr.contains("gone.md: error: a symbolic link to a file that does not exist"), result.stderr)
    }

    func testPermissionDeniedFile() throws {
        guard geteuid() != 0 else { throw XCTSkip("running as root: chmod 000 does not stop root reading (the FIFO and broken-link cases cover unreadable files)") }
        let kb = try temporaryFolder()
        let file = kb.appendingPathComponent("secret.md")
        try write(article, to: file)
        chmod(file.path, 0)
        defer { chmod(file.path, 0o644) }
        let result = try run(["parse", file.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("\(file.path): error: cannot open the file for reading"), result.stderr)
    }

    func testFolderNamedLikeAnArticleIsWalkedNotRead() throws {
        let kb = try temporaryFolder()
        try write(article, to: kb.appendingPathComponent("x.md/inner.md"))
        let walked = try run(["parse", kb.path])
        XCTAssertEqual(walked.status, 0, walked.stderr)
        XCTAssertTrue(walked.stdout.contains("x.md/inner.md"))
        let named = try run(["parse", kb.appendingPathComponent("x.md").path])
        XCTAssertEqual(named.status, 0, named.stderr)
        XCTAssertEqual(named.stdout.split(separator: "\n").count, 1)
    }

    func testFileOverTheSizeLimitIsRefused() throws {
        let kb = try temporaryFolder()
        let big = kb.appendingPathComponent("big.md")
        XCTAssertTrue(FileManager.default.createFile(atPath: big.path, contents: nil))
        guard truncate(big.path, off_t(300 << 20)) == 0 else { throw XCTSkip("cannot make a sparse file here") }
        let result = try run(["parse", big.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("\(big.path): error: the file is 314572800 bytes; the limit is 268435456 bytes"), result.stderr)
    }

    func testBrokenBytesStillGiveAModelWithPositions() throws {
        let kb = try temporaryFolder()
        var bytes = Data("<properties articleId=\"a\u{1}\" pageTitle=\"".utf8)
        bytes.append(contentsOf: [0xFF, 0xFE])
        bytes.append(Data("\" />\n# A\n".utf8))
        try bytes.write(to: kb.appendingPathComponent("broken.md"))
        let result = try run(["parse", kb.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try XCTUnwrap(object["diagnostics"] as? [[String: Any]])
        XCTAssertEqual(diagnostics.first?["rule"] as? String, "encoding-invalid-utf8")
        XCTAssertEqual(diagnostics.first?["line"] as? Int, 1)
        XCTAssertEqual(diagnostics.first?["column"] as? Int, 39)
    }

    /// A relative link that leaves the knowledge base must never be opened. Its target is a FIFO:
    /// opening it for reading would block, so finishing at all shows nothing opened it, and it
    /// is still a FIFO afterwards, so nothing wrote over it. `validate` (where the link rules
    /// live) is checked when the binary has it.
    func testLinkOutsideTheFolderIsNeverOpened() throws {
        let root = try temporaryFolder()
        let kb = root.appendingPathComponent("kb")
        try write(article + "\nSee [this](../../etc/passwd) and <a href=\"../../etc/passwd\">that</a>.\n",
                  to: kb.appendingPathComponent("sub/a.md"))
        let target = root.appendingPathComponent("etc/passwd")
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try makeFIFO(target)
        var commands = [["parse", kb.path]]
        if try run(["--help"]).stdout.contains("  validate") { commands.append(["validate", kb.path]) }
        for command in commands {
            let result = try run(command, timeout: 60)
            XCTAssertTrue([0, 1].contains(result.status), "\(command[0]): \(result.status) \(result.stderr)")
            var info = stat()
            XCTAssertEqual(lstat(target.path, &info), 0)
            XCTAssertEqual(info.st_mode & S_IFMT, S_IFIFO, "\(command[0]) replaced the link target")
        }
    }
}
