import XCTest
@testable import SelfHelpKit

/// The hostile-input suite: every vector of Fixtures/xss-vectors.md (one section each) is
/// rendered alone and within the whole article, as a fragment and as a page, and the output is
/// checked by ``HTMLOutputChecker``, which does not use the sanitizer.
final class XSSTests: XCTestCase {
    /// The vectors: (heading, Markdown source) of each `## vNN` section.
    func vectors() throws -> [(name: String, source: String)] {
        let text = String(decoding: try Fixture.bytes("xss-vectors.md"), as: UTF8.self)
        var result: [(String, String)] = []
        for part in text.components(separatedBy: "\n## ").dropFirst() {
            let lines = part.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            result.append((String(lines[0]), lines.count > 1 ? String(lines[1]) : ""))
        }
        return result
    }

    func assertSafe(_ html: String, page: Bool = false, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let problems = HTMLOutputChecker.problems(in: html, page: page)
        XCTAssertEqual(problems, [], "\(what):\n\(html)", file: file, line: line)
        // What a successful attack would need: script, a handler, or a script URL in an attribute.
        XCTAssertFalse(html.lowercased().contains("<script"), what, file: file, line: line)
        XCTAssertNil(html.range(of: #"(href|src|action)\s*=\s*"\s*(javascript|vbscript|data):"#, options: [.regularExpression, .caseInsensitive]), what, file: file, line: line)
    }

    func testTheSuiteHasAtLeastFortyVectors() throws {
        XCTAssertGreaterThanOrEqual(try vectors().count, 40)
    }

    func testEveryVectorAloneRendersSafely() throws {
        for (name, source) in try vectors() {
            let a = article(body: "# Vector\n\n" + source)
            assertSafe(HTMLRenderer().render(a), name)
            assertSafe(HTMLRenderer(standalone: true).render(a), page: true, name)
            // With a hostile placeholder value as well.
            let withValue = HTMLRenderer(options: RenderOptions(variables: ["name": "<script>document.title='PWNED'</script>"]))
            assertSafe(withValue.render(a), name + " (with a value)")
        }
    }

    func testEveryVectorThroughTheSanitizerAloneIsSafe() throws {
        for (name, source) in try vectors() {
            assertSafe(HTMLSanitizer().sanitize(source), name)
        }
    }

    func testTheWholeVectorArticleRendersSafelyInEveryForm() throws {
        let a = try Fixture.article("xss-vectors.md")
        assertSafe(HTMLRenderer(standalone: true).render(a), page: true, "whole article")
        let json = JSONRenderer().encode(a)
        guard case .object(let members) = json, case .array(let sections)? = members.first(where: { $0.0 == "sections" })?.1 else {
            return XCTFail("no sections")
        }
        XCTAssertGreaterThan(sections.count, 40)
        for case .object(let section) in sections {
            if case .string(let html)? = section.first(where: { $0.0 == "html" })?.1 { assertSafe(html, "JSON section html") }
        }
        // Plain text is text (whoever puts it in HTML escapes it), but dropped elements stay dropped.
        let text = PlainTextRenderer().render(a)
        XCTAssertFalse(text.contains("<svg"), text)
        XCTAssertFalse(text.contains("<mtext"), text)
    }

    func testEveryWordOfThePlainTextAppearsInTheHTML() throws {
        for (name, source) in try vectors() {
            let a = article(body: "# Vector\n\n" + source + "\n\nAfter the vector.\n")
            let html = HTMLRenderer().render(a)
            let text = PlainTextRenderer().render(a)
            XCTAssertEqual(ContentProperty.missingWords(text: text, html: html), [], "\(name):\n\(text)\n---\n\(html)")
            XCTAssertTrue(html.contains("After the vector."), name)
        }
        let whole = try Fixture.article("xss-vectors.md")
        XCTAssertEqual(ContentProperty.missingWords(text: PlainTextRenderer().render(whole), html: HTMLRenderer().render(whole)), [])
    }

    func testPlaceholderValuesAreEscapedNotParsed() {
        let a = article(body: "# T\n\nHello <!--$name-->you<!--/$name-->.\n")
        let html = HTMLRenderer(options: RenderOptions(variables: ["name": "<img src=x onerror=alert(1)>\"'&"])).render(a)
        assertSafe(html, "value")
        XCTAssertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;"), html)
    }

    func testInfoblockContentGoesThroughTheSanitizer() {
        let json = #"""
        {"$schema": "SelfHelpContent", "title": "Form", "formElements": [
          {"id": "info", "order": 1, "controlType": "infoblock",
           "content": "See <a href=\"javascript:alert(1)\" onclick=\"alert(1)\">this</a><script>alert(1)</script><img src=x onerror=alert(1)> and <a href=\"https://example.com\">docs</a>"},
          {"id": "q", "order": 2, "controlType": "dropdown", "displayLabel": "<b onmouseover=alert(1)>Pick</b>", "required": true,
           "dropdownOptions": [{"text": "<script>alert(1)</script>", "value": "a"}]}
        ]}
        """#
        let a = article(header: #"articleId="f" selfHelpType="problemScopingQuestions""#, body: "# Form\n\n---\n\(json)\n---\n")
        let html = HTMLRenderer().render(a)
        assertSafe(html, "payload")
        XCTAssertTrue(html.contains(#"<a href="https://example.com">docs</a>"#), html)
        XCTAssertTrue(html.contains("&lt;b onmouseover=alert(1)&gt;Pick&lt;/b&gt;"), "labels are text: \(html)")
    }

    func testCustomLinkResolverCannotInjectScript() {
        struct Hostile: LinkResolver {
            var href: String
            func resolve(_ portal: PortalLink) -> ResolvedLink? {
                ResolvedLink(href: href, attributes: ["onclick": "alert(1)", "data-ok": "\"><script>alert(1)</script>"])
            }
        }
        let a = article(body: "# T\n\n[blade](data-blade:Ext.Blade)\n")
        let rejected = HTMLRenderer(options: RenderOptions(linkResolver: Hostile(href: "javascript:alert(1)"))).render(a)
        assertSafe(rejected, "resolver")
        XCTAssertTrue(rejected.contains("<p>blade</p>"), rejected)
        let html = HTMLRenderer(options: RenderOptions(linkResolver: Hostile(href: "https://example.com/blade"))).render(a)
        assertSafe(html, "resolver")
        XCTAssertFalse(html.contains("onclick"))
        XCTAssertTrue(html.contains("data-ok=\"&quot;&gt;&lt;script&gt;"), html)
    }

    func testDeepHostileNestingRendersWithoutRecursion() {
        let depth = 20_000
        let body = "# T\n\n" + String(repeating: "> ", count: 200) + String(repeating: "<div>", count: depth) + "x" + "\n"
        let html = HTMLRenderer().render(article(body: body))
        XCTAssertEqual(HTMLOutputChecker.problems(in: html), [])
        let list = "# T\n\n" + (0..<2000).map { String(repeating: "  ", count: $0) + "- x" }.joined(separator: "\n")
        let listHTML = HTMLRenderer().render(article(body: list))
        XCTAssertEqual(HTMLOutputChecker.problems(in: listHTML), [])
        _ = PlainTextRenderer().render(article(body: list))
    }
}
