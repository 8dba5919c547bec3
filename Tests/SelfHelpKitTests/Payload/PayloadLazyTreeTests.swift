import XCTest
@testable import SelfHelpKit

/// The payload's JSON is only checked while parsing; its tree is built on first use.
final class PayloadLazyTreeTests: XCTestCase {
    private let invalidSamples = [
        "{\"a\": 1,}", "{\"a\" 1}", "[1, 2", "{\"k\": tru}", "{\"s\": \"x\ty\"}", "{\"u\": \"\\q\"}", "{} x",
        "{\"n\": -}", "{\"n\": 1.}", "{\"n\": 1e}", "{\"u\": \"\\u12\"}", String(repeating: "[", count: 300) + String(repeating: "]", count: 300),
    ]
    private let validSamples = ["{}", "[]", "{\"a\": [1, -2.5e3, true, false, null, \"\\u00e9\\n\"]}", "  {\"k\": {\"k\": [{}]}}  "]

    func testValidateReportsExactlyWhatParseReports() {
        for text in invalidSamples + validSamples {
            let source = SourceText(text)
            let range = 0..<source.bytes.count
            let parsed = JSONParser.parse(source, range: range)
            let checked = JSONParser.validate(source, range: range)
            switch parsed {
            case .success: XCTAssertNil(checked, text)
            case .failure(let failure): XCTAssertEqual(checked, failure, text)
            }
        }
    }

    func testTreeIsBuiltOnFirstUseAndEqualsAParse() throws {
        let text = "<properties articleId=\"p\" />\n# P\n---\n{\"formElements\": [{\"id\": \"a\", \"order\": 1}]}\n---\n"
        let article = ArticleParser.parse(text, path: "p.md")
        let payload = try XCTUnwrap(article.payload)
        XCTAssertNil(payload.error)
        let json = try XCTUnwrap(payload.json)
        let direct = try JSONParser.parse(article.source, range: payload.jsonRange.offsets).get()
        XCTAssertEqual(json, direct)
        XCTAssertEqual(json["formElements"]?.value.arrayValue?.first?["id"]?.value.stringValue, "a")
        XCTAssertEqual(json["formElements"]?.location.line, 4)
        XCTAssertEqual(payload.json, json, "a second access gives the kept tree")
    }

    func testInvalidPayloadHasNoTree() throws {
        let article = ArticleParser.parse("<properties articleId=\"p\" />\n# P\n---\n{\"a\": }\n---\n", path: "p.md")
        let payload = try XCTUnwrap(article.payload)
        XCTAssertNotNil(payload.error)
        XCTAssertNil(payload.json)
        XCTAssertEqual(article.diagnostics.map(\.rule), [.payloadJSONInvalid])
    }

    func testTreeIsSafeToBuildFromManyThreads() throws {
        let text = "<properties articleId=\"p\" />\n# P\n---\n{\"list\": [" + (0..<500).map { "{\"v\": \($0)}" }.joined(separator: ",") + "]}\n---\n"
        let payload = try XCTUnwrap(ArticleParser.parse(text, path: "p.md").payload)
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 8)
        defer { counts.deallocate() }
        DispatchQueue.concurrentPerform(iterations: 8) { i in counts[i] = payload.json?["list"]?.value.arrayValue?.count ?? -1 }
        XCTAssertEqual(Array(counts), Array(repeating: 500, count: 8))
    }
}
