import FlyingFox
import Foundation

/// Tells every open page to reload when the knowledge base changes, over a WebSocket at
/// ``path`` that the page's script (``script``, served from the same origin) opens.
final class LiveReload: WSMessageHandler, @unchecked Sendable {
    static let path = "/_selfhelp/events"
    static let scriptPath = "/_selfhelp/live.js"

    /// The page script: reload on "reload"; served as a file so the page CSP keeps `script-src 'self'`.
    static let script = """
    (function () {
      var scheme = location.protocol === "https:" ? "wss://" : "ws://";
      var socket = new WebSocket(scheme + location.host + "\(path)");
      socket.onmessage = function (event) { if (event.data === "reload") { location.reload(); } };
    })();

    """

    private let lock = NSLock()
    private var clients: [UUID: AsyncStream<WSMessage>.Continuation] = [:]

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        lock.withLock { clients[id] = continuation }
        Task { [weak self] in
            for await _ in client {}   // the page sends nothing; the loop ends when it goes away
            self?.lock.withLock { _ = self?.clients.removeValue(forKey: id) }
            continuation.finish()
        }
        return stream
    }

    /// Sends "reload" to every open page.
    func reloadAll() {
        let current = lock.withLock { Array(clients.values) }
        for continuation in current { continuation.yield(.text("reload")) }
    }

    /// Closes every socket (the server is stopping).
    func closeAll() {
        let current = lock.withLock { () -> [AsyncStream<WSMessage>.Continuation] in
            defer { clients.removeAll() }
            return Array(clients.values)
        }
        for continuation in current { continuation.finish() }
    }
}
