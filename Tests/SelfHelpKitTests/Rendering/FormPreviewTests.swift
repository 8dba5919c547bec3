import XCTest
@testable import SelfHelpKit

/// A problem-scoping form renders as a disabled preview of its controls, with its conditions in words.
final class FormPreviewTests: XCTestCase {
    private func form(_ elements: String) -> String {
        let body = "# Form\n\n---\n{\"title\": \"Form\", \"formElements\": [\(elements)]}\n"
        return HTMLRenderer().render(article(header: #"articleId="x" selfHelpType="problemScopingQuestions""#, body: body))
    }

    private let kind = #"{"id": "failure_kind", "order": 1, "controlType": "dropdown", "displayLabel": "Failure kind", "required": true, "dropdownOptions": [{"text": "Error", "value": "error"}, {"text": "Don't know", "value": "dont_know_answer"}, {"text": "Slow", "value": "slow"}]}"#

    func testControlsAreRealAndDisabled() {
        let out = form(kind + #", {"id": "when", "order": 2, "controlType": "datetimepicker", "displayLabel": "When?"}, {"id": "vm", "order": 2, "controlType": "dropdown", "displayLabel": "Machine", "watermarkText": "Select the machine", "dropdownOptions": [{"text": "vm1", "value": "vm1"}]}, {"id": "problem_description", "order": 3, "controlType": "multilinetextbox", "displayLabel": "Details", "watermarkText": "For example <b>the error</b>"}"#)
        XCTAssertTrue(out.contains(#"<select class="form-control" aria-label="Failure kind" required disabled><option>Select…</option><option>Error</option><option>Don&#39;t know</option><option>Slow</option></select>"#), out)
        XCTAssertTrue(out.contains(#"<input type="datetime-local" class="form-control" aria-label="When?" disabled>"#), out)
        XCTAssertTrue(out.contains(#"<textarea rows="3" placeholder="For example the error" class="form-control" aria-label="Details" disabled></textarea>"#), out)
        XCTAssertTrue(out.contains(#"<option>Select the machine</option><option>vm1</option></select></li>"#), "a drop-down's hint is its closed text: \(out)")
        XCTAssertFalse(out.contains("<form"), "a preview, not a form")
        XCTAssertFalse(out.contains("Answer:"))
    }

    func testConditionsReadAsWords() {
        let out = form(kind + #", {"id": "code", "order": 2, "controlType": "textbox", "displayLabel": "Error code", "visibility": "failure_kind == error || failure_kind == dont_know_answer"}, {"id": "b", "order": 3, "controlType": "textbox", "visibility": "failure_kind != slow && code == 5"}, {"id": "c", "order": 4, "controlType": "textbox", "visibility": "weird(expression)"}"#)
        XCTAssertTrue(out.contains("Shown when <em>Failure kind</em> is <em>Error</em> or <em>Don&#39;t know</em>"), out)
        XCTAssertTrue(out.contains("Shown when <em>Failure kind</em> is not <em>Slow</em> and <em>Error code</em> is <em>5</em>"), out)
        XCTAssertTrue(out.contains("Shown when <code>weird(expression)</code>"), out)
    }

    func testHintThatAlreadyGivesAnExampleIsNotPrefixedAgain() {
        XCTAssertEqual(PayloadText.example("For example, a date"), "For example, a date")
        XCTAssertEqual(PayloadText.example("a date"), "e.g. a date")
    }
}
