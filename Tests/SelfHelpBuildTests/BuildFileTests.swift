@testable import SelfHelpBuild
import XCTest

/// The names of a build's outputs are part of its interface (Docs/pipeline.md, Docs/site.md):
/// they must not change by accident.
final class BuildFileTests: XCTestCase {
    func testAnArticlesOutputsAreItsPageJSONAndSearchRecordNamedByItsStem() {
        let outputs = ArticleOutputs(articlePath: "storage/blob access.md")
        XCTAssertEqual(outputs.page, "articles/storage/blob access.html")
        XCTAssertEqual(outputs.json, "articles/storage/blob access.json")
        XCTAssertEqual(outputs.searchRecord, ".selfhelp/search/storage/blob access.record")
        XCTAssertEqual(outputs.all, [outputs.page, outputs.json, outputs.searchRecord], "the manifest records them in this order")
        XCTAssertEqual(ArticleOutputs(articlePath: "notes").page, "articles/notes.html", "a path without .md keeps its whole name")
    }

    func testTheFixedFilesKeepTheirDocumentedNames() {
        XCTAssertEqual(BuildFile.aggregates.map(\.path), ["articles.jsonl", "chunks.jsonl", "kb.sqlite", "diagnostics.sarif",
                                                          "index.html", "search.html", "assets/search.js", "search/meta.json"])
        XCTAssertEqual([BuildFile.manifest, .stamp, .siteRecord, .siteMediaList].map(\.path),
                       [".selfhelp/manifest", ".selfhelp/stamp.json", ".selfhelp/site", ".selfhelp/site-media"])
        XCTAssertEqual(Set(BuildFile.allCases.map(\.path)).count, BuildFile.allCases.count)
    }
}
