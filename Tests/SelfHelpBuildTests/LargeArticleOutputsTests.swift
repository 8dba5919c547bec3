import SelfHelpKit
@testable import SelfHelpBuild
import XCTest

/// A large article's outputs are written to their files as they are made (``SpillingOutput``):
/// the bytes must be those made in memory, and a small article's stay in memory.
final class LargeArticleOutputsTests: XCTestCase {
    private func scratchFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("large-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: folder) }
        return folder
    }

    /// An article of several sections, about `size` bytes, with links, code, a list, quotes and
    /// backslashes to escape, and text in several scripts.
    private func article(size: Int) -> (Article, [UInt8]) {
        var text = "<properties articleId=\"big\" selfHelpType=\"generic\" />\n# Big \"one\"\n\nIntro with a [link](https://example.com/a) and `code`.\n\n"
        var section = 0
        while text.utf8.count < size {
            section += 1
            text += "## Part \(section)\n\n"
            for n in 0..<200 {
                text += "Line \(n) of part \(section): \"quoted\" \\ back\\slash, <br> tag, café ünïcode 日本語, [more](https://example.com/\(n)).\n\n"
            }
            text += "- one\n- two\n\n```\ncode \"block\"\n```\n\n"
        }
        let bytes = Array(text.utf8)
        return (ArticleParser.parse(bytes, path: "big.md", maximumSize: 1 << 30), bytes)
    }

    private func read(_ path: String) throws -> [UInt8] { try FileContents.read(path) }

    func testALargeRenderingWrittenAsItIsMadeIsTheEncodedRendering() throws {
        let (article, bytes) = article(size: 1_200_000)
        let folder = try scratchFolder()
        let options = SiteBuilder.Options()
        let renderer = ArticleOutputRenderer(render: options.render, chunking: options.chunking)
        let hash = SHA256.hexDigest(bytes)
        let rendered = try renderer.render(article, fileBytes: bytes, fileHash: hash, withBody: false, jsonFile: folder + "/big.json")

        guard case .file(let path, let count) = rendered.json else { return XCTFail("a rendering over the threshold goes to its file") }
        let written = try read(path)
        XCTAssertEqual(written.count, count)
        XCTAssertGreaterThan(count, 2 * SpillingOutput.threshold, "written in several pieces")
        let encoded = JSONRenderer(options: options.render, chunking: options.chunking).encode(article, fileBytes: bytes, fileHash: hash)
        XCTAssertTrue(written == Array(encoded.serialized().utf8), "the file holds the bytes of JSONRenderer.encode")

        guard case .scratch(let chunkFile) = rendered.chunks else { return XCTFail("large chunk lines go to a scratch file") }
        guard case .object(let members) = encoded, case .array(let chunks)? = members.first(where: { $0.0 == "chunks" })?.1, chunks.count > 10 else {
            return XCTFail("no chunks")
        }
        let feed = try StreamingFile(folder + "/chunks.jsonl")
        XCTAssertEqual(try feed.append(rendered.chunks), 0)
        try feed.finish()
        XCTAssertEqual(String(decoding: try read(folder + "/chunks.jsonl"), as: UTF8.self), chunks.map { $0.serialized() + "\n" }.joined())
        XCTAssertEqual(chunkFile.count, rendered.chunks.count)

        // The same article rendered in memory (no file): the same bytes.
        guard case .bytes(let inMemory) = try renderer.render(article, fileBytes: bytes, fileHash: hash).json else { return XCTFail("no file, no spill") }
        XCTAssertTrue(inMemory == written)
    }

    func testASmallRenderingStaysInMemoryAndWritesNothing() throws {
        let folder = try scratchFolder()
        let article = ArticleParser.parse("<properties articleId=\"a\" />\n# T\n\nText.\n", path: "a.md")
        let renderer = ArticleOutputRenderer(render: RenderOptions(), chunking: ChunkingOptions())
        let rendered = try renderer.render(article, fileBytes: Array(article.source.bytes), fileHash: "0", jsonFile: folder + "/a.json")
        guard case .bytes(let json) = rendered.json, case .bytes = rendered.chunks else { return XCTFail("kept in memory") }
        XCTAssertTrue(String(decoding: json, as: UTF8.self).hasPrefix("{\"schemaVersion\":"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [], "no file, not even a temporary one")
    }

    func testALargePageWrittenPieceByPieceIsTheRenderedPage() throws {
        let folder = try scratchFolder()
        let entry = SiteFixture.entry("big.md", title: "Big")
        let finding = Diagnostic(rule: RuleID("link-vague-text"), severity: .info, message: "the link text `more` says little", file: "big.md",
                                 range: SourceRange(start: SourceLocation(line: 3, column: 1, offset: 0), end: SourceLocation(line: 3, column: 2, offset: 1)))
        let findings = Array(repeating: finding, count: 20_000)
        let body = Array(String(repeating: "<p>Some &quot;text&quot; and more.</p>\n", count: 80_000).utf8)
        let page = SpillingOutput(file: folder + "/big.html")
        var buffer: [UInt8] = []
        ArticlePage.write(entry, findings: findings, related: [], body: { body }, into: &buffer, spill: page.spill)
        guard case .file(let path, let count) = try page.finish(buffer) else { return XCTFail("a large page goes to its file") }
        let expected = ArticlePage.render(entry, findings: findings, related: [], body: body)
        XCTAssertEqual(count, expected.count)
        XCTAssertTrue(try read(path) == expected, "the page written piece by piece is the page rendered whole")
    }
}
