import Foundation
import SelfHelpKit

/// `selfhelp lsp`: a language server (LSP 3.17, JSON-RPC over standard input and output) for
/// self-help articles. Docs/editors.md says how to set up an editor.
///
/// On `initialize` it loads every article of the workspace folders into a ``Workspace`` and keeps
/// it current from open buffers (a buffer wins over the file on disk) and from
/// `workspace/didChangeWatchedFiles`. It pushes diagnostics (or answers
/// `textDocument/diagnostic` when the client pulls), and answers code actions (each finding's fix
/// and "Disable RULE for this line"), hover (rules, header keys, shared ids) and completion in the
/// header. When one article changes, every other open article whose findings changed because of it
/// gets fresh diagnostics too.
///
/// Bad input never stops it: a message that is not JSON, a header without `Content-Length`, an
/// unknown method or bad params are answered with a JSON-RPC error or logged, and the server goes
/// on. It stops on `exit` (status 0 after `shutdown`, 1 before, as the specification says) and when
/// standard input ends (status 0).
public final class LanguageServer {
    let writer: MessageWriter
    private var reader: MessageReader
    var encoding = PositionEncoding.utf16
    var workspaces: [Workspace] = []
    /// The catalog given on the command line (`selfhelp lsp --catalog FILE`), if any.
    let catalog: IdCatalog?
    var documents: [String: TextDocument] = [:]   // by path
    /// Articles opened from outside every workspace folder: validated on their own.
    var looseArticles: [String: Article] = [:]
    var clientPullsDiagnostics = false
    var clientRefreshesDiagnostics = false
    var clientRegistersWatchers = false
    private var initialized = false
    private var shuttingDown = false
    /// Open documents whose diagnostics must be sent once the input queue is drained.
    var pendingPublish: Set<String> = []
    var published: [String: [Diagnostic]] = [:]
    private var nextRequestId = 1

    /// A server reading frames from `input` and writing to `output` (standard input and output).
    ///
    /// - Parameter catalog: the id catalog every workspace folder is validated with, in place of
    ///   the `catalog` of its `.selfhelp.json`; nil: each folder's own (or none).
    public init(input: Int32 = 0, output: Int32 = 1, catalog: IdCatalog? = nil) {
        reader = MessageReader(descriptor: input)
        writer = MessageWriter(descriptor: output)
        self.catalog = catalog
    }

    /// Serves until `exit` or the end of input.
    ///
    /// - Returns: The process exit status: 0 after `shutdown` + `exit` or at the end of input,
    ///   1 for an `exit` without `shutdown`.
    public func run() -> Int32 {
        while true {
            switch reader.next() {
            case .end:
                return 0
            case .malformed(let reason):
                log("selfhelp lsp: skipped a malformed message: \(reason)", type: 1)
            case .message(let body):
                if let status = handle(body) { return status }
            }
            if !reader.hasBufferedFrame { flushDiagnostics() }
        }
    }

    /// Handles one message; an exit status when the server must stop.
    private func handle(_ body: [UInt8]) -> Int32? {
        if body.count > LargeMessage.threshold { return handleLarge(body) }
        let message: IncomingMessage
        switch IncomingMessage.read(body) {
        case .failure(let failure):
            writer.send(failure.response)
            return nil
        case .success(nil):
            return nil
        case .success(let read?):
            message = read
        }
        if message.method == "exit" { return shuttingDown ? 0 : 1 }
        guard let id = message.id else {
            if initialized, !shuttingDown { notification(message) }
            return nil
        }
        do {
            let result = try request(message)
            writer.send(.object([("jsonrpc", "2.0"), ("id", id), ("result", result)]))
        } catch var failure as JSONRPCFailure {
            failure.id = id
            writer.send(failure.response)
        } catch {
            writer.send(JSONRPCFailure(id: id, code: .internalError, message: "\(error)").response)
        }
        return nil
    }

    /// A message too large to read: a request gets an error; a buffer that large is closed on
    /// our side (its later incremental changes could not be applied) and the client is told.
    private func handleLarge(_ body: [UInt8]) -> Int32? {
        let peek = LargeMessage(body)
        if peek.method == "exit" { return shuttingDown ? 0 : 1 }
        if let id = peek.id {
            writer.send(JSONRPCFailure(id: id, code: .requestFailed, message: "a message of \(body.count) bytes is too large").response)
            return nil
        }
        log("selfhelp lsp: skipped a \(peek.method ?? "message") of \(body.count) bytes", type: 2)
        if let uri = peek.uri, let path = DocumentURI.path(uri), documents[path] != nil {
            documents[path] = nil
            published[path] = nil
            showMessage("selfhelp: \((path as NSString).lastPathComponent) is too large to check (\(body.count >> 20) MiB; the limit is \(LanguageServer.maximumArticleBytes >> 20) MiB); reopen it once it is smaller", type: 2)
            if !clientPullsDiagnostics { writer.send(publishDiagnostics(uri: uri, version: nil, diagnostics: [])) }
        }
        return nil
    }

    private func request(_ message: IncomingMessage) throws -> JSONOutput {
        if message.method == "initialize" {
            guard !initialized else { throw JSONRPCFailure(id: .null, code: .invalidRequest, message: "initialize was already called") }
            initialized = true
            return initialize(message.params)
        }
        guard initialized else { throw JSONRPCFailure(id: .null, code: .serverNotInitialized, message: "initialize first") }
        guard !shuttingDown else { throw JSONRPCFailure(id: .null, code: .invalidRequest, message: "the server is shutting down") }
        switch message.method {
        case "shutdown":
            shuttingDown = true
            return .null
        case "textDocument/diagnostic": return try pullDiagnostics(message.params)
        case "textDocument/codeAction": return try codeActions(message.params)
        case "textDocument/hover": return try hover(message.params)
        case "textDocument/completion": return try completion(message.params)
        default:
            throw JSONRPCFailure(id: .null, code: .methodNotFound, message: "\(message.method) is not supported")
        }
    }

    private func notification(_ message: IncomingMessage) {
        do {
            switch message.method {
            case "textDocument/didOpen": try didOpen(message.params)
            case "textDocument/didChange": try didChange(message.params)
            case "textDocument/didClose": try didClose(message.params)
            case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(message.params)
            case "initialized": didInitialize()
            default: break   // didSave, $/cancelRequest, $/setTrace …: nothing to do
            }
        } catch let failure as JSONRPCFailure {
            log("selfhelp lsp: \(message.method): \(failure.message)", type: 1)
        } catch {
            log("selfhelp lsp: \(message.method): \(error)", type: 1)
        }
    }

    /// The largest buffer checked (16 MiB; the largest real article is under 100 KB).
    public static let maximumArticleBytes = 16 << 20

    /// `window/showMessage` (type 1 error, 2 warning, 3 info).
    func showMessage(_ text: String, type: Int) {
        writer.send(.object([("jsonrpc", "2.0"), ("method", "window/showMessage"),
                             ("params", .object([("type", .int(type)), ("message", .string(text))]))]))
    }

    /// `window/logMessage` (type 1 error, 2 warning, 3 info, 4 log).
    func log(_ text: String, type: Int) {
        writer.send(.object([("jsonrpc", "2.0"), ("method", "window/logMessage"),
                             ("params", .object([("type", .int(type)), ("message", .string(text))]))]))
    }

    /// Sends a request whose answer we do not need (its response is ignored).
    func sendRequest(_ method: String, params: JSONOutput) {
        writer.send(.object([("jsonrpc", "2.0"), ("id", .string("selfhelp-\(nextRequestId)")), ("method", .string(method)), ("params", params)]))
        nextRequestId += 1
    }
}

extension JSONRPCFailure {
    /// An `invalidParams` error for a request or notification whose params lack `what`.
    static func missing(_ what: String) -> JSONRPCFailure {
        JSONRPCFailure(id: .null, code: .invalidParams, message: "missing or malformed \(what)")
    }
}
