import XCTest
@testable import SelfHelpKit

/// Token-sized chunks of the JSON rendering: limits, boundaries, overlap, ids, lines.
final class TokenChunkerTests: XCTestCase {
    struct Chunk {
        var id: String, index: Int, section: Int, lines: [Int], tokens: Int, text: String, headingPath: [String]
    }

    func chunks(_ a: Article, _ chunking: ChunkingOptions = ChunkingOptions()) -> [Chunk] {
        guard case .object(let members) = JSONRenderer(chunking: chunking).encode(a),
              case .array(let items)? = members.first(where: { $0.0 == "chunks" })?.1 else { return [] }
        return items.compactMap { item in
            guard case .object(let m) = item else { return nil }
            func value(_ key: String) -> JSONOutput? { m.first { $0.0 == key }?.1 }
            guard case .string(let id)? = value("id"), case .int(let index)? = value("index"), case .int(let section)? = value("section"),
                  case .array(let lines)? = value("lines"), case .int(let tokens)? = value("tokens"), case .string(let text)? = value("text"),
                  case .array(let path)? = value("headingPath") else { return nil }
            return Chunk(id: id, index: index, section: section, lines: lines.compactMap { if case .int(let n) = $0 { n } else { nil } },
                         tokens: tokens, text: text,
                         headingPath: path.compactMap { if case .string(let s) = $0 { s } else { nil } })
        }
    }

    static let paragraph = (1...40).map { "Sentence number \($0) tells the reader what to check." }.joined(separator: " ")
    static let body = """
        # Title

        Short intro.

        ## Steps

        \(paragraph)

        \(paragraph)

        ```
        code line one
        code line two
        ```

        ## Docs

        - one
        - two
        """

    func testEveryChunkFitsAndIsCountedOnItsText() {
        let options = ChunkingOptions(maximumTokens: 64, overlapTokens: 8)
        let result = chunks(article(body: Self.body), options)
        XCTAssertGreaterThan(result.count, 8)
        for chunk in result {
            XCTAssertLessThanOrEqual(chunk.tokens, 64, chunk.text)
            XCTAssertEqual(chunk.tokens, TokenEstimator().count(chunk.text))
            XCTAssertFalse(chunk.text.isEmpty)
        }
        XCTAssertEqual(result.map(\.index), Array(0..<result.count))
    }

    func testChunksNeverCutWordsCodeBlocksOrSpanSections() {
        let result = chunks(article(body: Self.body), ChunkingOptions(maximumTokens: 64, overlapTokens: 8))
        let words = Set(TextUnits.words(Self.paragraph))
        for chunk in result where chunk.headingPath == ["Title", "Steps"] {
            for word in TextUnits.words(chunk.text) where word != "Steps" && !word.hasPrefix("code") && word != "line" && word != "one" && word != "two" {
                XCTAssertTrue(words.contains(word), "cut word \(word) in \(chunk.text)")
            }
        }
        XCTAssertEqual(result.filter { $0.text.contains("code line one") }.count, 1)
        XCTAssertTrue(result.contains { $0.text.hasSuffix("code line one\n    code line two") })
        // Sections are never mixed.
        for chunk in result { XCTAssertFalse(chunk.text.contains("Short intro.") && chunk.text.contains("Sentence"), chunk.text) }
    }

    func testEachChunkAfterTheFirstStartsWithTheEndOfThePreviousOne() {
        let result = chunks(article(body: Self.body), ChunkingOptions(maximumTokens: 64, overlapTokens: 16))
        var checked = 0
        for (previous, chunk) in zip(result, result.dropFirst()) where previous.section == chunk.section {
            let firstSentence = String(chunk.text.prefix { $0 != "." }) + "."
            XCTAssertTrue(previous.text.hasSuffix(firstSentence) || previous.text.contains(firstSentence + " "), "\(previous.text)\n---\n\(chunk.text)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 4)
        // Without overlap, no chunk repeats a sentence of the one before.
        let plain = chunks(article(body: Self.body), ChunkingOptions(maximumTokens: 64, overlapTokens: 0))
        for (previous, chunk) in zip(plain, plain.dropFirst()) where previous.section == chunk.section && chunk.text.hasPrefix("Sentence") {
            XCTAssertFalse(previous.text.contains(String(chunk.text.prefix(20))))
        }
    }

    func testIdsOfAnUntouchedSectionStayWhenASectionIsAddedBeforeIt() {
        let before = chunks(article(body: Self.body), ChunkingOptions(maximumTokens: 64, overlapTokens: 8))
        let added = Self.body.replacingOccurrences(of: "## Steps", with: "## New section\n\nA new paragraph.\n\n## Steps")
        let after = chunks(article(body: added), ChunkingOptions(maximumTokens: 64, overlapTokens: 8))
        let steps = before.filter { $0.headingPath.last == "Steps" || $0.headingPath.last == "Docs" }
        XCTAssertGreaterThan(steps.count, 4)
        XCTAssertEqual(steps.map(\.id), after.filter { $0.headingPath.last == "Steps" || $0.headingPath.last == "Docs" }.map(\.id))
        // The indices move; the ids do not.
        XCTAssertNotEqual(steps.map(\.index), after.filter { $0.headingPath.last == "Steps" || $0.headingPath.last == "Docs" }.map(\.index))
        XCTAssertTrue(after.contains { $0.headingPath.last == "New section" })
    }

    func testEqualChunksInOneArticleAreToldApartInDocumentOrder() {
        let a = article(body: "# T\n\n## Same\n\nRepeated text.\n\n## Same\n\nRepeated text.\n\n## Same\n\nRepeated text.\n")
        let ids = chunks(a).filter { $0.headingPath.last == "Same" }.map(\.id)
        XCTAssertEqual(ids.count, 3)
        XCTAssertEqual(ids[1], ids[0] + "-2")
        XCTAssertEqual(ids[2], ids[0] + "-3")
        XCTAssertTrue(ids[0].hasPrefix("x#"))
    }

    func testLinesAreTheSourceLinesOfTheChunk() {
        // Line 1 is the header, 2 blank, 3 the title.
        let a = article(body: "# Title\n\nFirst paragraph.\n\n## Part\n\nLine a\nline b.\n\n- item one\n- item two\n")
        let result = chunks(a)
        XCTAssertEqual(result.map(\.lines), [[3, 5], [7, 13]])
        let small = chunks(article(body: "# Title\n\n## Part\n\n" + (1...30).map { "- item number \($0) of the list" }.joined(separator: "\n") + "\n"),
                           ChunkingOptions(maximumTokens: 32, overlapTokens: 0))
        XCTAssertGreaterThan(small.count, 3)
        XCTAssertEqual(small.last?.lines.last, 36)
        for (a, b) in zip(small, small.dropFirst()) where a.section == b.section { XCTAssertEqual(a.lines[1] + 1, b.lines[0]) }
    }

    func testCharacterLimitAndContextPrefix() {
        let options = ChunkingOptions(maximumTokens: 512, overlapTokens: 0, maximumCharacters: 120, prefixesContext: true)
        let result = chunks(article(body: Self.body), options)
        for chunk in result where !chunk.text.contains("code line") {
            XCTAssertLessThanOrEqual(chunk.text.count, 120, chunk.text)
        }
        let steps = result.filter { $0.headingPath.last == "Steps" }
        XCTAssertTrue(steps.allSatisfy { $0.text.hasPrefix("Title > Steps\n\n") }, steps.map(\.text).joined(separator: "\n---\n"))
    }

    func testOptionsAreBroughtIntoRange() {
        let options = ChunkingOptions(maximumTokens: 4, overlapTokens: 100, maximumCharacters: 3)
        XCTAssertEqual(options.maximumTokens, 16)
        XCTAssertEqual(options.overlapTokens, 7)
        XCTAssertEqual(options.maximumCharacters, 50)
    }
}

