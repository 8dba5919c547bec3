import Foundation
import XCTest
@testable import SelfHelpKit

final class ReporterTests: XCTestCase {
    let article = ArticleParser.parse(Example.articleText([#"cloudEnvironments="public, FairFax""#, #"articleId="bad id""#],
                                                          body: "# Title\n\nSee [docs](https://aka.ms/x), please.\n"), path: "kb/my folder/a.md")
    var diagnostics: [Diagnostic] { Validator().validate(article) }

    func testTextFormatHasLocationSourceLineCaretAndSummary() {
        let text = TextReporter().render(diagnostics, files: 1, source: { _ in self.article.source })
        XCTAssertTrue(text.contains("kb/my folder/a.md:4:32: warning: write the cloud `FairFax` as `fairfax` [cloud-spelling]\n"))
        XCTAssertTrue(text.contains("\n      cloudEnvironments=\"public, FairFax\"\n  " + String(repeating: " ", count: 31) + "^\n"), text)
        XCTAssertTrue(text.hasSuffix("1 error, 2 warnings, 1 info in 1 file\n"), text)
        XCTAssertFalse(text.contains("\u{1B}["))
        XCTAssertTrue(TextReporter(color: true).render(diagnostics, files: 1, source: { _ in nil }).contains("\u{1B}[1;31merror\u{1B}[0m"))
    }

    func testJSONFormat() throws {
        let json = JSONReporter.render(diagnostics, files: 1)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let list = try XCTUnwrap(object["diagnostics"] as? [[String: Any]])
        XCTAssertEqual(list.count, diagnostics.count)
        XCTAssertEqual(Set(list[0].keys).isSuperset(of: ["file", "line", "column", "severity", "rule", "message"]), true)
        XCTAssertNotNil(list.first { $0["rule"] as? String == "cloud-spelling" }?["fix"])
        let summary = try XCTUnwrap(object["summary"] as? [String: Int])
        XCTAssertEqual(summary["errors"], 1)
        XCTAssertEqual(summary["files"], 1)
    }

    /// The report is written a diagnostic at a time: the same bytes as the whole document made
    /// as one value and serialized, compact and indented, empty or not.
    func testJSONFormatIsTheDocumentSerialized() {
        for (list, files) in [(diagnostics, 1), ([], 0)] {
            let summary = ReportSummary(list, files: files)
            let document = JSONOutput.object([
                ("diagnostics", .array(list.map(ArticleJSON.diagnostic))),
                ("summary", .object([
                    ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)), ("infos", .int(summary.infos)),
                    ("files", .int(summary.files)), ("filesWithDiagnostics", .int(summary.filesWithDiagnostics)),
                ])),
            ])
            XCTAssertEqual(JSONReporter.render(list, files: files), document.serialized() + "\n")
            XCTAssertEqual(JSONReporter.render(list, files: files, pretty: true), document.prettySerialized() + "\n")
        }
    }

    /// A large report reaches its writer in pieces of about 64 KB that make up the rendered
    /// report exactly, so `selfhelp validate` never holds it whole.
    func testLargeReportsAreWrittenInPiecesThatMakeTheRenderedReport() {
        let many = (0..<2_000).flatMap { i in diagnostics.map { d -> Diagnostic in var d = d; d.file = "kb/\(i).md"; return d } }
        var pieces: [[UInt8]] = []
        JSONReporter.write(many, files: 2_000) { pieces.append($0) }
        XCTAssertGreaterThan(pieces.count, 3)
        XCTAssertTrue(pieces.dropLast().allSatisfy { $0.count >= 1 << 16 && $0.count < 1 << 17 })
        XCTAssertEqual(String(decoding: pieces.joined(), as: UTF8.self), JSONReporter.render(many, files: 2_000))
        var texts: [String] = []
        let source: (String) -> SourceText? = { _ in self.article.source }
        TextReporter().write(many, files: 2_000, source: source) { texts.append($0) }
        XCTAssertGreaterThan(texts.count, 3)
        XCTAssertTrue(texts.dropLast().allSatisfy { $0.utf8.count >= 1 << 16 && $0.utf8.count < 1 << 17 })
        XCTAssertEqual(texts.joined(), TextReporter().render(many, files: 2_000, source: source))
        // Files put into text side by side make the same text, each file's source asked for once.
        let asked = NSCountedSet()
        let lock = NSLock()
        var parallel = ""
        TextReporter().write(many, files: 2_000, jobs: 4, source: { file in
            lock.withLock { asked.add(file) }
            return self.article.source
        }) { parallel += $0 }
        XCTAssertEqual(parallel, texts.joined())
        XCTAssertEqual(asked.count, 2_000)
        XCTAssertTrue(asked.allSatisfy { asked.count(for: $0) == 1 })
        var commands: [String] = []
        GitHubReporter.write(many) { commands.append($0) }
        XCTAssertGreaterThan(commands.count, 3)
        XCTAssertEqual(commands.joined(), GitHubReporter.render(many))
        // A sequence read once is counted as it is written: the summary is the array's.
        var once: [UInt8] = []
        JSONReporter.write(AnySequence(many), files: 2_000) { once += $0 }
        XCTAssertEqual(String(decoding: once, as: UTF8.self), JSONReporter.render(many, files: 2_000))
        XCTAssertTrue(String(decoding: once, as: UTF8.self).hasSuffix("\"filesWithDiagnostics\":2000}}\n"))
    }

    func testGitHubFormatEscapes() {
        let d = Diagnostic(rule: "link-aka-ms", severity: .info, message: "100% bad\nreally", file: "a,b:c.md",
                           range: SourceRange(start: SourceLocation(line: 3, column: 4, offset: 0), end: SourceLocation(line: 3, column: 4, offset: 0)))
        XCTAssertEqual(GitHubReporter.render([d]), "::notice file=a%2Cb%3Ac.md,line=3,col=4,title=link-aka-ms::100%25 bad%0Areally\n")
        XCTAssertTrue(GitHubReporter.render(diagnostics).contains("::error file=kb/my folder/a.md,line=5,col=16,title=article-id-format::"))
    }

    func testSARIFShape() throws {
        let sarif = SARIFReporter.render(diagnostics, source: { _ in self.article.source })
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        XCTAssertEqual(object["version"] as? String, "2.1.0")
        let run = try XCTUnwrap((object["runs"] as? [[String: Any]])?.first)
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "selfhelp")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.count, RuleRegistry.descriptions.count)
        XCTAssertEqual(rules.first { $0["id"] as? String == "link-aka-ms" }?["helpUri"] as? String,
                       "https://github.com/selfhelpkit/selfhelpkit/blob/main/Docs/rules.md#link-aka-ms")
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, diagnostics.count)
        XCTAssertTrue(sarif.contains(#""uri": "kb/my%20folder/a.md""#))
    }

    /// The SARIF output validates against the official 2.1.0 schema (python3 `jsonschema`).
    func testSARIFValidatesAgainstOfficialSchema() throws {
        let schema = try Fixture.bytes("sarif-schema-2.1.0.json")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("selfhelp-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let schemaURL = folder.appendingPathComponent("schema.json"), sarifURL = folder.appendingPathComponent("out.sarif")
        try Data(schema).write(to: schemaURL)
        try Data(SARIFReporter.render(diagnostics, source: { _ in self.article.source }).utf8).write(to: sarifURL)
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                sys.exit(77)
            schema = json.load(open(sys.argv[1])); doc = json.load(open(sys.argv[2]))
            errors = list(jsonschema.Draft7Validator(schema).iter_errors(doc))
            for e in errors[:10]: print(list(e.path), e.message)
            sys.exit(1 if errors else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schemaURL.path, sarifURL.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { throw XCTSkip("python3 is not available") }
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        if process.terminationStatus == 77 || (process.terminationStatus == 127) { throw XCTSkip("python3 jsonschema is not installed") }
        XCTAssertEqual(process.terminationStatus, 0, "SARIF does not validate:\n\(output)")
    }
}
