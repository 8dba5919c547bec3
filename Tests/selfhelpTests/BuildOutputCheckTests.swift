import Foundation
import XCTest

/// The checker of the kill test notices cut-off files: each output of a real build, cut in half,
/// is reported; the whole file is not.
final class BuildOutputCheckTests: CLITestCase {
    func testEveryKindOfOutputCutInHalfIsReported() throws {
        let folder = try temporaryFolder()
        let out = folder.appendingPathComponent("out")
        let kb = folder.appendingPathComponent("kb")
        try FileManager.default.copyItem(at: CLITestCase.packageRoot.appendingPathComponent("Articles/identity"), to: kb)
        XCTAssertEqual(try run(["build", kb.path, "--out", out.path, "--fail-on", "never"]).status, 0)
        let files = BuildOutputCheck.files(in: out)
        XCTAssertEqual(BuildOutputCheck.problems(in: out), [])
        let kinds = Set(files.keys.map { ($0 as NSString).pathExtension })
        XCTAssertTrue(kinds.isSuperset(of: ["html", "json", "jsonl", "sqlite", "sarif"]), "\(kinds)")
        for (path, data) in files where data.count > 2 {
            XCTAssertNil(BuildOutputCheck.problem(path: path, data: data), path)
            var half = data.prefix(data.count / 2)
            if half.last == 0x0A { half = half.dropLast() } // a cut at a line break leaves whole JSON lines
            XCTAssertNotNil(BuildOutputCheck.problem(path: path, data: half), "\(path) cut in half")
        }
        XCTAssertNotNil(BuildOutputCheck.problem(path: "articles/x.html.tmp-1-0", data: Data()), "a temporary name is no output")
        XCTAssertTrue(BuildOutputCheck.isTemporary("articles/.x.html.tmp-1-0"))
        XCTAssertTrue(BuildOutputCheck.isTemporary(".kb.sqlite.12.ABC.tmp"))
        XCTAssertFalse(BuildOutputCheck.isTemporary("articles/x.html"))
    }
}
