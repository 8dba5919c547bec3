import Foundation
import XCTest

extension CLITestCase {
    /// A copy of the bundled `Articles/` in a temporary folder, as `TMP/kb`.
    func knowledgeBaseCopy() throws -> URL {
        let kb = try temporaryFolder().appendingPathComponent("kb")
        try FileManager.default.copyItem(at: CLITestCase.packageRoot.appendingPathComponent("Articles"), to: kb)
        return kb
    }

    /// Fails unless the build outputs in `actual` are those of `expected`: the same files, the
    /// same bytes, `kb.sqlite` the same rows (``SearchIndexRows``); the build records left out.
    func assertSameOutputs(_ actual: URL, _ expected: URL, _ step: String, file: StaticString = #filePath, line: UInt = #line) throws {
        // The build's records hold file signatures, which differ from folder to folder; but the
        // site's record and the search records (which hold none) are what the next build starts from.
        func compared(_ path: String) -> Bool {
            !path.hasPrefix(".selfhelp/") || path == ".selfhelp/site" || path.hasPrefix(".selfhelp/search/")
        }
        let mine = BuildOutputCheck.files(in: actual).filter { compared($0.key) }
        let theirs = BuildOutputCheck.files(in: expected).filter { compared($0.key) }
        XCTAssertEqual(Set(mine.keys), Set(theirs.keys), "\(step): the same files", file: file, line: line)
        for (path, data) in theirs where path != "kb.sqlite" && mine[path] != data {
            XCTFail("\(step): \(path) differs from a clean build's", file: file, line: line)
        }
        let rows = try SearchIndexRows.dump(actual.appendingPathComponent("kb.sqlite").path)
        let cleanRows = try SearchIndexRows.dump(expected.appendingPathComponent("kb.sqlite").path)
        XCTAssertGreaterThan(cleanRows.count, 100)
        XCTAssertEqual(rows.count, cleanRows.count, "\(step): kb.sqlite row count", file: file, line: line)
        for (a, b) in zip(rows, cleanRows) where a != b {
            XCTFail("\(step): kb.sqlite row \(a) ≠ clean \(b)", file: file, line: line)
            break
        }
    }

}
