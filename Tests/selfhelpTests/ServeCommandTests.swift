import Foundation
import XCTest

/// `selfhelp serve` run as a user runs it: the URL line, the build's pages at the build's paths,
/// 404 for anything outside the knowledge base, a clean stop on SIGTERM.
final class ServeCommandTests: CLITestCase {
    /// A started server and its URL.
    struct Server {
        let process: Process
        let base: URL
        let port: UInt16
    }

    func serve(_ kb: URL) throws -> Server {
        let process = Process()
        process.executableURL = CLITestCase.executable
        process.arguments = ["serve", kb.path, "--port", "0"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        addTeardownBlock { if process.isRunning { process.terminate(); process.waitUntilExit() } }
        var line: [UInt8] = []
        while true {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte.first == 10 { break }
            line += byte
        }
        let text = String(decoding: line, as: UTF8.self)
        let url = try XCTUnwrap(URL(string: text), text)
        XCTAssertTrue(text.hasPrefix("http://127.0.0.1:") && text.hasSuffix("/"), text)
        return Server(process: process, base: url, port: UInt16(url.port ?? 0))
    }

    /// GET `path` exactly as written (no client-side normalisation of `..`): status and body.
    func get(_ server: Server, _ path: String) throws -> (status: Int, body: [UInt8]) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = server.port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        XCTAssertEqual(connected, 0)
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
        var response: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            response += chunk[0..<n]
        }
        let text = String(decoding: response.prefix(64), as: UTF8.self)
        let status = Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0
        let headerEnd = (0..<max(0, response.count - 3)).first { Array(response[$0..<($0 + 4)]) == [13, 10, 13, 10] } ?? response.count
        return (status, Array(response[min(response.count, headerEnd + 4)...]))
    }

    func testPagesAreTheBuildsAndNothingOutsideIsServed() throws {
        let kb = try temporaryFolder().appendingPathComponent("kb")
        try FileManager.default.copyItem(at: CLITestCase.packageRoot.appendingPathComponent("Articles"), to: kb)
        try Data("secret".utf8).write(to: kb.deletingLastPathComponent().appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(at: kb.appendingPathComponent("storage/leak.png"),
                                                   withDestinationURL: kb.deletingLastPathComponent().appendingPathComponent("secret.txt"))
        let out = kb.deletingLastPathComponent().appendingPathComponent("site")
        XCTAssertEqual(try run(["build", kb.path, "--out", out.path, "--quiet", "--fail-on", "never"]).status, 0)
        let server = try serve(kb)

        let index = try get(server, "/")
        XCTAssertEqual(index.status, 200)
        XCTAssertEqual(index.body, [UInt8](try Data(contentsOf: out.appendingPathComponent("index.html"))), "the index page is the build's")
        for listing in ["services/microsoft.storage.html", "findings.html", "clouds/public.html"] {
            XCTAssertEqual(try get(server, "/" + listing).body, [UInt8](try Data(contentsOf: out.appendingPathComponent(listing))), "\(listing) is the build's")
        }
        XCTAssertEqual(try get(server, "/services/nope.html").status, 404)
        let json = try get(server, "/articles/identity/password-sync-not-working.json")
        XCTAssertEqual(json.body, [UInt8](try Data(contentsOf: out.appendingPathComponent("articles/identity/password-sync-not-working.json"))))
        let page = String(decoding: try get(server, "/articles/defects/link-defects.html").body, as: UTF8.self)
        XCTAssertTrue(page.contains("<aside class=\"selfhelp-findings\""), "the findings panel")
        XCTAssertTrue(page.contains("link-broken"), "the article's findings are listed")
        XCTAssertTrue(page.contains("<script src=\"/_selfhelp/live.js\"></script>"))
        XCTAssertTrue(page.contains("script-src &#39;self&#39;; connect-src &#39;self&#39;"), "the page CSP allows only our script and socket")
        XCTAssertEqual(try get(server, "/_selfhelp/live.js").status, 200)

        for hostile in ["/articles/../../secret.txt", "/articles/%2e%2e/%2e%2e/secret.txt", "/articles%2f..%2f..%2fsecret.txt", "/..%2fsecret.txt",
                        "/articles/storage/leak.png", "/articles/identity/password-sync-not-working.md", "/.selfhelp.json",
                        "/articles/nope.html", "/kb.sqlite", "/%00"] {
            let response = try get(server, hostile)
            XCTAssertEqual(response.status, 404, hostile)
            XCTAssertFalse(String(decoding: response.body, as: UTF8.self).contains("secret"), hostile)
        }

        kill(server.process.processIdentifier, SIGTERM)
        server.process.waitUntilExit()
        XCTAssertEqual(server.process.terminationStatus, 0, "a clean stop on SIGTERM")
    }

    func testAnEditOnDiskShowsOnTheNextRequest() throws {
        let kb = try temporaryFolder()
        try FileManager.default.copyItem(at: CLITestCase.packageRoot.appendingPathComponent("Articles/storage"), to: kb.appendingPathComponent("storage"))
        let server = try serve(kb)
        let path = "/articles/storage/reset-account-keys.html"
        XCTAssertFalse(String(decoding: try get(server, path).body, as: UTF8.self).contains("Edited on disk"))
        let file = kb.appendingPathComponent("storage/reset-account-keys.md")
        let text = try String(contentsOf: file, encoding: .utf8)
        try Data((text + "\nEdited on disk. See [here](https://learn.microsoft.com/x).\n").utf8).write(to: file)
        let deadline = Date().addingTimeInterval(5)
        var body = ""
        while Date() < deadline {
            body = String(decoding: try get(server, path).body, as: UTF8.self)
            if body.contains("link-vague-text") { break }
            usleep(100_000)
        }
        XCTAssertTrue(body.contains("Edited on disk"), "the page is rendered from the new text")
        XCTAssertTrue(body.contains("link-vague-text"), "within a second or so the findings follow")
        try FileManager.default.removeItem(at: file)
        usleep(1_000_000)
        XCTAssertEqual(try get(server, path).status, 404, "a deleted article is gone")
    }

    func testAPortInUseExitsTwoAtOnce() throws {
        let kb = try temporaryFolder()
        try FileManager.default.copyItem(at: CLITestCase.packageRoot.appendingPathComponent("Articles/storage"), to: kb.appendingPathComponent("storage"))
        let first = try serve(kb)
        let started = Date()
        let second = try run(["serve", kb.path, "--port", String(first.port)])
        XCTAssertEqual(second.status, 2)
        XCTAssertTrue(second.stderr.contains("cannot listen"), second.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(started), 8, "the failure is reported when bind fails, not after a timeout")
    }

    func testRemoteHostsNeedAllowRemoteAndBadFoldersExitTwo() throws {
        let remote = try run(["serve", "Articles", "--host", "0.0.0.0"])
        XCTAssertEqual(remote.status, 2)
        XCTAssertTrue(remote.stderr.contains("--allow-remote"), remote.stderr)
        let missing = try run(["serve", "no/such/folder", "--port", "0"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no/such/folder"), missing.stderr)
        let empty = try temporaryFolder()
        let none = try run(["serve", empty.path, "--port", "0"])
        XCTAssertEqual(none.status, 2)
        XCTAssertTrue(none.stderr.contains("no articles found under \(empty.path)"), none.stderr)
        let badHost = try run(["serve", "Articles", "--host", "not-an-address", "--allow-remote", "--port", "0"])
        XCTAssertEqual(badHost.status, 2, badHost.stderr)
    }
}
