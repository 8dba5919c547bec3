import Foundation
import XCTest
@testable import SelfHelpKit

final class JSONRendererTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let docsSchema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Docs/schemas/article.schema.json")

    func testSHA256MatchesTheStandardVectors() {
        XCTAssertEqual(SHA256.hexDigest(Array("".utf8)), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hexDigest(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hexDigest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hexDigest([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        // Lengths around the padding boundary.
        XCTAssertEqual(SHA256.hexDigest([UInt8](repeating: 0x61, count: 55)), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        XCTAssertEqual(SHA256.hexDigest([UInt8](repeating: 0x61, count: 64)), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
        XCTAssertEqual(SHA256.hexDigest([UInt8](repeating: 0x61, count: 56)), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        XCTAssertEqual(SHA256.hexDigest([UInt8](repeating: 0x61, count: 65)), "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0")
        XCTAssertEqual(SHA256.hexDigest([UInt8](repeating: 0x61, count: 120)), "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c")
        // A collection without contiguous storage takes the copying path.
        XCTAssertEqual(SHA256.hexDigest((0..<1000).lazy.map { _ in UInt8(0x61) }), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    /// Bytes given to a digester a piece at a time have the digest of the whole, however they
    /// are cut: pieces smaller than a block, across blocks' ends, longer than a block, empty, and
    /// not contiguous.
    func testADigestOfPiecesIsTheDigestOfTheWhole() {
        let whole = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for cuts in [[0, 1_000], [1, 63, 64, 65, 200], [55, 56, 57], [0, 0, 128, 128, 999], Array(stride(from: 0, to: 1_000, by: 7))] {
            var digester = SHA256.Digester()
            var start = 0
            for end in cuts + [whole.count] {
                digester.add(whole[start..<max(start, end)])
                start = max(start, end)
            }
            XCTAssertEqual(digester.hexDigest(), SHA256.hexDigest(whole), "cut at \(cuts)")
        }
        var lazy = SHA256.Digester()
        lazy.add([UInt8](repeating: 0x61, count: 10))
        lazy.add((0..<990).lazy.map { _ in UInt8(0x61) })
        XCTAssertEqual(lazy.hexDigest(), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
        XCTAssertEqual(SHA256.Digester().hexDigest(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    /// The sections partition the body: their HTML, in order, is the article's HTML.
    func testSectionsTogetherAreTheWholeArticle() throws {
        for name in ["render/vm-start-failure.md", "render/health-event-placeholders.md", "render/scoping-form.md"] {
            let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
            let a = ArticleParser.parse(bytes, path: name)
            guard case .array(let sections)? = members(JSONRenderer().encode(a))["sections"] else { return XCTFail("no sections") }
            let joined = sections.map { section -> String in
                if case .string(let html)? = members(section)["html"] { return html }
                return ""
            }.joined()
            XCTAssertEqual(joined, HTMLRenderer().render(a), name)
        }
    }

    /// Counts are in characters however the text is written: ASCII (counted by bytes), accents,
    /// emoji and `\r\n` (one character of two bytes each time).
    func testCharacterCountsAreCharactersNotBytes() {
        for text in ["plain ascii", "café\u{301} au lait", "👩‍👩‍👧 family", "a\r\nb", "tab\tand\rCR", ""] {
            XCTAssertEqual(TextUnits.characterCount(text), text.count, text.debugDescription)
        }
    }

    /// Lines are cut as `split(separator: "\n")` cuts them, by bytes or not: `\r\n` and a line
    /// feed before a combining mark stay whole characters.
    func testLinesAreCutAsCharactersAre() {
        for text in ["a\nb\n\n|c", "\n\nx\n", "", "one", "a\r\nb\nc", "é\n\u{301}x\n", "| a |\n| b |\n", "tab\t\n  indented"] {
            for omitting in [true, false] {
                XCTAssertEqual(TextUnits.lineSlices(text, omittingEmpty: omitting), text.split(separator: "\n", omittingEmptySubsequences: omitting),
                               text.debugDescription)
            }
        }
    }

    func testCloudsAreTheEffectiveClouds() throws {
        let a = article(header: #"articleId="c" cloudEnvironments="Public, FairFax, usnat" disableClouds="usnat""#, body: "# T\n\nx\n")
        let chunks = members(JSONRenderer().encode(a))["chunks"].flatMap(array) ?? []
        XCTAssertEqual(members(chunks[0])["clouds"], .array([.string("public"), .string("fairfax")]))
    }

    func testContentHashCoversTheFileBytes() {
        let bytes = Array("<properties articleId=\"h\" />\n# T\n".utf8)
        let a = ArticleParser.parse(bytes, path: "h.md")
        XCTAssertEqual(members(JSONRenderer().encode(a, fileBytes: bytes))["contentHash"], .string("sha256:" + SHA256.hexDigest(bytes)))
    }

    func testTheSchemaCopyInFixturesMatchesDocs() throws {
        let docs = try Data(contentsOf: Self.docsSchema)
        let copy = try Data(contentsOf: Self.fixtures.appendingPathComponent("article.schema.json"))
        XCTAssertEqual(docs, copy, "copy Docs/schemas/article.schema.json to Tests/SelfHelpKitTests/Fixtures/")
    }

    /// Validates the output for every fixture article against the schema with python3 `jsonschema`.
    func testOutputMatchesTheSchema() throws {
        // python3 from PATH (through env), so a virtual environment or pyenv with jsonschema is used.
        let env = "/usr/bin/env"
        guard FileManager.default.isExecutableFile(atPath: env) else { throw XCTSkip("no /usr/bin/env") }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: env)
        probe.arguments = ["python3", "-c", "import jsonschema"]
        probe.standardError = FileHandle.nullDevice
        try probe.run()
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else { throw XCTSkip("python3 with jsonschema not found (pip install jsonschema)") }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("selfhelp-schema-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var files: [String] = []
        let names = ["render/vm-start-failure.md", "render/health-event-placeholders.md", "render/scoping-form.md", "xss-vectors.md",
                     "synchronization-not-working.md", "password-sync-no-passwords.md"]
        for (n, name) in names.enumerated() {
            let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
            let json = JSONRenderer(chunking: ChunkingOptions(maximumTokens: 32, overlapTokens: 8)).render(ArticleParser.parse(bytes, path: name), fileBytes: bytes)
            let url = folder.appendingPathComponent("\(n).json")
            try Data(json.utf8).write(to: url)
            files.append(url.path)
        }
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        bad = 0
        for path in sys.argv[2:]:
            for error in validator.iter_errors(json.load(open(path))):
                bad += 1
                print(path, list(error.absolute_path), error.message)
        sys.exit(1 if bad else 0)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: env)
        process.arguments = ["python3", "-c", script, Self.fixtures.appendingPathComponent("article.schema.json").path] + files
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, output)
    }

    // MARK: helpers

    func members(_ value: JSONOutput) -> [String: JSONOutput] {
        guard case .object(let m) = value else { return [:] }
        return Dictionary(m, uniquingKeysWith: { a, _ in a })
    }

    func array(_ value: JSONOutput) -> [JSONOutput]? {
        if case .array(let a) = value { return a }
        return nil
    }
}
