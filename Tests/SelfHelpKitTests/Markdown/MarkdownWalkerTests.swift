import XCTest
@testable import SelfHelpKit

final class MarkdownWalkerTests: XCTestCase {
    /// Records `>i` on visiting node `i` and `<i` on leaving it; skips or jumps where told.
    struct Recorder: MarkdownWalker {
        var events: [String] = []
        var steps: [Int: MarkdownWalkStep] = [:]

        mutating func visit(_ index: Int) -> MarkdownWalkStep {
            events.append(">\(index)")
            return steps[index] ?? .descend
        }

        mutating func leave(_ index: Int) { events.append("<\(index)") }
    }

    /// document 0, paragraph 1 (text 2, emphasis 3 (text 4), text 5), paragraph 6 (text 7)
    let tree = ArticleParser.parse("<properties />\na *b* c\n\nd\n", path: "t.md").markdown

    func testTheTreeIsTheOneTheseTestsExpect() {
        XCTAssertEqual(tree.nodes.map(\.subtreeEnd), [8, 6, 3, 5, 5, 6, 8, 8])
    }

    func testEveryNodeIsLeftAfterItsSubtreeInnermostFirst() {
        var recorder = Recorder()
        recorder.walk(tree)
        XCTAssertEqual(recorder.events, [">0", ">1", ">2", "<2", ">3", ">4", "<4", "<3", ">5", "<5", "<1", ">6", ">7", "<7", "<6", "<0"])
    }

    func testASkippedNodeIsVisitedButNotDescendedIntoNorLeft() {
        var recorder = Recorder(steps: [3: .skip, 6: .skip])
        recorder.walk(tree)
        XCTAssertEqual(recorder.events, [">0", ">1", ">2", "<2", ">3", ">5", "<5", "<1", ">6", "<0"])
    }

    func testSkipToGoesOnAtALaterSibling() {
        var recorder = Recorder(steps: [2: .skipTo(5)])
        recorder.walk(tree)
        XCTAssertEqual(recorder.events, [">0", ">1", ">2", ">5", "<5", "<1", ">6", ">7", "<7", "<6", "<0"])
    }

    func testARangeWalksOnlyItsNodesAndLeavesThemAtItsEnd() {
        var recorder = Recorder()
        recorder.walk(tree, range: 3..<6)
        XCTAssertEqual(recorder.events, [">3", ">4", "<4", "<3", ">5", "<5"])
    }

    func testDeepNestingNeedsNoRecursion() {
        let depth = 100_000
        let tree = ArticleParser.parse("<properties />\n" + String(repeating: ">", count: depth) + " x\n", path: "t.md").markdown
        var recorder = Recorder()
        recorder.walk(tree)
        XCTAssertEqual(recorder.events.count, 2 * tree.nodes.count)
        XCTAssertEqual(recorder.events.last, "<0")
    }
}
