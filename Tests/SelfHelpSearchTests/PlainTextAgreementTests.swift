import Foundation
import XCTest
import SelfHelpKit
import SelfHelpSearch

/// The three plain texts of an article agree: `selfhelp render --to text` (``PlainTextRenderer``),
/// the search index's `text` column (``SearchIndex/searchableText(for:)``) and the JSON
/// rendering's text, sections and chunks, apart from what ``PlainTextRenderer`` documents that
/// each use adds: the index's leading `pageTitle` and links without their URL, the chunks' overlap and context line (off
/// here), their cut into blocks and the blank lines that cut drops.
///
/// Over the bundled articles and the rendering fixtures; over the real corpus too when
/// `SELFHELP_CORPUS` names a folder:
///
///     SELFHELP_CORPUS=../shared/corpus/articles swift test --filter PlainTextAgreementTests
final class PlainTextAgreementTests: XCTestCase {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    func testFixtureArticlesHaveOnePlainText() throws {
        let folders = [SampleArticles.folder, Self.testsFolder.appendingPathComponent("SelfHelpKitTests/Fixtures/render").path]
        let files = ArticleLoader.articleFiles(in: folders).files
        XCTAssertGreaterThan(files.count, 20)
        let disagreeing = try files.filter { try !agrees(path: $0) }
        XCTAssertEqual(disagreeing, [])
    }

    func testCorpusArticlesHaveOnePlainText() throws {
        guard let folder = ProcessInfo.processInfo.environment["SELFHELP_CORPUS"] else {
            throw XCTSkip("set SELFHELP_CORPUS to a folder of articles")
        }
        let files = ArticleLoader.articleFiles(in: [folder]).files
        XCTAssertFalse(files.isEmpty, "no articles under \(folder)")
        let disagreeing = try files.filter { try !agrees(path: $0) }
        print("plain text agreement: \(files.count) articles, \(disagreeing.count) disagreeing")
        XCTAssertEqual(disagreeing, [])
    }

    func testSearchableTextIsTheRenderedTextAfterADifferentPageTitleWithoutLinkURLs() {
        let body = "# Heading\n\nOne\ntwo.\n\n* [item](reset-keys.md) <a href=\"https://a.example\">x</a>\n"
        let article = ArticleParser.parse("<properties pageTitle=\"Page\" />\n" + body, path: "t.md")
        XCTAssertEqual(SearchIndex.searchableText(for: article), "Page\n\nHeading\n\nOne two.\n\n- item x\n")
        XCTAssertEqual(PlainTextRenderer().render(article), "Heading\n\nOne two.\n\n- item (reset-keys.md) x (https://a.example)\n")
        let same = ArticleParser.parse("<properties pageTitle=\"Heading\" />\n# Heading\n", path: "t.md")
        XCTAssertEqual(SearchIndex.searchableText(for: same), "Heading\n")
    }

    /// Whether the article at `path` has one plain text; each difference found is a test failure
    /// naming the file.
    func agrees(path: String) throws -> Bool {
        let article = ArticleParser.parse(try ArticleLoader.readBytes(path), path: path)
        let text = PlainTextRenderer().render(article)
        var agrees = true
        var indexAgrees = true
        func check(_ other: String, _ what: String) {
            guard other != text else { return }
            agrees = false
            XCTFail("\(path): \(what) differs from the rendered text:\n\(other.debugDescription)\n---\n\(text.debugDescription)")
        }
        var index = SearchIndex.searchableText(for: article)
        if let pageTitle = article.metadata.pageTitle, !pageTitle.isEmpty, pageTitle != article.title {
            XCTAssertTrue(index.hasPrefix(pageTitle + "\n\n"), path)
            index.removeFirst(pageTitle.count + 2)
        }
        if index != PlainTextRenderer(showsLinkURLs: false).render(article) {
            indexAgrees = false
            XCTFail("\(path): the search index's text is not the rendered text without link URLs")
        }
        // One chunk per section (no limit reached), without overlap or context line.
        let chunking = ChunkingOptions(maximumTokens: 1_000_000, overlapTokens: 0)
        let json = JSONRenderer(chunking: chunking).encode(article)
        check(Self.string(json["text"]), "the JSON text")
        // A section whose text is empty (an HTML comment before the first heading) adds nothing.
        check(Self.strings(json["sections"], "text").filter { !$0.isEmpty }.joined(separator: "\n"), "the JSON sections' texts")
        // Chunks hold no empty block and no blank line at a block's end (a list item that ends
        // with a code block's blank line): compared with runs of blank lines made one.
        let chunks = Self.strings(json["chunks"], "text").joined(separator: "\n\n")
        if Self.collapsingBlankLines(chunks) != Self.collapsingBlankLines(text) {
            check(chunks, "the chunks' texts")
        }
        return agrees && indexAgrees
    }

    /// `text` with runs of blank lines made one, and none at either end.
    static func collapsingBlankLines(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !(line.isEmpty && (lines.last?.isEmpty ?? true)) {
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    static func string(_ value: JSONOutput?) -> String {
        if case .string(let s)? = value { return s }
        return ""
    }

    /// The `key` member of every object of an array.
    static func strings(_ value: JSONOutput?, _ key: String) -> [String] {
        guard case .array(let items)? = value else { return [] }
        return items.map { string($0[key]) }
    }
}

extension JSONOutput {
    /// The member `key` of an object.
    subscript(key: String) -> JSONOutput? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }
}
