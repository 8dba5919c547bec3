import Foundation
import XCTest
@testable import SelfHelpKit

/// Findings of the `text` fuzz target (Fuzz/text.swift, Docs/robustness.md): a `<script` written
/// as raw HTML reached the plain text. Fixed in `HTMLTextExtractor` (a space where a dropped
/// element was; a tag cut off by the end of a fragment dropped); the controls below show the
/// check itself can tell content from leaked tags.
final class PlainTextRawHTMLTests: XCTestCase {
    private func plainText(_ body: String) -> String {
        PlainTextRenderer().render(ArticleParser.parse("<properties articleId=\"a\" selfHelpType=\"generic\" />\n# T\n\n" + body, path: "a.md"))
    }

    /// Fixtures/xss-vectors.md v08 (a seed of the fuzz corpus): the text around a stripped `<script>` element
    /// joins into a new `<script>` (`Hello <script>alert(1)`).
    func testTextAroundAStrippedScriptDoesNotJoinIntoATag() throws {
        XCTAssertFalse(plainText("Hello <scr<script>x</script>ipt>alert(1)\n").lowercased().contains("<script"))
    }

    /// crash-39f2148934feb77687d6d34089b6198b5059d3a9 (a corpus article, mutated): an HTML block
    /// that ends inside a start tag keeps the unfinished tag as text. Browsers drop it.
    func testAnUnfinishedTagAtTheEndOfAnHTMLBlockIsDropped() throws {
        XCTAssertFalse(plainText("<link href=\"a.css\">\n<script src=\"x.js\"\n").lowercased().contains("<script"))
        XCTAssertFalse(plainText("<div>\n<SCRIPT\n").lowercased().contains("<script"))
    }

    /// crash-c9f8d70e181de0c7ec42a30e6d939a9282f84210 (xss-vectors.md, mutated): a start tag whose
    /// quoted attribute never closes, with a `>` further on. A browser reads to the end inside the tag.
    func testATagWithAnUnclosedQuoteSwallowsTheRestOfTheBlock() {
        let text = plainText("<ScRiPt type=\"text/javascript\" src=\"https://examplng a tag\n<!--><script>x<\u{200B}ript>-->\n")
        XCTAssertFalse(text.lowercased().contains("<script"), text)
        // Only the rest of its own HTML block: the paragraph after the blank line stays.
        let div = plainText("<div>\nkept <b class=\"x\n<i>y</i>\n\nAfter.\n")
        XCTAssertTrue(div.contains("kept"), div)
        XCTAssertFalse(div.contains("<b") || div.contains("y"), div)
        XCTAssertTrue(div.contains("After."), div)
    }

    /// crash-a6387d93162e940b1e4704a42a42754643118401 (xss-vectors.md, mutated): an unknown
    /// element with a `name="value"` attribute is markup, not an author's `<placeholder>`: its
    /// value must not reach the text. Bare-word pseudo-tags (`<port number>`) stay.
    func testAnUnknownElementWithAttributeValuesIsStripped() {
        let text = plainText("<ifrate srcdoc=\"<script>parent.document.title='PWNED'</script>\"></ifrate>\n\nRun `x` on <port number>.\n")
        XCTAssertFalse(text.lowercased().contains("<script"), text)
        XCTAssertTrue(text.contains("<port number>"), text)
        // crash-73a5429bc750ad988f5436f0dc6df43d13448208: in an HTML block, `<psplit a b\nHello <script>`
        // is one element whose last attribute is named `<script` (HTML5 allows `<` in names).
        let block = plainText("<ol>\n<li>x\na=\"<psplit across nodes\nHello <script>document.title=1\n</script> world.\n")
        XCTAssertFalse(block.lowercased().contains("<script"), block)
        // crash-b71db3449b5ee1864979ea4706ad543fedb2f392: in an HTML block, `<scr<script>` is one
        // element named `scr<script`, and `</scr</script>` its end tag.
        let nested = plainText("<body>\nx\n<scr<script>ipt>document.title=1</scr</script>ipt>\n")
        XCTAssertFalse(nested.lowercased().contains("<script"), nested)
    }

    /// Controls: `<script` as content (code, escaped text) stays; a whole raw script element goes.
    func testScriptAsContentStaysAndARawScriptElementGoes() {
        XCTAssertTrue(plainText("```\n<script src=\"x.js\"></script>\n```\n").contains("<script src=\"x.js\"></script>"))
        XCTAssertTrue(plainText("Write `<script>` in code.\n").contains("<script>"))
        XCTAssertEqual(plainText("Write &lt;script&gt; here.\n").components(separatedBy: "<script>").count - 1, 1)
        XCTAssertFalse(plainText("Hello <script>alert(1)</script> world.\n").lowercased().contains("<script"))
        XCTAssertFalse(plainText("<div>\n<script>alert(1)</script>\n</div>\n").lowercased().contains("alert"))
    }

    /// html fuzz target, content property: `I<properties a="b" s/>elfHelp` read `IelfHelp` in the
    /// plain text (the stripped unknown tag joined the words) while the HTML shows the tag as text.
    func testAStrippedUnknownTagKeepsTheWordsAroundItApart() {
        let text = plainText("I<properties\n    a=\"b\"\n    s/>elfHelp=\"c\"\n")
        XCTAssertTrue(text.contains("I elfHelp"), text)
        XCTAssertFalse(text.contains("properties"), text)
        XCTAssertTrue(plainText("Use <port number> here.\n").contains("<port number>"))
    }

    /// html fuzz target, content property: `wor5&#99&#114ipt` in an HTML block showed `&#99` as
    /// text in the HTML while the plain text (as a browser) decoded it to `c`.
    func testAReferenceWithoutItsSemicolonReadsTheSameInHTMLAndText() {
        let a = article(body: "# T\n\n<div>\nwor5&#99&#114ipt &#x41 &amp b\n</div>\n")
        XCTAssertTrue(PlainTextRenderer().render(a).contains("wor5cript A &amp b"))
        let html = HTMLRenderer().render(a)
        XCTAssertTrue(html.contains("wor5cript A &amp;amp b"), html)
        XCTAssertEqual(ContentProperty.missingWords(text: PlainTextRenderer().render(a), html: html), [])
    }

    /// html fuzz target, content property: a link inside dropped content (`<math>` … `[x](url)` in
    /// one paragraph) wrote its URL in the plain text while the HTML dropped it all.
    func testALinkInsideDroppedContentLeavesNoURL() {
        let text = plainText("Before <math><mtext> [hidden](https://example.com/hidden) after\n")
        XCTAssertTrue(text.contains("Before"), text)
        XCTAssertFalse(text.contains("example.com"), text)
        XCTAssertFalse(text.contains("hidden"), text)
    }
}
