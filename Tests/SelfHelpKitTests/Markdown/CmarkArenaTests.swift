import XCTest
@testable import SelfHelpKit

/// libcmark parses into a per-thread arena (bodies up to ``CmarkArena/maximumBodySize``) or on
/// the C heap (larger bodies): both must give the same tree, on any thread.
final class CmarkArenaTests: XCTestCase {
    private let body = """
    # Title &amp; more

    Some *emphasis*, `code`, a [link](https://example.com "t") and ![alt](img.png).

    > quote with <span>html</span>

    1. one
    2. two

    ```swift
    let x = 1
    ```
    """

    func testArenaAndHeapGiveTheSameTree() {
        let small = SourceText(body)
        let arenaTree = MarkdownParser.parse(small, range: 0..<small.bytes.count)
        // The same text padded past the arena's limit, so the heap path parses it.
        let padding = String(repeating: "\n", count: CmarkArena.maximumBodySize + 1)
        let large = SourceText(body + padding)
        let heapTree = MarkdownParser.parse(large, range: 0..<large.bytes.count)
        XCTAssertEqual(arenaTree.nodes.map(\.kind), heapTree.nodes.map(\.kind))
        XCTAssertEqual(arenaTree.nodes.map(\.range.start), heapTree.nodes.map(\.range.start))
        XCTAssertTrue(arenaTree.nodes.contains { $0.kind == .text("Title & more") })
        XCTAssertTrue(arenaTree.nodes.contains { $0.kind == .codeBlock(info: "swift", literal: "let x = 1\n") })
    }

    func testParsesOnManyThreadsMatchTheSerialOnes() {
        let texts = (0..<64).map { i in SourceText(body + "\n\nparagraph \(i) " + String(repeating: "word ", count: i * 50)) }
        let serial = texts.map { MarkdownParser.parse($0, range: 0..<$0.bytes.count).nodes }
        let results = UnsafeMutableBufferPointer<[MarkdownNode]>.allocate(capacity: texts.count)
        results.initialize(repeating: [])
        defer { results.deinitialize().deallocate() }
        DispatchQueue.concurrentPerform(iterations: texts.count) { i in
            results[i] = MarkdownParser.parse(texts[i], range: 0..<texts[i].bytes.count).nodes
        }
        XCTAssertEqual(Array(results), serial)
    }

    func testTextLiteralsAreSlicesWithTheirOwnText() {
        let source = SourceText("a *b* c\n\nd &lt; e\n")
        let texts = MarkdownParser.parse(source, range: 0..<source.bytes.count).nodes.compactMap { node -> String? in
            if case .text(let text) = node.kind { return String(text) } else { return nil }
        }
        XCTAssertEqual(texts, ["a ", "b", " c", "d < e"])
    }
}
