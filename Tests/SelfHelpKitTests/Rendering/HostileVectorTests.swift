import XCTest
@testable import SelfHelpKit

/// The hostile vectors of `Fixtures/hostile/vectors.txt` (see its README), each rendered at the
/// top level, in a list item and in a block quote, followed by sentinel content: nothing
/// dangerous may survive, every sentinel must, and every word of the plain text must appear in
/// the HTML (``ContentProperty``).
final class HostileVectorTests: XCTestCase {
    struct Vector {
        var name: String
        var source: String
    }

    static func vectors() throws -> [Vector] {
        let text = String(decoding: try Fixture.bytes("hostile/vectors.txt"), as: UTF8.self)
        var result: [Vector] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("%% ") {
                result.append(Vector(name: String(line.dropFirst(3)), source: ""))
            } else if !result.isEmpty {
                result[result.count - 1].source += (result[result.count - 1].source.isEmpty ? "" : "\n") + line
            }
        }
        return result.map { Vector(name: $0.name, source: $0.source.trimmingHeaderWhitespace()) }
    }

    /// Content after the vector's container, with what the HTML must show of it.
    static let sentinels = """
        Sentinel paragraph stays visible.

        ## Sentinel heading

        A [sentinel link](https://example.com/sentinel) and ![sentinel image](https://example.com/sentinel.png).

        <table><tr><td>sentinel cell</td></tr></table>

        - sentinel item

        ```
        sentinel code
        ```
        """
    static let sentinelHTML = [
        "<p>Sentinel paragraph stays visible.</p>", "<h2 id=\"sentinel-heading\">Sentinel heading</h2>",
        "<a href=\"https://example.com/sentinel\">sentinel link</a>", "<img src=\"https://example.com/sentinel.png\" alt=\"sentinel image\">",
        "<td>sentinel cell</td>", "<li>sentinel item</li>", "<pre><code>sentinel code\n</code></pre>",
    ]

    /// The vector in each container, with the sentinel that must follow it inside the container.
    static func placements(_ source: String) -> [(context: String, body: String, inner: String?)] {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let item = "- " + lines.joined(separator: "\n  ") + "\n- sentinel next item\n"
        let quote = lines.map { "> " + $0 }.joined(separator: "\n") + "\n>\n> sentinel quoted paragraph\n"
        return [("top", source + "\n", nil), ("list item", item, "sentinel next item"), ("block quote", quote, "sentinel quoted paragraph")]
    }

    /// CommonMark runs an HTML block that starts with `<script`, `<style`, `<pre` or `<textarea`
    /// (or `<!--`) to the line with its end tag (`-->`), else to the end of its container: what follows in the same
    /// container is part of the block (as in a browser), not Markdown after it.
    /// (A browser reads them to the end of the document too.) The sentinels then are not Markdown.
    static func swallowsItsContainer(_ source: String) -> Bool {
        let lower = source.lowercased()
        if lower.hasPrefix("<!--") { return !lower.contains("-->") }
        for name in ["script", "style", "pre", "textarea"] where lower.hasPrefix("<" + name) {
            let after = lower.dropFirst(name.count + 1).first
            if after == nil || after == " " || after == ">" || after == "\n" { return !lower.contains("</\(name)>") }
        }
        return false
    }

    func testTheCorpusCoversEveryClass() throws {
        let vectors = try Self.vectors()
        XCTAssertGreaterThanOrEqual(vectors.count, 200)
        let classes = Set(vectors.map { $0.name.split(separator: ":")[0] })
        XCTAssertEqual(classes, ["script", "handler", "url", "style", "foreign", "mxss", "comment", "unclosed", "open", "embed", "markdown", "template", "encoding"])
    }

    func testNothingDangerousSurvivesAndEverySentinelDoes() throws {
        for vector in try Self.vectors() {
            for placement in Self.placements(vector.source) {
                let what = "\(vector.name) (\(placement.context))"
                let a = article(body: "# Vector\n\n" + placement.body + "\n" + Self.sentinels + "\n")
                let options = RenderOptions(variables: ["name": "<script>alert(1)</script>"])
                for html in [HTMLRenderer().render(a), HTMLRenderer(options: options).render(a)] {
                    XCTAssertEqual(HTMLOutputChecker.problems(in: html), [], "\(what):\n\(html)")
                    let swallowed = Self.swallowsItsContainer(vector.source)
                    for sentinel in Self.sentinelHTML where !(swallowed && placement.context == "top") {
                        XCTAssertTrue(html.contains(sentinel), "\(what): lost \(sentinel)\n\(html)")
                    }
                    if let inner = placement.inner, !swallowed {
                        XCTAssertTrue(html.contains(inner), "\(what): lost \(inner)\n\(html)")
                    }
                }
                let page = HTMLRenderer(standalone: true).render(a)
                XCTAssertEqual(HTMLOutputChecker.problems(in: page, page: true), [], what)
            }
        }
    }

    func testEveryWordOfThePlainTextIsInTheHTML() throws {
        for vector in try Self.vectors() {
            for placement in Self.placements(vector.source) {
                let a = article(body: "# Vector\n\n" + placement.body + "\n" + Self.sentinels + "\n")
                let html = HTMLRenderer().render(a)
                let text = PlainTextRenderer().render(a)
                XCTAssertEqual(ContentProperty.missingWords(text: text, html: html), [], "\(vector.name) (\(placement.context)):\n\(text)\n---\n\(html)")
            }
        }
    }

    func testThePlainTextHasNoTagsFromMarkupNorControlCharacters() throws {
        for vector in try Self.vectors() where !vector.source.contains("&lt;") && !vector.source.contains("`") {
            for placement in Self.placements(vector.source) {
                let a = article(body: "# Vector\n\n" + placement.body + "\n" + Self.sentinels + "\n")
                let text = PlainTextRenderer().render(a)
                let htmlText = ContentProperty.visibleText(ofHTML: HTMLRenderer().render(a))
                XCTAssertNil(Self.markupTag(in: text, unlessIn: htmlText), "\(vector.name) (\(placement.context)):\n\(text)")
                XCTAssertFalse(text.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }, vector.name)
            }
        }
    }

    func testTheContentPropertyNoticesAWordMissingFromTheHTML() {
        XCTAssertEqual(ContentProperty.missingWords(text: "kept lost 12", html: "<p>kept</p><a href=\"https://x.example/kept\">x</a>"), ["lost"])
        XCTAssertEqual(ContentProperty.missingWords(text: "alt words here", html: "<img src=\"a.png\" alt=\"alt words\"> here"), [])
        // Inline tags join words; a link's URL in the plain text splits them (fuzz: a false alarm).
        XCTAssertEqual(ContentProperty.missingWords(text: "Classicː", html: "<strong>Classic</strong>ː"), [])
        XCTAssertEqual(ContentProperty.missingWords(text: "issues (https://x.example)e issue", html: "<a href=\"https://x.example\">issues</a>e issue"), [])
        XCTAssertEqual(ContentProperty.missingWords(text: "Settinx (y)gs", html: "Settin<a href=\"y\">x</a>gs"), [])
        XCTAssertEqual(ContentProperty.missingWords(text: "1657a2", html: "1657<img src=\"b\" alt=\"a\">2"), [])
    }

    /// The first tag in `text` that a browser would read as markup — a known element's name
    /// (allowed, dropped or Apollo), or an attribute with a value (`onerror=…`) — and that the HTML
    /// did not show as text (`htmlText`): markup of the article that reached the plain text.
    static func markupTag(in text: String, unlessIn htmlText: String) -> String? {
        let pattern = #"</?([A-Za-z][^\s/>]*)([^<>\n]*)>"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        let ns = text as NSString
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: match.range(at: 1)).lowercased()
            let rest = ns.substring(with: match.range(at: 2))
            if case .escape = HTMLAllowlist.decision(for: name), !rest.contains("=") { continue }
            let tag = ns.substring(with: match.range)
            if htmlText.contains(tag) { continue }
            return tag
        }
        return nil
    }
}
