import XCTest
@testable import SelfHelpKit

/// One test per sanitizer decision (Docs/security.md lists them).
final class HTMLSanitizerTests: XCTestCase {
    func sanitize(_ html: String) -> String { HTMLSanitizer().sanitize(html) }

    func testAllowedTagIsKept() {
        XCTAssertEqual(sanitize("<b>bold</b> <i>it</i> <u>u</u>"), "<b>bold</b> <i>it</i> <u>u</u>")
        XCTAssertEqual(sanitize("<dl><dt>a</dt><dd>b</dd></dl>"), "<dl><dt>a</dt><dd>b</dd></dl>")
    }

    func testBreakIsKeptInEverySpelling() {
        XCTAssertEqual(sanitize("a<br>b<br/>c<BR />d</br>e"), "a<br>b<br>c<br>d<br>e")
    }

    func testTagNamesAreLowerCased() {
        XCTAssertEqual(sanitize("<B>x</B>"), "<b>x</b>")
    }

    func testDisallowedAttributeIsDropped() {
        XCTAssertEqual(sanitize(#"<span style="color:red" class="x" id="main" title="t">s</span>"#), #"<span title="t">s</span>"#)
    }

    func testEventHandlerIsDropped() {
        XCTAssertEqual(sanitize(#"<b onclick="alert(1)" ONMOUSEOVER=alert(1)>x</b>"#), "<b>x</b>")
    }

    func testAttributeValuesAreReEscaped() {
        XCTAssertEqual(sanitize(#"<abbr title='say "hi" & <bye>'>x</abbr>"#), #"<abbr title="say &quot;hi&quot; &amp; &lt;bye&gt;">x</abbr>"#)
    }

    func testAttributeQuotingStylesAreRead() {
        XCTAssertEqual(sanitize(#"<a href=https://a.example/x title='t' target="_blank">l</a>"#),
                       #"<a href="https://a.example/x" title="t" target="_blank" rel="noopener noreferrer">l</a>"#)
    }

    func testFirstOfRepeatedAttributesWins() {
        XCTAssertEqual(sanitize(#"<a href="https://a.example" href="javascript:alert(1)">l</a>"#), #"<a href="https://a.example">l</a>"#)
    }

    func testTargetGetsNoopenerAndOnlyKnownValues() {
        XCTAssertEqual(sanitize(#"<a href="/x" target="evil">l</a>"#), #"<a href="/x">l</a>"#)
    }

    func testRejectedHrefIsDroppedButTheLinkTextStays() {
        XCTAssertEqual(sanitize(#"<a href="javascript:alert(1)">l</a>"#), "<a>l</a>")
    }

    func testImageWithoutAllowedSourceShowsItsAltText() {
        XCTAssertEqual(sanitize(#"<img src="javascript:alert(1)" alt="diagram">"#), "diagram")
        XCTAssertEqual(sanitize(#"<img src="data:image/png;base64,AAAA" alt="d">"#), "d")
        XCTAssertEqual(sanitize(#"<img src="media/x.png" alt="x" width="200" height="abc" onerror="x">"#), #"<img src="media/x.png" alt="x" width="200">"#)
    }

    func testUnknownTagIsEscapedNotDropped() {
        XCTAssertEqual(sanitize("Open <port> 443"), "Open &lt;port&gt; 443")
        XCTAssertEqual(sanitize("in <your resource group>"), "in &lt;your resource group&gt;")
        XCTAssertEqual(sanitize("<ResourceGroupName>rg</ResourceGroupName>"), "&lt;ResourceGroupName&gt;rg&lt;/ResourceGroupName&gt;")
    }

    func testDangerousTagIsDroppedWithItsContent() {
        XCTAssertEqual(sanitize("a<script>alert(1)</script>b"), "ab")
        XCTAssertEqual(sanitize("a<style>p{}</style>b"), "ab")
        XCTAssertEqual(sanitize("a<iframe src=x>fallback</iframe>b"), "ab")
        XCTAssertEqual(sanitize("a<svg><circle/></svg>b"), "ab")
        XCTAssertEqual(sanitize("a<template><b>x</b></template>b"), "ab")
    }

    func testUnclosedDangerousTagDropsTheRest() {
        XCTAssertEqual(sanitize("a<script>alert(1)"), "a")
    }

    func testUnsafeButHarmlessTagIsDroppedKeepingItsText() {
        XCTAssertEqual(sanitize("<form action=x><button style=x>Open</button><input value=v></form>"), "Open")
        XCTAssertEqual(sanitize("<font color=red>red</font> <center>c</center>"), "red c")
    }

    func testCommentsAreDropped() {
        XCTAssertEqual(sanitize("a<!-- hidden <b>x</b> -->b<!---->c<!-->d"), "abcd")
    }

    func testDoctypeAndProcessingInstructionsAreDropped() {
        XCTAssertEqual(sanitize("<!DOCTYPE html><?xml version='1.0'?>x"), "x")
    }

    func testOutputIsWellNested() {
        XCTAssertEqual(sanitize("<b><i>x</b>y"), "<b><i>x</i></b>y")
        XCTAssertEqual(sanitize("<div><span>open"), "<div><span>open</span></div>")
        XCTAssertEqual(sanitize("stray</div></b>"), "stray")
    }

    func testTextIsEscapedAndCharacterReferencesKept() {
        XCTAssertEqual(sanitize("a < b > c & d &amp; &#169; &nbsp; &bogus"), "a &lt; b &gt; c &amp; d &amp; &#169; &nbsp; &amp;bogus")
        XCTAssertEqual(sanitize("\"quotes\" 'single'"), "&quot;quotes&quot; &#39;single&#39;")
    }

    func testApolloVideoBecomesALink() {
        let html = sanitize("<video>\n  <src>https://www.youtube.com/watch?v=abc&amp;t=1</src>\n  <title>Private Link</title>\n</video>")
        XCTAssertEqual(html, #"<p class="apollo-video"><a href="https://www.youtube.com/watch?v=abc&amp;t=1" rel="noopener noreferrer">Video: Private Link</a></p>"#)
    }

    func testApolloInsightBecomesALabelledBox() {
        let html = sanitize("<insight>\n<symptomId>VmStart</symptomId>\n<executionText>Running checks</executionText>\n<script>x</script></insight>")
        XCTAssertEqual(html, #"<div class="apollo-insight" role="note"><p class="apollo-label">Insight: VmStart</p><dl><dt>Symptom</dt><dd>VmStart</dd><dt>While running</dt><dd>Running checks</dd></dl></div>"#)
    }

    func testApolloAzureKBAndMetric() {
        XCTAssertTrue(sanitize("<azureKB><client>portal</client></azureKB>").contains("Azure knowledge base articles"))
        let metric = sanitize("<metric><name>cpu</name><title>CPU</title><timeSpanDuration>1d</timeSpanDuration></metric>")
        XCTAssertTrue(metric.contains("Metric: CPU"), metric)
        XCTAssertTrue(metric.contains("<dt>Time span</dt><dd>1d</dd>"), metric)
    }
}

final class URLPolicyTests: XCTestCase {
    func testAllowedSchemes() {
        for url in ["https://docs.microsoft.com/azure", "http://example.com", "HTTPS://EXAMPLE.COM", "mailto:a@example.com", "mailTo:a@example.com",
                    "#recommended-steps", "../other/article.md", "media/x.png", "/abs/path", "//cdn.example.com/x", "?q=1", ""] {
            XCTAssertNotNil(URLPolicy.sanitize(url), url)
        }
    }

    func testRejectedSchemes() {
        for url in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:msgbox", "data:text/html;base64,AAAA", "data:image/png;base64,AAAA",
                    "file:///etc/passwd", "ftp://x", "livescript:x", "C:\\Users\\x.png", "data-blade:Ext.Blade", "ttps://x"] {
            XCTAssertNil(URLPolicy.sanitize(url), url)
        }
    }

    func testWhitespaceAndControlTricksAreRejected() {
        for url in [" javascript:alert(1)", "\tjavascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:x",
                    "\u{01}javascript:x", "java\u{0}script:x", "javascript\u{0B}:x", "  \n JAVASCRIPT:x"] {
            XCTAssertNil(URLPolicy.sanitize(url), url.debugDescription)
        }
    }

    func testPercentEncodedSchemeIsRejected() {
        XCTAssertNil(URLPolicy.sanitize("java%73cript:alert(1)"))
        XCTAssertNil(URLPolicy.sanitize("%6Aavascript:alert(1)"))
    }

    func testEntityTricksAreRejectedOnceDecoded() {
        // The sanitizer decodes attribute values before the check, as a browser does.
        for raw in ["&#106;avascript:x", "&#x6A;avascript:x", "javascript&colon;x", "java&Tab;script:x", "&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58x"] {
            XCTAssertNil(URLPolicy.sanitize(HTMLText.decodingEntities(raw)), raw)
        }
    }

    func testImagesRejectMailto() {
        XCTAssertNil(URLPolicy.sanitize("mailto:a@b", context: .image))
        XCTAssertNotNil(URLPolicy.sanitize("https://a/b.png", context: .image))
    }

    func testUnsafeCharactersArePercentEncoded() {
        XCTAssertEqual(URLPolicy.sanitize("https://a.example/x y\"<>é"), "https://a.example/x%20y%22%3C%3E%C3%A9")
        XCTAssertEqual(URLPolicy.sanitize("  https://a.example/\tx  "), "https://a.example/x")
    }
}
