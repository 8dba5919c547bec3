import FlyingFox
import FlyingSocks
import Foundation
import SelfHelpBuild
import SelfHelpKit

/// `selfhelp serve`: the site of `selfhelp build` rendered on request from a ``Workspace``, with
/// each article's findings beside its text, pages that reload themselves when an article changes,
/// and nothing served from outside the knowledge base. Docs/editors.md ("Live preview").
///
/// Built on FlyingFox (HTTP/1.1 and WebSocket on Swift concurrency, no other dependency).
public final class PreviewServer: @unchecked Sendable {
    /// The knowledge-base folder, as given.
    public let knowledgeBase: String
    let workspace: Workspace
    let server: HTTPServer
    let liveReload = LiveReload()
    private let watcher: FolderWatcher
    private var watching: Task<Void, Never>?

    /// A server for `knowledgeBase` on `host:port` (port 0: any free port).
    ///
    /// - Throws: ``ToolError`` when the folder is missing or holds no article, or `host` is not an
    ///   IPv4 or IPv6 address.
    public init(knowledgeBase: String, host: String = "127.0.0.1", port: UInt16 = 0, configuration: Configuration = Configuration()) throws {
        self.knowledgeBase = knowledgeBase
        workspace = try Workspace(root: knowledgeBase, configuration: configuration, pathStyle: .relative)
        if workspace.allFacts.isEmpty, workspace.loadErrors.isEmpty { throw ArticleLoader.noArticles(under: knowledgeBase) }
        watcher = FolderWatcher(root: knowledgeBase)
        do {
            if host.contains(":") {
                server = HTTPServer(address: try sockaddr_in6.inet6(ip6: host, port: port), logger: .disabled)
            } else {
                server = HTTPServer(address: try sockaddr_in.inet(ip4: host, port: port), logger: .disabled)
            }
        } catch {
            throw ToolError(.usage, path: nil, message: "--host \(host) is not an IPv4 or IPv6 address")
        }
    }

    /// Starts serving and watching; returns once the server listens.
    ///
    /// - Returns: The base URL, such as `http://127.0.0.1:8080/`.
    public func start() async throws -> String {
        await addRoutes()
        // Listening, or the reason run() gave up (an address in use), whichever comes first.
        let failure = RunFailure()
        let server = self.server
        Task {
            do { try await server.run() } catch { failure.set(error) }
        }
        let deadline = Date().addingTimeInterval(10)
        while await server.listeningAddress == nil {
            if let error = failure.error { throw ToolError(.usage, path: nil, message: "cannot listen: \(error)") }
            guard Date() < deadline else {
                await server.stop()
                throw ToolError(.usage, path: nil, message: "cannot listen: the server did not start within 10 s")
            }
            try? await Task.sleep(nanoseconds: 20_000_000)
        }
        watching = Task.detached { [weak self] in
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 500_000_000)
                self?.poll()
            }
        }
        switch await server.listeningAddress {
        case .ip4(let ip, let port)?: return "http://\(ip):\(port)/"
        case .ip6(let ip, let port)?: return "http://[\(ip)]:\(port)/"
        default: throw ToolError(.usage, path: nil, message: "cannot listen: the server has no IP address")
        }
    }

    /// Stops watching, closes the pages' sockets and stops the server (open requests get a second).
    public func stop() async {
        watching?.cancel()
        liveReload.closeAll()
        await server.stop(timeout: 1)
    }

    /// Applies the folder's changes to the workspace and reloads the open pages.
    func poll() {
        let changed = watcher.changes()
        guard !changed.isEmpty else { return }
        for file in changed {
            _ = try? workspace.reload(workspace.name(ofFile: file))
        }
        liveReload.reloadAll()
    }

    private func addRoutes() async {
        await server.appendRoute(HTTPRoute("GET \(LiveReload.path)"), to: .webSocket(liveReload))
        await server.appendRoute("GET,HEAD *") { [weak self] request in
            guard let self else { return HTTPResponse(statusCode: .serviceUnavailable) }
            return self.respond(to: request.target.path(percentEncoded: true))
        }
    }
}

/// The error `HTTPServer.run()` ended with, handed to the task that waits for it to listen.
private final class RunFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Error?

    var error: Error? { lock.withLock { stored } }

    func set(_ error: Error) { lock.withLock { stored = error } }
}
