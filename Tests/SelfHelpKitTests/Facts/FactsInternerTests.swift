import XCTest
@testable import SelfHelpKit

final class FactsInternerTests: XCTestCase {
    /// Where a string's UTF-8 is stored (nil for a small string held inline).
    private func storage(_ string: String) -> UnsafeRawPointer? {
        var copy = string
        return copy.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }

    private func storage(_ list: [String]) -> UnsafeRawPointer? {
        list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    /// A string built at run time, so that equal values do not share a literal's storage.
    private func fresh(_ text: String) -> String {
        String(decoding: Array(text.utf8), as: UTF8.self)
    }

    private func facts(_ path: String, title: String) -> ArticleFacts {
        let topic = fresh("32630500-4d6b-44b3-a5e5-0d5a48f6dc44")
        let range = SourceRange(start: SourceLocation(line: 1, column: 40, offset: 39), end: SourceLocation(line: 1, column: 76, offset: 75))
        return ArticleFacts(path: path, contentHash: fresh(String(repeating: "ab", count: 32)), articleId: fresh("id-\(path)"),
                            title: fresh(title), pageTitle: fresh(title), description: fresh("What to do when it fails to start"),
                            serviceName: fresh("Microsoft Virtual Machines Service"), resource: fresh("Microsoft.Compute/virtualMachines"),
                            typeName: fresh("Generic troubleshooting article"),
                            cloudNames: [fresh("Azure Public Cloud"), fresh("Azure China Cloud (Mooncake)")], supportTopicIds: [topic],
                            supportTopicEntries: [ArticleFacts.IdEntry(id: topic, range: range)],
                            productPesIds: [fresh("product-pes-id-0000001")], anchors: [fresh("recommended-steps-for-the-virtual-machine")])
    }

    func testInterningChangesNoValue() {
        var interner = FactsInterner()
        for (path, title) in [("a.md", "A virtual machine does not start"), ("b.md", "A disk cannot be attached to it")] {
            let original = facts(path, title: title)
            var interned = original
            interner.intern(&interned)
            XCTAssertEqual(interned, original)
        }
    }

    func testEqualValuesShareOneStorage() throws {
        var interner = FactsInterner()
        var first = facts("a.md", title: "A virtual machine does not start")
        var second = facts("b.md", title: "A disk cannot be attached to the machine")
        XCTAssertNotEqual(storage(try XCTUnwrap(first.serviceName)), storage(try XCTUnwrap(second.serviceName)))
        interner.intern(&first)
        interner.intern(&second)
        for value in [\ArticleFacts.serviceName, \.resource, \.typeName] {
            let shared = try XCTUnwrap(first[keyPath: value])
            XCTAssertNotNil(storage(shared))
            XCTAssertEqual(storage(shared), storage(try XCTUnwrap(second[keyPath: value])))
        }
        for list in [\ArticleFacts.cloudNames, \.supportTopicIds, \.productPesIds, \.anchors] {
            XCTAssertEqual(storage(first[keyPath: list]), storage(second[keyPath: list]))
        }
        XCTAssertEqual(storage(second.supportTopicEntries[0].id), storage(first.supportTopicIds[0]))
        // The title and the header's title are one string when they are equal.
        XCTAssertEqual(storage(try XCTUnwrap(first.title)), storage(try XCTUnwrap(first.pageTitle)))
        // What is each article's own stays its own.
        XCTAssertNotEqual(storage(try XCTUnwrap(first.title)), storage(try XCTUnwrap(second.title)))
    }

    func testAListThatDiffersSharesItsStrings() {
        var interner = FactsInterner()
        var first = facts("a.md", title: "A virtual machine does not start")
        var second = facts("b.md", title: "A virtual machine does not start")
        second.anchors.append(fresh("troubleshooting-the-boot-diagnostics"))
        interner.intern(&first)
        interner.intern(&second)
        XCTAssertNotEqual(storage(first.anchors), storage(second.anchors))
        XCTAssertEqual(storage(first.anchors[0]), storage(second.anchors[0]))
        XCTAssertEqual(second.anchors.count, 2)
    }
}
