import Foundation
import XCTest
@testable import SelfHelpKit

/// The real corpus, outside the unit tests: runs only when `SELFHELP_CORPUS` names a folder.
///
///     SELFHELP_CORPUS=../shared/corpus/articles swift test --filter CorpusRenderingTests
///
/// Every article must render to HTML, text and JSON without a crash; its HTML must pass the
/// independent checker (tags, attributes, URL schemes, nesting) and keep its `<br>` and links, and
/// every word of its body's plain text must be in its HTML (``ContentProperty``).
final class CorpusRenderingTests: XCTestCase {
    func testEveryCorpusArticleRendersSafelyInAllForms() throws {
        let files = try Corpus.files()
        var brIn = 0, brOut = 0, linksIn = 0, linksOut = 0, failures = 0, missing = 0
        let html = HTMLRenderer(), text = PlainTextRenderer(), json = JSONRenderer()
        for path in files {
            let bytes = try ArticleLoader.readBytes(path)
            let article = ArticleParser.parse(bytes, path: path)
            let out = html.render(article)
            let problems = HTMLOutputChecker.problems(in: out)
            if !problems.isEmpty {
                failures += 1
                if failures <= 20 { XCTFail("\(path): \(problems.prefix(5))") }
            }
            _ = text.render(article)
            // The body's words (a payload's plain text adds labels such as "Note" of its own).
            let body = 1..<article.markdown.nodes.count
            let lost = ContentProperty.missingWords(text: text.renderFragment(article.markdown, body),
                                                    html: html.renderFragment(article.markdown, body, slugs: HeadingSlugs.compute(article.markdown)))
            if !lost.isEmpty {
                missing += 1
                if missing <= 20 { XCTFail("\(path): plain-text words missing from the HTML: \(lost.prefix(10))") }
            }
            _ = json.render(article, fileBytes: bytes)
            // `<br>` written in the body (outside code), and web links.
            for index in article.markdown.nodes.indices {
                switch article.markdown.nodes[index].kind {
                case .htmlBlock(let literal), .htmlInline(let literal):
                    brIn += literal.lowercased().components(separatedBy: "<br").count - 1
                default: break
                }
            }
            brOut += out.components(separatedBy: "<br>").count - 1
            linksIn += article.links.filter { if case .web = $0.kind { return !$0.isImage } else { return false } }.count
            linksOut += out.components(separatedBy: "<a href=\"http").count - 1
        }
        print("corpus: \(files.count) articles, <br> \(brIn) written / \(brOut) rendered, web links \(linksIn) / \(linksOut), \(failures) with problems, \(missing) losing words")
        XCTAssertEqual(failures, 0)
        XCTAssertEqual(missing, 0)
        XCTAssertGreaterThanOrEqual(brOut, brIn, "every <br> is kept")
        XCTAssertGreaterThanOrEqual(linksOut, linksIn, "every web link is kept")
    }
}
