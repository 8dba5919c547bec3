import Foundation
import XCTest

/// A scripted JSON-RPC client for `selfhelp lsp`: starts the built binary, writes frames (or any
/// bytes) to its standard input and reads the frames it writes, with a timeout.
final class LSPClient {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffer: [UInt8] = []
    private var nextId = 100

    init(executable: URL, arguments: [String] = []) throws {
        process.executableURL = executable
        process.arguments = ["lsp"] + arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    func sendRaw(_ bytes: [UInt8]) {
        input.fileHandleForWriting.write(Data(bytes))
    }

    func send(_ message: [String: Any]) throws {
        var message = message
        message["jsonrpc"] = "2.0"
        let body = try JSONSerialization.data(withJSONObject: message)
        sendRaw(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + [UInt8](body))
    }

    func notify(_ method: String, _ params: [String: Any]) throws {
        try send(["method": method, "params": params])
    }

    /// Sends a request and returns its response (other messages read meanwhile are kept in `seen`).
    func request(_ method: String, _ params: Any = [String: Any](), timeout: TimeInterval = 30) throws -> [String: Any] {
        nextId += 1
        let id = nextId
        try send(["id": id, "method": method, "params": params])
        return try next(timeout: timeout) { ($0["id"] as? Int) == id && $0["method"] == nil }
    }

    /// Every message read so far that no `next` call took.
    private(set) var seen: [[String: Any]] = []

    /// The next message that `matches` (earlier unmatched ones stay in `seen`).
    func next(timeout: TimeInterval = 30, where matches: ([String: Any]) -> Bool) throws -> [String: Any] {
        if let index = seen.firstIndex(where: matches) { return seen.remove(at: index) }
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            guard let message = try readFrame(until: deadline) else { break }
            if matches(message) { return message }
            seen.append(message)
        }
        throw Timeout(seconds: timeout)
    }

    struct Timeout: Error, CustomStringConvertible {
        var seconds: TimeInterval
        var description: String { "no matching message from selfhelp lsp within \(Int(seconds)) s" }
    }

    /// The next `publishDiagnostics` for `uri`.
    func diagnostics(for uri: String, timeout: TimeInterval = 30) throws -> [[String: Any]] {
        let message = try next(timeout: timeout) {
            $0["method"] as? String == "textDocument/publishDiagnostics" && (($0["params"] as? [String: Any])?["uri"] as? String) == uri
        }
        return ((message["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]) ?? []
    }

    /// Whether a message that `matches` arrives within `timeout` seconds.
    func receives(within timeout: TimeInterval, where matches: @escaping ([String: Any]) -> Bool) -> Bool {
        (try? next(timeout: timeout, where: matches)) != nil
    }

    func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    /// Waits for the process to end; its exit status, or nil when it outlives `timeout`.
    func exitStatus(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    private func readFrame(until deadline: Date) throws -> [String: Any]? {
        while true {
            if let (headerEnd, length) = header(), buffer.count - headerEnd >= length {
                let body = Data(buffer[headerEnd..<(headerEnd + length)])
                buffer.removeFirst(headerEnd + length)
                return try JSONSerialization.jsonObject(with: body) as? [String: Any] ?? [:]
            }
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { return nil }
            var poller = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(min(remaining, 1) * 1000)) > 0 else { continue }
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { return nil }
            buffer += data
        }
    }

    private func header() -> (Int, Int)? {
        let marker: [UInt8] = [13, 10, 13, 10]
        guard buffer.count >= 4, let end = (0...(buffer.count - 4)).first(where: { Array(buffer[$0..<($0 + 4)]) == marker }) else { return nil }
        let text = String(decoding: buffer[0..<end], as: UTF8.self)
        guard let line = text.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
              let length = Int(line.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) else { return nil }
        return (end + 4, length)
    }
}
