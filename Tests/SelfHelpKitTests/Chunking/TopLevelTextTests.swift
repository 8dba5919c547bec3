import XCTest
@testable import SelfHelpKit

/// A section's plain text is rendered once, and the chunker's blocks are cut from it
/// (``PlainTextRenderer/renderTopLevel(_:_:)``): each top-level node's part of the text must be
/// what rendering that node alone gives, and the whole what rendering the range gives.
final class TopLevelTextTests: XCTestCase {
    /// Bodies whose blocks meet at awkward places: a tight list whose first item opens with a
    /// list (no blank line before it in the section's text), a code block ending with blank
    /// lines, an HTML block without text, quotes, tables, a list after a tight list, wrapping.
    static let bodies = [
        "# T\n\nOne.\n\n- - nested first\n  - two\n- b\n\nAfter.\n",
        "# T\n\n```\ncode\n\n\n```\n\nNext paragraph.\n\n    indented\n\n\nLast.\n",
        "# T\n\n<!-- nothing -->\n\n<div></div>\n\nText after empty HTML.\n\n<p>Some <b>HTML</b> text</p>\n",
        "# T\n\n> quoted\n> - item\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n1. one\n2. two\n\n- x\n- y\n\n* other list\n",
        "# T\n\n- a\n\n  second paragraph\n- b\n\n---\n\n## Sub\n\n" + String(repeating: "word ", count: 60) + "\n",
        "# T\n\n-\n\n- \n  \n# Another\n\nText with [a link](https://example.com) and `code`.\n",
    ]

    func testEachNodesPartIsWhatRenderingItAloneGives() {
        for width in [nil, 30] {
            let renderer = PlainTextRenderer(width: width)
            for body in Self.bodies {
                let tree = article(body: body).markdown
                let range = 1..<tree.nodes.count
                let section = renderer.renderTopLevel(tree, range)
                XCTAssertEqual(section.text, renderer.renderFragment(tree, range), body)
                guard let parts = section.nodes else { return XCTFail("no parts for \(body.debugDescription)") }
                var child = range.lowerBound, k = 0
                while child < range.upperBound {
                    let next = max(tree.nodes[child].subtreeEnd, child + 1)
                    let utf8 = Array(section.text.utf8)
                    let part = String(decoding: utf8[min(Int(parts[k].lowerBound), utf8.count)..<min(Int(parts[k].upperBound), utf8.count)], as: UTF8.self)
                    XCTAssertEqual(part.trimmingTrailingLineBreaks(), renderer.renderFragment(tree, child..<next).trimmingTrailingLineBreaks(),
                                   "node \(child) of \(body.debugDescription)")
                    child = next
                    k += 1
                }
                XCTAssertEqual(k, parts.count)
            }
        }
    }

    func testControlCharactersLeaveTheNodesToBeRenderedOneByOne() {
        let tree = article(body: "# T\n\nA\u{1}b\n\nc\u{85}d\n\nlast\n").markdown
        let section = PlainTextRenderer().renderTopLevel(tree, 1..<tree.nodes.count)
        XCTAssertNil(section.nodes)
        XCTAssertEqual(section.text, "T\n\nA b\n\nc d\n\nlast\n")
    }
}
