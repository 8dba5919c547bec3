@testable import SelfHelpBuild
import Foundation
import XCTest

/// A build finds its articles' files once and keeps their paths below the knowledge base; the
/// site finds a file again from its path (``BuildInputs/file(_:in:)``), after the inputs are freed.
final class BuildInputsTests: XCTestCase {
    func testAFileIsFoundAgainFromItsPathBelowTheKnowledgeBase() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("inputs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/storage", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for name in ["storage/a.md", "b.md"] { try Data("# A\n".utf8).write(to: URL(fileURLWithPath: root + "/" + name)) }

        for knowledgeBase in [root, root + "/"] {
            let found = try BuildInputs.find(in: knowledgeBase, jobs: 1)
            XCTAssertEqual(found.paths, ["b.md", "storage/a.md"])
            for (file, path) in zip(found.files, found.paths) {
                XCTAssertEqual(BuildInputs.file(path, in: knowledgeBase), file, "knowledge base \(knowledgeBase)")
            }
        }
        // A knowledge base that is one file: its path is the file's.
        let single = try BuildInputs.find(in: root + "/b.md", jobs: 1)
        XCTAssertEqual(single.paths, [root + "/b.md"])
        XCTAssertEqual(BuildInputs.file(single.paths[0], in: root + "/b.md"), single.files[0])
    }
}
