import XCTest
@testable import SelfHelpKit

/// `RenderOptions.idPrefix` (`--id-prefix`): every id and in-page link the HTML writes is
/// prefixed, in the HTML and in the JSON rendering's section HTML; other links are not.
final class IDPrefixTests: XCTestCase {
    let a = article(body: """
        # Title

        See [the steps](#steps), <a href="#steps">them again</a> and [docs](https://example.com/#steps).

        ## Steps

        Do it.

        ## Steps
        """)

    func testIdsAndFragmentLinksArePrefixed() {
        let html = HTMLRenderer(options: RenderOptions(idPrefix: "kb1-")).render(a)
        XCTAssertTrue(html.contains(#"<h1 id="kb1-title">"#), html)
        XCTAssertTrue(html.contains(#"<h2 id="kb1-steps">"#), html)
        XCTAssertTrue(html.contains(#"<h2 id="kb1-steps-1">"#), html)
        XCTAssertTrue(html.contains(##"<a href="#kb1-steps">the steps</a>"##), html)
        XCTAssertTrue(html.contains(##"<a href="#kb1-steps">them again</a>"##), html)
        XCTAssertTrue(html.contains(#"<a href="https://example.com/#steps">docs</a>"#), html)
        XCTAssertFalse(html.contains(#"id="steps""#))
    }

    func testWithoutAPrefixNothingChanges() {
        let html = HTMLRenderer().render(a)
        XCTAssertTrue(html.contains(##"<a href="#steps">the steps</a>"##), html)
        XCTAssertTrue(html.contains(#"<h2 id="steps">"#), html)
    }

    func testTheJSONSectionHTMLHonoursThePrefix() {
        guard case .object(let members) = JSONRenderer(options: RenderOptions(idPrefix: "kb1-")).encode(a),
              case .array(let sections)? = members.first(where: { $0.0 == "sections" })?.1 else { return XCTFail("no sections") }
        var html = ""
        var ids: [String] = []
        for case .object(let section) in sections {
            if case .string(let part)? = section.first(where: { $0.0 == "html" })?.1 { html += part }
            if case .string(let id)? = section.first(where: { $0.0 == "id" })?.1 { ids.append(id) }
        }
        XCTAssertEqual(ids, ["kb1-title", "kb1-steps", "kb1-steps-1"])
        XCTAssertEqual(html, HTMLRenderer(options: RenderOptions(idPrefix: "kb1-")).render(a))
    }
}
