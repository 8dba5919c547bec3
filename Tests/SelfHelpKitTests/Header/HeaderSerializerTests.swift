import Foundation
import XCTest
@testable import SelfHelpKit

/// ``HeaderSerializer``: canonical layout, escaping, and parse → serialize → parse over the
/// header fixtures (Fixtures/header: quotes, entities, unknown keys, duplicates, odd whitespace),
/// the other fixtures and the sample articles.
final class HeaderSerializerTests: XCTestCase {
    static let headerFixtures = ["quotes.md", "entities.md", "unknown-keys.md", "duplicates.md", "whitespace.md"]

    private func fixture(_ name: String) throws -> [UInt8] { try Fixture.bytes("header/" + name) }

    func testEscapingCoversAmpersandQuoteAndLineBreaksOnly() {
        XCTAssertEqual(HeaderSerializer.escape("a & \"b\"\r\n'c' <d> \u{A0}\t"), "a &amp; &quot;b&quot;&#xD;&#xA;'c' <d> \u{A0}\t")
        XCTAssertEqual(HeaderSerializer.escape("&amp;"), "&amp;amp;")
        XCTAssertEqual(HeaderSerializer.escape("plain"), "plain")
    }

    func testLayoutIsOneAttributePerLineInSourceOrder() {
        let article = ArticleParser.parse("<properties b=\"2\" articleid='x'  A=\"1\"/>\n# T\n", path: "a.md")
        XCTAssertEqual(HeaderSerializer().serialize(article.header), "<properties\n    b=\"2\"\n    articleId=\"x\"\n    A=\"1\"\n/>")
        XCTAssertEqual(HeaderSerializer(indent: "\t", lineEnding: "\r\n").serialize(article.header), "<properties\r\n\tb=\"2\"\r\n\tarticleId=\"x\"\r\n\tA=\"1\"\r\n/>")
        XCTAssertEqual(HeaderSerializer().serialize(nil as Header?), "<properties\n/>")
    }

    func testKnownKeysAreCanonicalAndUnknownKeysKeepTheirSpelling() throws {
        let article = ArticleParser.parse(try fixture("unknown-keys.md"), path: "unknown-keys.md")
        let lines = HeaderSerializer().serialize(article.header).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let keys = lines.dropFirst().dropLast().map { String($0.prefix { $0 != "=" }) }
        XCTAssertEqual(keys, article.header!.attributes.map { $0.key.isKnown ? $0.key.name : $0.rawKey })
        XCTAssertTrue(keys.contains("selfHelpType") && keys.contains("articleId") && keys.contains("x-custom.key:v2") && keys.contains("supportToicIds"))
        XCTAssertFalse(keys.contains("SELFHELPTYPE"))
    }

    func testRepeatedKeysAreAllWrittenAndTheLastStillWins() throws {
        let trip = HeaderRoundTrip(try fixture("duplicates.md"), path: "duplicates.md")
        XCTAssertEqual(trip.reparsed.header?.attributes.map(\.key.name), trip.original.header?.attributes.map(\.key.name))
        XCTAssertEqual(trip.reparsed.header?.attributes.filter { $0.key == .articleId }.map(\.value), ["first", "second", ""])
        XCTAssertNil(trip.reparsed.metadata.articleId)
        XCTAssertEqual(trip.reparsed.metadata.cloudEnvironments, [.fairfax, .mooncake])
        XCTAssertEqual(trip.reparsed.metadata.unknownFields["author"], "b")
        XCTAssertEqual(trip.reparsed.diagnostics.filter { $0.rule == .headerDuplicateKey }.count,
                       trip.original.diagnostics.filter { $0.rule == .headerDuplicateKey }.count)
        XCTAssertEqual(trip.problems, [])
    }

    func testEntitiesAndQuotesReadBackAsTheSameValues() throws {
        for name in ["entities.md", "quotes.md"] {
            let trip = HeaderRoundTrip(try fixture(name), path: name)
            XCTAssertEqual(trip.problems, [], name)
            let values = trip.original.header!.attributes.map(\.value)
            XCTAssertTrue(values.contains { $0.contains("\"") } || values.contains { $0.contains("&") }, "the fixture exercises escaping")
        }
        let entities = HeaderRoundTrip(try fixture("entities.md"), path: "entities.md")
        XCTAssertEqual(entities.reparsed.metadata.pageTitle, "Backup & restore <VM>")
        XCTAssertEqual(entities.reparsed.metadata.infoBubbleText, "line one\nline two\r\nthree")
        XCTAssertTrue(entities.reparsed.metadata.description!.contains("&bogus; &#0;"))
        let quotes = HeaderRoundTrip(try fixture("quotes.md"), path: "quotes.md")
        XCTAssertEqual(quotes.reparsed.metadata.pageTitle, "Say \"hello\" to the portal")
        XCTAssertEqual(quotes.reparsed.metadata.articleId, "unquoted-id")
    }

    func testOddWhitespaceBrokenQuotesAndStrayCharactersRoundTrip() throws {
        let bytes = try fixture("whitespace.md")
        let trip = HeaderRoundTrip(bytes, path: "whitespace.md")
        XCTAssertTrue(trip.original.diagnostics.contains { $0.rule == .headerSyntax }, "the fixture is damaged on purpose")
        XCTAssertEqual(trip.problems, [])
        XCTAssertEqual(trip.reparsed.metadata.pageTitle, "Padded title")
        XCTAssertEqual(trip.reparsed.metadata.supportTopicIds, ["1", "2", "3"])
        XCTAssertEqual(trip.reparsed.metadata.ownershipId, "Team_X")
        XCTAssertEqual(trip.reparsed.metadata.displayOrder, .value(7))
        XCTAssertEqual(trip.reparsed.header?.attributes.last?.rawKey, "flag")
    }

    func testEveryFixtureAndSampleArticleRoundTripsWithLFAndCRLF() throws {
        var files = try Self.headerFixtures.map { ("header/" + $0, try fixture($0)) }
        for name in ["password-sync-no-passwords.md", "synchronization-not-working.md", "xss-vectors.md"] {
            files.append((name, try Fixture.bytes(name)))
        }
        for path in ArticleLoader.articleFiles(in: [SampleArticles.folder]).files {
            files.append((path, try ArticleLoader.readBytes(path)))
        }
        XCTAssertGreaterThan(files.count, 20)
        for serializer in [HeaderSerializer(), HeaderSerializer(indent: "  ", lineEnding: "\r\n")] {
            for (path, bytes) in files {
                XCTAssertEqual(HeaderRoundTrip(bytes, path: path, serializer: serializer).problems, [], path)
            }
        }
    }

    func testMetadataSerializesToAHeaderThatReadsBackAsTheSameMetadata() throws {
        var files = try Self.headerFixtures.map { try fixture($0) }
        for path in ArticleLoader.articleFiles(in: [SampleArticles.folder]).files { files.append(try ArticleLoader.readBytes(path)) }
        for bytes in files {
            let metadata = ArticleParser.parse(bytes, path: "a.md").metadata
            let text = HeaderSerializer().serialize(metadata)
            let reparsed = ArticleParser.parse(text + "\n# T\n", path: "b.md")
            XCTAssertEqual(reparsed.metadata, metadata, text)
            XCTAssertEqual(reparsed.diagnostics.filter { $0.rule == .headerSyntax || $0.rule == .headerDuplicateKey }, [], text)
        }
    }

    /// The check can fail: a line break written raw (no escaping) is misread as a lost quote.
    func testRoundTripCheckNoticesAnUnescapedLineBreak() {
        let value = "first\n  articleId=\"x"
        let raw = ArticleParser.parse("<properties\n    pageTitle=\"\(value)\"\n/>\n", path: "a.md")
        XCTAssertNotEqual(raw.metadata.pageTitle, value)
        let escaped = ArticleParser.parse("<properties\n    \(HeaderSerializer.attribute(key: .pageTitle, value: value))\n/>\n", path: "a.md")
        XCTAssertEqual(escaped.header?.attributes.map(\.value), [value])
    }

    /// `fix` writes key spellings through the serializer: after fixing, every key the
    /// `header-key-case` rule looks at is spelled as the serializer writes it, and only keys changed.
    func testKeyCaseFixWritesTheSerializersSpelling() throws {
        let bytes = try fixture("unknown-keys.md")
        let outcome = FixSession.fix(bytes, path: "unknown-keys.md")
        XCTAssertTrue(outcome.changed)
        XCTAssertTrue(outcome.applied.contains { $0.rule.rawValue == "header-key-case" })
        let fixed = ArticleParser.parse(outcome.bytes, path: "unknown-keys.md")
        for attribute in fixed.header!.attributes where attribute.key.isKnown {
            XCTAssertEqual(attribute.rawKey, HeaderSerializer.keyText(attribute.key))
        }
        XCTAssertEqual(fixed.metadata, ArticleParser.parse(bytes, path: "unknown-keys.md").metadata)
        XCTAssertEqual(outcome.bytes.count, bytes.count, "key spellings keep their length")
    }

    /// The example of Docs/library.md ("Writing a header back"), run, and still in the doc.
    func testLibraryDocExampleRunsAndIsInTheDoc() throws {
        let article = ArticleParser.parse(try fixture("unknown-keys.md"), path: "unknown-keys.md")
        let header = HeaderSerializer().serialize(article.header)
        let crlf = HeaderSerializer(indent: "\t", lineEnding: "\r\n").serialize(article.header)
        let fromMetadata = HeaderSerializer().serialize(article.metadata)
        let canonical = header + String(decoding: article.source.bytes[article.bodyStart...], as: UTF8.self)
        XCTAssertEqual(ArticleParser.parse(canonical, path: "a.md").metadata, article.metadata)
        XCTAssertEqual(ArticleParser.parse(crlf + "\r\n# T\r\n", path: "a.md").metadata, article.metadata)
        XCTAssertEqual(ArticleParser.parse(fromMetadata + "\n# T\n", path: "a.md").metadata, article.metadata)
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Docs/library.md")
        let markdown = try String(contentsOf: doc, encoding: .utf8)
        for line in ["let header = HeaderSerializer().serialize(article.header)",
                     "let crlf = HeaderSerializer(indent: \"\\t\", lineEnding: \"\\r\\n\").serialize(article.header)",
                     "let fromMetadata = HeaderSerializer().serialize(article.metadata)",
                     "let canonical = header + String(decoding: article.source.bytes[article.bodyStart...], as: UTF8.self)"] {
            XCTAssertTrue(markdown.contains(line), "Docs/library.md no longer holds: \(line)")
        }
    }
}
