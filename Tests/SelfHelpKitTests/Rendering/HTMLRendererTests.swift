import XCTest
@testable import SelfHelpKit

final class HTMLRendererTests: XCTestCase {
    func html(_ body: String, _ options: RenderOptions = RenderOptions()) -> String {
        HTMLRenderer(options: options).render(article(body: body))
    }

    func testHeadingsGetStableDeduplicatedSlugs() {
        let out = html("# Title\n\n## **Recommended Steps**\n\n## Recommended steps\n\n## recommended-steps-1\n\n## ¿Qué pasó? Ünïcode\n\n## ***\n")
        XCTAssertTrue(out.contains(#"<h2 id="recommended-steps"><strong>Recommended Steps</strong></h2>"#), out)
        XCTAssertTrue(out.contains(#"<h2 id="recommended-steps-1">Recommended steps</h2>"#), out)
        XCTAssertTrue(out.contains(#"<h2 id="recommended-steps-1-1">recommended-steps-1</h2>"#), out)
        XCTAssertTrue(out.contains(#"id="qué-pasó-ünïcode""#), out)
    }

    func testTextIsEscaped() {
        XCTAssertEqual(html("a < b & \"c\" `<i>`\n"), "<p>a &lt; b &amp; &quot;c&quot; <code>&lt;i&gt;</code></p>\n")
    }

    func testBreaksAndLinksOfTheCorpusAreKept() {
        let out = html("Line one<br>\nLine two<br/>\n[Docs](https://docs.microsoft.com/x \"T\") <a href=\"https://aka.ms/x\" target=\"_blank\">aka</a>\n")
        XCTAssertEqual(out, """
            <p>Line one<br>
            Line two<br>
            <a href="https://docs.microsoft.com/x" title="T">Docs</a> <a href="https://aka.ms/x" target="_blank" rel="noopener noreferrer">aka</a></p>

            """)
    }

    func testRejectedMarkdownLinkBecomesItsText() {
        XCTAssertEqual(html("[click **me**](javascript:alert(1)) ![alt](javascript:x)\n"), "<p>click <strong>me</strong> alt</p>\n")
    }

    func testPortalLinkUsesTheDefaultResolver() {
        let out = html("[VM](data-blade:Microsoft_Azure_Compute.VirtualMachineBlade.id.$resourceId)\n")
        XCTAssertTrue(out.contains(#"href="https://portal.azure.com/#blade/Microsoft_Azure_Compute/VirtualMachineBlade/id/$resourceId""#), out)
        XCTAssertTrue(out.contains(#"data-blade-name="VirtualMachineBlade""#), out)
        XCTAssertTrue(out.contains(#"data-blade-parameters="id=$resourceId""#), out)
    }

    func testPortalLinkWithAReplacedResolver() {
        struct Host: LinkResolver {
            func resolve(_ portal: PortalLink) -> ResolvedLink? { ResolvedLink(href: "#open-" + (portal.bladeName ?? ""), attributes: ["data-host": "1"]) }
        }
        XCTAssertEqual(html("[b](data-blade:E.Blade)\n", RenderOptions(linkResolver: Host())), "<p><a href=\"#open-Blade\" data-host=\"1\">b</a></p>\n")
    }

    func testRelativeArticleLinksCanBeRewritten() {
        let out = html("[a](../x/other.md#part) [b](media/x.png) [c](https://example.com/readme.md)\n", RenderOptions(rewriteArticleLinks: true))
        XCTAssertTrue(out.contains(#"href="../x/other.html#part""#), out)
        XCTAssertTrue(out.contains(#"href="media/x.png""#), out)
        XCTAssertTrue(out.contains(#"href="https://example.com/readme.md""#), out)
    }

    func testPlaceholdersShowDefaultOrValue() {
        let body = "At <!--$startTime--> start <!--/$startTime--> on <!--$vm-->vm<!--/$vm-->.\n"
        XCTAssertEqual(html(body), #"<p>At <span class="placeholder" data-placeholder="startTime"> start </span> on <span class="placeholder" data-placeholder="vm">vm</span>.</p>"# + "\n")
        XCTAssertEqual(html(body, RenderOptions(variables: ["STARTTIME": "10:00"])),
                       #"<p>At <span class="placeholder" data-placeholder="startTime">10:00</span> on <span class="placeholder" data-placeholder="vm">vm</span>.</p>"# + "\n")
    }

    func testPlaceholderSwallowedIntoAnHTMLBlock() {
        let out = html("<!--$name-->Default text<!--/$name--> follows.\n", RenderOptions(variables: ["name": "Value"]))
        XCTAssertEqual(out, #"<span class="placeholder" data-placeholder="name">Value</span> follows."# + "\n")
    }

    func testRegionsWrapTheirContentAndNest() {
        let out = html("<!--issueDescription-->\nText **here**.\n<!--inner-->\nMore.\n<!--/inner-->\n<!--/issueDescription-->\nAfter.\n")
        XCTAssertEqual(out, """
            <div class="region" data-region="issueDescription">
            <p>Text <strong>here</strong>.</p>
            <div class="region" data-region="inner">
            <p>More.</p>
            </div>
            </div>
            <p>After.</p>

            """)
    }

    func testUnclosedRegionIsClosedAtTheEnd() {
        XCTAssertEqual(html("<!--open-->\nText.\n"), "<div class=\"region\" data-region=\"open\">\n<p>Text.</p>\n</div>")
    }

    func testRawHTMLSpanningBlocksStaysNested() {
        let out = html("<div>\n\n**in**\n\n</div>\n\n</span> stray\n")
        XCTAssertEqual(out, "<div>\n<p><strong>in</strong></p>\n</div>\n<p> stray</p>\n")
        XCTAssertEqual(HTMLOutputChecker.problems(in: html("*a <b>b* c</b> <i>never closed\n\n<ul><li>x\n")), [])
    }

    func testTightAndLooseLists() {
        XCTAssertEqual(html("- a\n- b\n"), "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")
        XCTAssertEqual(html("3. a\n\n4. b\n"), "<ol start=\"3\">\n<li><p>a</p>\n</li>\n<li><p>b</p>\n</li>\n</ol>\n")
    }

    func testCodeBlocksAreEscapedWithASafeLanguageClass() {
        XCTAssertEqual(html("```bash\necho \"<b>\"\n```\n"), "<pre><code class=\"language-bash\">echo &quot;&lt;b&gt;&quot;\n</code></pre>\n")
        XCTAssertEqual(html("```x\" onclick=\"y\ncode\n```\n"), "<pre><code>code\n</code></pre>\n")
    }

    func testInvalidPayloadIsAnEscapedPre() {
        let a = article(header: #"articleId="p" selfHelpType="problemScopingQuestions""#, body: "# T\n\n---\n{\"a\": <b>}\n---\n")
        let out = HTMLRenderer().render(a)
        XCTAssertTrue(out.contains("<p class=\"payload-error\">The JSON payload is invalid"), out)
        XCTAssertTrue(out.contains("<pre><code>{&quot;a&quot;: &lt;b&gt;}"), out)
    }

    func testOtherPayloadIsADefinitionList() {
        let a = article(header: #"articleId="p" selfHelpType="advisorRecommendationMetadata""#,
                        body: "# T\n\n---\n{\"owner\": \"me\", \"actions\": [{\"documentLink\": \"https://a.example/d\"}], \"n\": 2, \"b\": null}\n---\n")
        let out = HTMLRenderer().render(a)
        XCTAssertTrue(out.contains(#"<dl class="json-object"><dt>owner</dt><dd>me</dd><dt>actions</dt><dd><ol class="json-array"><li><dl class="json-object"><dt>documentLink</dt><dd><a href="https://a.example/d">https://a.example/d</a></dd></dl></li></ol></dd>"#), out)
        XCTAssertEqual(HTMLOutputChecker.problems(in: out), [])
    }

    func testPayloadStringsWithHTMLAreSanitizedNotEscaped() {
        let json = #"{"formElements": [{"id": "a", "order": 1, "controlType": "textbox", "displayLabel": "Name", "infoBalloonText": "See <a href='https://a.example/x' onclick='x'>docs</a>.<br>Thanks & bye"}]}"#
        let a = article(header: #"articleId="p" selfHelpType="problemScopingQuestions""#, body: "# T\n\n---\n\(json)\n---\n")
        let out = HTMLRenderer().render(a)
        XCTAssertTrue(out.contains(#"<p class="form-meta">See <a href="https://a.example/x">docs</a>.<br>Thanks &amp; bye</p>"#), out)
        XCTAssertTrue(PlainTextRenderer().render(a).contains("See docs (https://a.example/x). Thanks & bye"), PlainTextRenderer().render(a))
    }

    func testApolloVideoSplitAcrossInlineNodes() {
        let out = html("Watch this:\n<video>\n    <src>https://www.youtube.com/watch?v=a&amp;t=2</src>\n    <title>Intro</title>\n</video>\n")
        XCTAssertEqual(out, #"<p>Watch this:"# + "\n" + #"<span class="apollo-video"><a href="https://www.youtube.com/watch?v=a&amp;t=2" rel="noopener noreferrer">Video: Intro</a></span></p>"# + "\n")
        let text = PlainTextRenderer().render(article(body: "Watch this:\n<video>\n    <src>https://v.example/1</src>\n    <title>Intro</title>\n</video>\n"))
        XCTAssertEqual(text, "Watch this:\nVideo: Intro (https://v.example/1)\n")
        // A `<title>` line starts an HTML block and ends the paragraph: the video still gets its link.
        XCTAssertTrue(html("Watch:\n<video>\n<src>https://v.example/2</src>\n<title>T</title>\n</video>\n").contains(#"<a href="https://v.example/2""#))
    }

    func testSupportTopicDescription() {
        let json = #"{"shortDescription": "Short", "longDescription": "Long", "supportTopics": [{"id": "1", "shortDescription": "Topic", "longDescription": "About <it>", "category": "Cat"}]}"#
        let a = article(header: #"articleId="s" selfHelpType="supportTopicDescription""#, body: "# T\n\n---\n\(json)\n---\n")
        let out = HTMLRenderer().render(a)
        XCTAssertTrue(out.contains(#"<li data-topic-id="1"><strong>Topic</strong>: About &lt;it&gt; <span class="form-meta">(Cat)</span></li>"#), out)
    }

    func testStandalonePageHasCharsetTitleCSPAndNoExternalRequests() {
        let a = article(header: #"articleId="x" pageTitle="Page &amp; <title>""#, body: "# H\n")
        let page = HTMLRenderer(standalone: true).render(a)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"), page)
        XCTAssertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; img-src &#39;self&#39; https: data:; style-src &#39;unsafe-inline&#39;"), page)
        XCTAssertTrue(page.contains("<title>Page &amp; &lt;title&gt;</title>"), page)
        XCTAssertFalse(page.contains("<link"))
        XCTAssertFalse(page.contains("url("))
        XCTAssertEqual(HTMLOutputChecker.problems(in: page, page: true), [])
    }
}

final class PlainTextRendererTests: XCTestCase {
    func text(_ body: String, width: Int? = nil, variables: [String: String] = [:]) -> String {
        PlainTextRenderer(options: RenderOptions(variables: variables), width: width).render(article(body: body))
    }

    func testHeadingsListsAndLinks() {
        XCTAssertEqual(text("# Title\n\nIntro with [a link](https://a.example) and <https://b.example>.\n\n1. one\n2. two\n   - nested\n   - more\n3. three\n"), """
            Title

            Intro with a link (https://a.example) and https://b.example.

            1. one
            2. two
               - nested
               - more
            3. three

            """)
    }

    func testCodeIsIndentedAndHTMLStripped() {
        XCTAssertEqual(text("Run:\n\n```\nls -l\n```\n\nA<br>B &amp; <b>bold</b> &lt;port&gt; <port>\n"), """
            Run:

                ls -l

            A
            B & bold <port> <port>

            """)
    }

    func testEntitiesInRawHTMLAreDecoded() {
        XCTAssertEqual(text("<div>caf&eacute; &#8212; &nbsp;x &unknown;</div>\n"), "café — \u{A0}x &unknown;\n")
    }

    func testPlaceholdersShowDefaultOrValue() {
        XCTAssertEqual(text("At <!--$t-->start<!--/$t--> UTC.\n"), "At start UTC.\n")
        XCTAssertEqual(text("At <!--$t-->start<!--/$t--> UTC.\n", variables: ["t": "<noon>"]), "At <noon> UTC.\n")
    }

    func testWrapping() {
        let out = text("- " + String(repeating: "word ", count: 30) + "\n", width: 40)
        for line in out.split(separator: "\n") { XCTAssertLessThanOrEqual(line.count, 40, String(line)) }
        XCTAssertTrue(out.contains("\n  word"), out)
    }

    func testBlockQuotes() {
        XCTAssertEqual(text("> quoted\n>\n> twice\n"), "> quoted\n>\n> twice\n")
    }
}
