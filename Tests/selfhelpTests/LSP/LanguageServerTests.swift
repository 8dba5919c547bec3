import Foundation
import XCTest

/// `selfhelp lsp` driven by a scripted JSON-RPC client: every method, positions in both
/// encodings, cross-article updates, and bad input that must not take the server down.
final class LanguageServerTests: CLITestCase {
    /// A knowledge base of three articles: `a.md` links to `b.md`; `c.md` has a non-ASCII title line.
    func makeWorkspace() throws -> URL {
        let root = try temporaryFolder()
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: root.appendingPathComponent(name))
        }
        try write("a.md", Self.article(id: "aaaa1111-0000-4000-8000-000000000001", title: "Alpha", body: "See [the beta article](b.md).\n"))
        try write("b.md", Self.article(id: "bbbb2222-0000-4000-8000-000000000002", title: "Beta", body: "Plain text.\n"))
        try write("c.md", Self.article(id: "cccc3333-0000-4000-8000-000000000003", title: "Gamma", body: "Ça change — [here](https://learn.microsoft.com/x).\n"))
        return root
    }

    static func article(id: String, title: String, body: String) -> String {
        """
        <properties
            pageTitle="\(title)"
            articleId="\(id)"
            selfHelpType="generic"
            cloudEnvironments="public"
            ownershipId="Team_Sample"
            supportTopicIds="32600001"
        />
        # \(title)

        \(body)
        """
    }

    func start(_ root: URL, capabilities: [String: Any] = [:], arguments: [String] = []) throws -> LSPClient {
        let client = try LSPClient(executable: CLITestCase.executable, arguments: arguments)
        addTeardownBlock { client.closeInput(); _ = client.exitStatus(timeout: 5) }
        let response = try client.request("initialize", ["processId": NSNull(), "rootUri": root.absoluteString, "capabilities": capabilities])
        XCTAssertNotNil(response["result"], "\(response)")
        try client.notify("initialized", [:])
        return client
    }

    func open(_ client: LSPClient, _ url: URL, text: String? = nil) throws -> [[String: Any]] {
        let text = try text ?? String(contentsOf: url, encoding: .utf8)
        try client.notify("textDocument/didOpen", ["textDocument": ["uri": url.absoluteString, "languageId": "markdown", "version": 1, "text": text]])
        return try client.diagnostics(for: url.absoluteString)
    }

    func codes(_ diagnostics: [[String: Any]]) -> [String] { diagnostics.compactMap { $0["code"] as? String }.sorted() }

    func start(of diagnostic: [String: Any]?) -> [Int] {
        let start = (diagnostic?["range"] as? [String: Any])?["start"] as? [String: Any]
        return [start?["line"] as? Int ?? -1, start?["character"] as? Int ?? -1]
    }

    func testInitializeAnnouncesCapabilitiesAndNegotiatesTheEncoding() throws {
        let root = try makeWorkspace()
        let client = try LSPClient(executable: CLITestCase.executable)
        addTeardownBlock { client.closeInput(); _ = client.exitStatus(timeout: 5) }
        let before = try client.request("textDocument/hover", ["textDocument": ["uri": "file:///x.md"], "position": ["line": 0, "character": 0]])
        XCTAssertEqual((before["error"] as? [String: Any])?["code"] as? Int, -32002, "a request before initialize")
        let response = try client.request("initialize", ["rootUri": root.absoluteString, "capabilities": ["general": ["positionEncodings": ["utf-8", "utf-16"]]]])
        let capabilities = try XCTUnwrap((response["result"] as? [String: Any])?["capabilities"] as? [String: Any])
        XCTAssertEqual(capabilities["positionEncoding"] as? String, "utf-8")
        XCTAssertEqual((capabilities["textDocumentSync"] as? [String: Any])?["change"] as? Int, 2)
        XCTAssertNotNil(capabilities["codeActionProvider"])
        XCTAssertEqual(capabilities["hoverProvider"] as? Bool, true)
        XCTAssertNotNil(capabilities["completionProvider"])
        XCTAssertNil(capabilities["diagnosticProvider"], "a client that does not pull gets pushed diagnostics")
        let again = try client.request("initialize", ["capabilities": [:]])
        XCTAssertEqual((again["error"] as? [String: Any])?["code"] as? Int, -32600)

        let other = try start(root)
        let defaults = try other.request("shutdown", NSNull())
        XCTAssertNotNil(defaults["result"])
    }

    func testDiagnosticsCarryRuleSourceAndLinkAndColumnsCountUTF16OrUTF8() throws {
        let root = try makeWorkspace()
        let c = root.appendingPathComponent("c.md")
        // "Ça change — [here](…)": the link starts after 12 UTF-16 units, 15 bytes.
        for (encodings, expected) in [([String](), 12), (["utf-8"], 15)] {
            let client = try start(root, capabilities: ["general": ["positionEncodings": encodings]])
            let diagnostics = try open(client, c)
            let vague = try XCTUnwrap(diagnostics.first { $0["code"] as? String == "link-vague-text" }, "\(diagnostics)")
            XCTAssertEqual(start(of: vague), [10, expected], "encodings \(encodings)")
            XCTAssertEqual(vague["source"] as? String, "selfhelp")
            XCTAssertEqual(vague["severity"] as? Int, 2)
            XCTAssertTrue(((vague["codeDescription"] as? [String: Any])?["href"] as? String)?.hasSuffix("rules.md#link-vague-text") == true)
        }
    }

    func testIncrementalAndFullChangesRevalidate() throws {
        let root = try makeWorkspace()
        let b = root.appendingPathComponent("b.md")
        let client = try start(root)
        XCTAssertEqual(codes(try open(client, b)), [])
        // Insert a vague link at the start of line 10 ("Plain text.").
        try client.notify("textDocument/didChange", ["textDocument": ["uri": b.absoluteString, "version": 2],
                                                     "contentChanges": [["range": ["start": ["line": 10, "character": 0], "end": ["line": 10, "character": 0]],
                                                                         "text": "See [here](https://learn.microsoft.com/y). "]]])
        let changed = try client.diagnostics(for: b.absoluteString)
        XCTAssertEqual(codes(changed), ["link-vague-text"])
        XCTAssertEqual(start(of: changed.first), [10, 4])
        let text = try String(contentsOf: b, encoding: .utf8)
        try client.notify("textDocument/didChange", ["textDocument": ["uri": b.absoluteString, "version": 3], "contentChanges": [["text": text]]])
        XCTAssertEqual(codes(try client.diagnostics(for: b.absoluteString)), [])
    }

    func testADuplicateIdInOneArticleRefreshesTheOtherOpenArticle() throws {
        let root = try makeWorkspace()
        let a = root.appendingPathComponent("a.md"), b = root.appendingPathComponent("b.md")
        let client = try start(root)
        XCTAssertEqual(codes(try open(client, a)), [])
        let bText = try String(contentsOf: b, encoding: .utf8)
        XCTAssertEqual(codes(try open(client, b)), [])
        let duplicate = bText.replacingOccurrences(of: "bbbb2222-0000-4000-8000-000000000002", with: "aaaa1111-0000-4000-8000-000000000001")
        try client.notify("textDocument/didChange", ["textDocument": ["uri": b.absoluteString, "version": 2], "contentChanges": [["text": duplicate]]])
        let inB = try client.diagnostics(for: b.absoluteString)
        let inA = try client.diagnostics(for: a.absoluteString)
        XCTAssertEqual(codes(inB), ["article-id-duplicate"])
        XCTAssertEqual(codes(inA), ["article-id-duplicate"], "the unchanged open article learns of the duplicate")
        let related = try XCTUnwrap(inA.first?["relatedInformation"] as? [[String: Any]])
        XCTAssertEqual((related.first?["location"] as? [String: Any])?["uri"] as? String, b.absoluteString)
        try client.notify("textDocument/didChange", ["textDocument": ["uri": b.absoluteString, "version": 3], "contentChanges": [["text": bText]]])
        XCTAssertEqual(codes(try client.diagnostics(for: a.absoluteString)), [], "the duplicate went away")
    }

    func testADeletedLinkTargetBreaksTheLinkAndItsReturnMendsIt() throws {
        let root = try makeWorkspace()
        let a = root.appendingPathComponent("a.md"), b = root.appendingPathComponent("b.md")
        let client = try start(root)
        XCTAssertEqual(codes(try open(client, a)), [])
        let saved = try Data(contentsOf: b)
        try FileManager.default.removeItem(at: b)
        try client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": b.absoluteString, "type": 3]]])
        XCTAssertEqual(codes(try client.diagnostics(for: a.absoluteString)), ["link-broken"])
        try saved.write(to: b)
        try client.notify("workspace/didChangeWatchedFiles", ["changes": [["uri": b.absoluteString, "type": 1]]])
        XCTAssertEqual(codes(try client.diagnostics(for: a.absoluteString)), [])
    }

    func testACatalogGivenOnTheCommandLineChecksTheIds() throws {
        let root = try makeWorkspace()
        let a = root.appendingPathComponent("a.md")
        XCTAssertEqual(codes(try open(try start(root), a)), [], "no catalog, no catalog findings")
        let catalog = root.appendingPathComponent("catalog.csv")
        try Data("supportTopicId,productPesId\n32600002,16501\n".utf8).write(to: catalog)
        let client = try start(root, arguments: ["--catalog", catalog.path])
        let found = try open(client, a)
        XCTAssertEqual(codes(found), ["support-topic-id-unknown"], "32600001 is not in the catalog")
    }

    func testCodeActionsFixAndDisableForTheLine() throws {
        let root = try makeWorkspace()
        let c = root.appendingPathComponent("c.md")
        let client = try start(root)
        let text = try String(contentsOf: c, encoding: .utf8).replacingOccurrences(of: "articleId=", with: "articleid=")
        let diagnostics = try open(client, c, text: text)
        XCTAssertEqual(codes(diagnostics), ["header-key-case", "link-vague-text"])
        let response = try client.request("textDocument/codeAction", ["textDocument": ["uri": c.absoluteString],
                                                                      "range": ["start": ["line": 0, "character": 0], "end": ["line": 12, "character": 0]],
                                                                      "context": ["diagnostics": diagnostics]])
        let actions = try XCTUnwrap(response["result"] as? [[String: Any]])
        let titles = actions.compactMap { $0["title"] as? String }
        XCTAssertTrue(titles.contains("Disable link-vague-text for this line"), "\(titles)")
        XCTAssertFalse(titles.contains("Disable header-key-case for this line"), "no comment inside the header: \(titles)")
        let fix = try XCTUnwrap(actions.first { $0["isPreferred"] as? Bool == true })
        let edits = try XCTUnwrap(((fix["edit"] as? [String: Any])?["changes"] as? [String: Any])?[c.absoluteString] as? [[String: Any]])
        XCTAssertEqual(edits.first?["newText"] as? String, "articleId")
        XCTAssertEqual(start(of: edits.first), [2, 4])
        let disable = try XCTUnwrap(actions.first { $0["title"] as? String == "Disable link-vague-text for this line" })
        let insert = try XCTUnwrap(((disable["edit"] as? [String: Any])?["changes"] as? [String: Any])?[c.absoluteString] as? [[String: Any]])
        XCTAssertEqual(insert.first?["newText"] as? String, " <!-- selfhelp-disable-line link-vague-text -->")
        // Applying it silences the finding.
        let line10 = text.components(separatedBy: "\n")[10]
        XCTAssertEqual(start(of: insert.first), [10, line10.utf16.count])
        let silenced = text.replacingOccurrences(of: line10, with: line10 + " <!-- selfhelp-disable-line link-vague-text -->")
        try client.notify("textDocument/didChange", ["textDocument": ["uri": c.absoluteString, "version": 2], "contentChanges": [["text": silenced]]])
        XCTAssertEqual(codes(try client.diagnostics(for: c.absoluteString)), ["header-key-case"])
    }

    func testHoverExplainsRulesKeysAndSharedIds() throws {
        let root = try makeWorkspace()
        let c = root.appendingPathComponent("c.md")
        let client = try start(root)
        _ = try open(client, c)
        func hover(_ line: Int, _ character: Int) throws -> String {
            let response = try client.request("textDocument/hover", ["textDocument": ["uri": c.absoluteString], "position": ["line": line, "character": character]])
            return ((response["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String ?? ""
        }
        XCTAssertTrue(try hover(10, 12).contains("**link-vague-text**"))
        let key = try hover(3, 6)
        XCTAssertTrue(key.contains("**selfHelpType**") && key.contains("Required for every article"), key)
        let topic = try hover(6, 23)
        XCTAssertTrue(topic.contains("Support topic `32600001` is also listed by") && topic.contains("`a.md`") && topic.contains("`b.md`"), topic)
        XCTAssertTrue(try hover(2, 20).contains("no other article uses it"))
        XCTAssertTrue(try hover(9, 0).isEmpty, "nothing to say on the title")
    }

    func testAByteOrderMarkShiftsNothingAndTheFirstPositionIsSafe() throws {
        let root = try makeWorkspace()
        let c = root.appendingPathComponent("c.md")
        let client = try start(root)
        let text = "\u{FEFF}" + (try String(contentsOf: c, encoding: .utf8))
        let diagnostics = try open(client, c, text: text)
        XCTAssertEqual(start(of: diagnostics.first { $0["code"] as? String == "link-vague-text" }), [10, 12], "body positions are unchanged")
        let bom = try XCTUnwrap(diagnostics.first { $0["code"] as? String == "encoding-bom" }, "\(diagnostics)")
        XCTAssertEqual(start(of: bom), [0, 0])
        for method in ["textDocument/hover", "textDocument/completion"] {
            let response = try client.request(method, ["textDocument": ["uri": c.absoluteString], "position": ["line": 0, "character": 0]])
            XCTAssertNil(response["error"], "\(method): \(response)")
        }
        let actions = try client.request("textDocument/codeAction", ["textDocument": ["uri": c.absoluteString],
                                                                     "range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 0]],
                                                                     "context": ["diagnostics": []]])
        let fix = try XCTUnwrap((actions["result"] as? [[String: Any]])?.first { $0["isPreferred"] as? Bool == true })
        let edit = try XCTUnwrap(((fix["edit"] as? [String: Any])?["changes"] as? [String: Any])?[c.absoluteString] as? [[String: Any]])
        let end = (edit.first?["range"] as? [String: Any])?["end"] as? [String: Any]
        XCTAssertEqual([end?["line"] as? Int, end?["character"] as? Int], [0, 1], "the BOM is one UTF-16 unit")
        XCTAssertEqual(edit.first?["newText"] as? String, "")
    }

    func testCompletionOffersKeysAndValuesInTheHeader() throws {
        let root = try makeWorkspace()
        let c = root.appendingPathComponent("c.md")
        let client = try start(root)
        let text = try String(contentsOf: c, encoding: .utf8).replacingOccurrences(of: "cloudEnvironments=\"public\"", with: "cloudEnvironments=\"public, \"")
        _ = try open(client, c, text: text)
        func labels(_ line: Int, _ character: Int) throws -> [String] {
            let response = try client.request("textDocument/completion", ["textDocument": ["uri": c.absoluteString], "position": ["line": line, "character": character]])
            return (((response["result"] as? [String: Any])?["items"] as? [[String: Any]]) ?? []).compactMap { $0["label"] as? String }
        }
        let clouds = try labels(4, 31)
        XCTAssertTrue(clouds.contains("fairfax") && clouds.contains("mooncake"), "\(clouds)")
        let keys = try labels(1, 0)
        XCTAssertTrue(keys.contains("productPesIds") && !keys.contains("articleId"), "\(keys)")
        XCTAssertEqual(try labels(10, 3), [], "no completion in the body")
        let types = try labels(3, 18)
        XCTAssertTrue(types.contains("problemScopingQuestions"), "\(types)")
        let topics = try labels(6, 21)
        XCTAssertEqual(topics, ["32600001"])
    }

    func testTheServerAsksAClientThatCanToWatchTheArticles() throws {
        let client = try start(try makeWorkspace(), capabilities: ["workspace": ["didChangeWatchedFiles": ["dynamicRegistration": true]]])
        let request = try client.next { $0["method"] as? String == "client/registerCapability" }
        let registration = try XCTUnwrap(((request["params"] as? [String: Any])?["registrations"] as? [[String: Any]])?.first)
        XCTAssertEqual(registration["method"] as? String, "workspace/didChangeWatchedFiles")
        try client.send(["id": request["id"] ?? NSNull(), "result": NSNull()])   // the client's answer is ignored
        XCTAssertNotNil(try client.request("shutdown", NSNull())["result"])
    }

    func testPullDiagnosticsWhenTheClientAsksForThem() throws {
        let root = try makeWorkspace()
        let c = root.appendingPathComponent("c.md")
        let client = try start(root, capabilities: ["textDocument": ["diagnostic": ["dynamicRegistration": false]]])
        try client.notify("textDocument/didOpen", ["textDocument": ["uri": c.absoluteString, "languageId": "markdown", "version": 1,
                                                                    "text": try String(contentsOf: c, encoding: .utf8)]])
        let response = try client.request("textDocument/diagnostic", ["textDocument": ["uri": c.absoluteString]])
        let report = try XCTUnwrap(response["result"] as? [String: Any])
        XCTAssertEqual(report["kind"] as? String, "full")
        XCTAssertEqual(codes(report["items"] as? [[String: Any]] ?? []), ["link-vague-text"])
        XCTAssertFalse(client.receives(within: 1) { $0["method"] as? String == "textDocument/publishDiagnostics" }, "pull clients get no pushes")
    }

    func testCloseClearsDiagnosticsAndSaveIsHarmless() throws {
        let root = try makeWorkspace()
        let c = root.appendingPathComponent("c.md")
        let client = try start(root)
        XCTAssertEqual(codes(try open(client, c)), ["link-vague-text"])
        try client.notify("textDocument/didSave", ["textDocument": ["uri": c.absoluteString]])
        try client.notify("textDocument/didClose", ["textDocument": ["uri": c.absoluteString]])
        XCTAssertEqual(try client.diagnostics(for: c.absoluteString).count, 0)
        XCTAssertNotNil(try client.request("shutdown", NSNull())["result"])
        try client.notify("exit", [:])
        XCTAssertEqual(client.exitStatus(), 0)
    }

    func testBadInputIsAnsweredAndTheServerKeepsServing() throws {
        let root = try makeWorkspace()
        let c = root.appendingPathComponent("c.md")
        let client = try start(root)
        // Not JSON: a parse error with a null id.
        client.sendRaw(Array("Content-Length: 9\r\n\r\n{not json".utf8))
        let parseError = try client.next { ($0["error"] as? [String: Any])?["code"] as? Int == -32700 }
        XCTAssertTrue(parseError["id"] is NSNull)
        // A header without Content-Length, and garbage: logged, skipped.
        client.sendRaw(Array("Content-Type: x\r\n\r\n{}garbage".utf8))
        XCTAssertTrue(client.receives(within: 10) { $0["method"] as? String == "window/logMessage" })
        // Unknown method; params of the wrong shape; a JSON array.
        XCTAssertEqual(((try client.request("no/such/method"))["error"] as? [String: Any])?["code"] as? Int, -32601)
        XCTAssertEqual(((try client.request("textDocument/hover", ["position": 3]))["error"] as? [String: Any])?["code"] as? Int, nil, "an unknown document: no hover")
        client.sendRaw(Array("Content-Length: 2\r\n\r\n[]".utf8))
        XCTAssertTrue(client.receives(within: 10) { ($0["error"] as? [String: Any])?["code"] as? Int == -32600 })
        // Invalid UTF-8 inside a message's strings.
        var invalid = Array(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(c.absoluteString)","version":1,"text":"<properties articleId=\"x\" />\n# T@@\n"}}}"#.utf8)
        let at = try XCTUnwrap(invalid.firstIndex(of: UInt8(ascii: "@")))
        invalid.replaceSubrange(at..<(at + 2), with: [0xFF, 0xFE])
        client.sendRaw(Array("Content-Length: \(invalid.count)\r\n\r\n".utf8) + invalid)
        XCTAssertNotNil(try? client.diagnostics(for: c.absoluteString))
        // A 100 MB buffer: not checked, said so, and the server still answers.
        let huge = String(repeating: "word ", count: 20_000_000)
        try client.notify("textDocument/didChange", ["textDocument": ["uri": c.absoluteString, "version": 9], "contentChanges": [["text": huge]]])
        XCTAssertTrue(client.receives(within: 120) { $0["method"] as? String == "window/showMessage" })
        XCTAssertNotNil(try client.request("shutdown", NSNull(), timeout: 60)["result"])
        XCTAssertEqual(((try client.request("textDocument/hover", ["textDocument": ["uri": c.absoluteString], "position": ["line": 0, "character": 0]]))["error"] as? [String: Any])?["code"] as? Int, -32600, "requests after shutdown")
        try client.notify("exit", [:])
        XCTAssertEqual(client.exitStatus(), 0)
    }

    func testATruncatedMessageThenEndOfInputExitsCleanly() throws {
        let root = try makeWorkspace()
        let client = try start(root)
        client.sendRaw(Array("Content-Length: 500\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,".utf8))
        client.closeInput()
        XCTAssertEqual(client.exitStatus(), 0)
    }

    func testExitWithoutShutdownIsStatusOne() throws {
        let client = try start(try makeWorkspace())
        try client.notify("exit", [:])
        XCTAssertEqual(client.exitStatus(), 1)
    }
}
