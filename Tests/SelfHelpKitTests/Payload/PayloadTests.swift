import XCTest
@testable import SelfHelpKit

final class PayloadTests: XCTestCase {
    private let form = """
    <properties articleId="f" selfHelpType="problemScopingQuestions" />
    # Scoping
    ---
    {
      "$schema": "SelfHelpContent",
      "title": "Tell us more",
      "formElements": [
        { "id": "problem_start_time", "order": 1, "controlType": "datetimepicker", "displayLabel": "When?", "required": true },
        { "id": "os", "order": 2, "controltype": "DropDown", "required": "true",
          "dropdownOptions": [ { "text": "Windows", "value": "win" }, { "text": "I don't know", "value": "dont_know_answer" } ] }
      ]
    }
    ---
    """

    func testFormIsCutOutBeforeMarkdownAndDecoded() {
        let a = ArticleParser.parse(form, path: "f.md")
        XCTAssertEqual(a.title, "Scoping")
        XCTAssertEqual(a.sections.count, 1, "the JSON must not become a setext heading")
        guard case .problemScopingForm(let decoded)? = a.payload?.content else { return XCTFail("no form: \(String(describing: a.payload))") }
        XCTAssertEqual(decoded.title, "Tell us more")
        XCTAssertEqual(decoded.elements.map(\.id), ["problem_start_time", "os"])
        XCTAssertEqual(decoded.elements[1].controlType, "DropDown")
        XCTAssertEqual(decoded.elements[1].required, true)
        XCTAssertEqual(decoded.elements[1].options.map(\.value), ["win", "dont_know_answer"])
        XCTAssertEqual(decoded.elements[1].json.location.line, 9)
        XCTAssertEqual(a.payload?.range.start.line, 3)
        XCTAssertEqual(a.payload?.isClosed, true)
        XCTAssertEqual(a.diagnostics, [])
    }

    func testInvalidJSONKeepsTheTextAndReportsItsPlace() {
        let text = "<properties articleId=\"q\" />\n# Q\n---\n{\n  \"formElements\": [\n    {\"id\": \"a\"},\n  ]\n}\n---\n"
        let a = ArticleParser.parse(text, path: "q.md")
        XCTAssertEqual(a.payload?.content, .invalid)
        XCTAssertTrue(a.payload?.text.contains("formElements") ?? false)
        let d = a.diagnostics.first { $0.rule == .payloadJSONInvalid }
        XCTAssertEqual(d?.location.line, 7)
        XCTAssertEqual(d?.location.column, 3)
        XCTAssertTrue(d?.message.contains("trailing comma") ?? false)
    }

    func testRawTabAndUnquotedKeyAreErrors() {
        let tab = ArticleParser.parse("<properties />\n# T\n---\n{\"a\": \"x\ty\"}\n---\n", path: "t.md")
        XCTAssertEqual(tab.diagnostics.first { $0.rule == .payloadJSONInvalid }?.location, SourceLocation(line: 4, column: 9, offset: 31))
        let key = ArticleParser.parse("<properties />\n# T\n---\n{visibility: null}\n---\n", path: "k.md")
        XCTAssertEqual(key.diagnostics.first { $0.rule == .payloadJSONInvalid }?.location.column, 2)
    }

    func testDuplicateKeysKeepTheLast() {
        let source = SourceText(#"{"a": 1, "a": 2}"#)
        guard case .success(let json) = JSONParser.parse(source, range: 0..<source.bytes.count) else { return XCTFail() }
        XCTAssertEqual(json["a"]?.value, .number("2"))
        XCTAssertEqual(json.value.objectValue?.count, 2)
    }

    func testDeepJSONIsRefusedNotCrashed() {
        let deep = String(repeating: "[", count: 100_000)
        let source = SourceText(deep)
        guard case .failure(let failure) = JSONParser.parse(source, range: 0..<source.bytes.count) else { return XCTFail() }
        XCTAssertTrue(failure.message.contains("nesting"))
    }

    func testSupportTopicDescription() {
        let text = """
        <properties selfHelpType="supportTopicDescription" />
        # Topics
        ---
        {"$schema": "x", "shortDescription": "S", "supportTopics": [{"id": "g1", "shortDescription": "one", "useInDiagnoseAndSolve": "TRUE"}]}
        ---
        """
        guard case .supportTopicDescription(let d)? = ArticleParser.parse(text, path: "s.md").payload?.content else { return XCTFail() }
        XCTAssertEqual(d.shortDescription, "S")
        XCTAssertEqual(d.topics.first?.useInDiagnoseAndSolve, true)
    }
}
