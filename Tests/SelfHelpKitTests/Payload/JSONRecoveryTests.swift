import XCTest
@testable import SelfHelpKit

/// `JSONParser.parseRecovering`: every error it can get past, and what it could read.
final class JSONRecoveryTests: XCTestCase {
    func recover(_ text: String) -> (json: JSONNode?, failures: [String]) {
        let source = SourceText(decoding: Array(text.utf8))
        let result = JSONParser.parseRecovering(source, range: 0..<source.bytes.count)
        return (result.json, result.failures.map { "\($0.location.line):\($0.location.column) \($0.message)" })
    }

    func testValidJSONHasNoFailuresAndTheStrictTree() {
        let text = #"{"a": [1, 2, {"b": "c\n"}], "d": null}"#
        let source = SourceText(decoding: Array(text.utf8))
        let (json, failures) = recover(text)
        XCTAssertEqual(failures, [])
        XCTAssertEqual(json, try? JSONParser.parse(source, range: 0..<source.bytes.count).get())
    }

    func testReportsEveryRecoverableErrorAndKeepsWhatFollows() {
        let text = """
            {"formElements": [
              {"id": "a", "order": 1,},
              {"id": "b" "order": 2},
              {id: "c", "order": 3, "displayLabel": "two\tcolumns"},
              {"id": "d", "order": 2}
            ]}
            """
        let (json, failures) = recover(text)
        XCTAssertEqual(failures, [
            "2:26 trailing comma before `}`",
            "3:14 expected `,` or `}` in the object, found `\"`",
            "4:4 expected a quoted key, found `i`",
            "4:45 a tab inside a string; write it as an escape (\\t, \\n)",
        ])
        let form = json.flatMap(ProblemScopingForm.init(json:))
        XCTAssertEqual(form?.elements.map(\.id), ["a", "b", "c", "d"])
        XCTAssertEqual(form?.elements.map(\.order), [1, 2, 3, 2])
    }

    func testABadValueReadsAsNullUpToTheNextElement() {
        let (json, failures) = recover(#"{"a": [1, tru, 3], "b": 2]}"#)
        XCTAssertEqual(failures, ["1:14 expected `true`", "1:26 expected `,` or `}` in the object, found `]`"])
        XCTAssertEqual(json?["a"]?.value.arrayValue?.count, 3)
        XCTAssertEqual(json?["b"]?.value.intValue, 2)
    }

    func testAnUnclosedPayloadEndsWithOneFailure() {
        let (json, failures) = recover(#"{"a": [1, 2"#)
        XCTAssertEqual(failures.first, "1:12 the array is not closed with `]`")
        XCTAssertEqual(json?["a"]?.value.arrayValue?.count, 2)
    }

    /// Mangled payloads (every byte of a form dropped or doubled in turn) always end, and agree
    /// with the strict reader on whether the text is valid.
    func testMangledPayloadsTerminateAndAgreeWithTheStrictReader() {
        let form = #"{"formElements": [{"id": "a", "order": 1, "options": [{"text": "x", "value": null}]}, {"id": "b", "visibility": "a == x"}]}"#
        let bytes = Array(form.utf8)
        for index in bytes.indices {
            for mangled in [Array(bytes[..<index] + bytes[(index + 1)...]), Array(bytes[...index] + bytes[index...])] {
                let source = SourceText(decoding: mangled)
                let strict = JSONParser.validate(source, range: 0..<source.bytes.count)
                let recovered = JSONParser.parseRecovering(source, range: 0..<source.bytes.count)
                XCTAssertEqual(strict == nil, recovered.failures.isEmpty, String(decoding: mangled, as: UTF8.self))
                if let strict { XCTAssertEqual(recovered.failures.first?.location, strict.location, String(decoding: mangled, as: UTF8.self)) }
            }
        }
    }

    func testDeepNestingIsStillRefused() {
        let (_, failures) = recover(String(repeating: "[", count: 10_000))
        XCTAssertTrue(failures.contains { $0.contains("nesting deeper than") }, "\(failures)")
    }
}
