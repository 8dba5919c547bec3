import SelfHelpKit

/// JSON-RPC 2.0 error codes used by the server (LSP 3.17, "Response Message").
enum JSONRPCErrorCode: Int {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    case serverNotInitialized = -32002
    case requestFailed = -32803
}

/// A request or notification as received.
struct IncomingMessage {
    /// The request id, echoed in the response (nil for a notification).
    var id: JSONOutput?
    var method: String
    var params: JSONValue

    /// Reads a message, or says why it is not one.
    static func read(_ body: [UInt8]) -> Result<IncomingMessage?, JSONRPCFailure> {
        let source = SourceText(decoding: body)
        guard case .success(let node) = JSONParser.parse(source, range: 0..<source.bytes.count) else {
            return .failure(JSONRPCFailure(id: .null, code: .parseError, message: "the message is not JSON"))
        }
        guard node.value.objectValue != nil else {
            return .failure(JSONRPCFailure(id: .null, code: .invalidRequest, message: "a message must be a JSON object"))
        }
        let id = node["id"].map { $0.value.output }
        guard let method = node["method"]?.value.stringValue else {
            // A response to a request of ours (we send none that need an answer), or garbage.
            if node["result"] != nil || node["error"] != nil { return .success(nil) }
            return .failure(JSONRPCFailure(id: id ?? .null, code: .invalidRequest, message: "a request needs a method"))
        }
        return .success(IncomingMessage(id: id, method: method, params: node["params"]?.value ?? .null))
    }
}

/// An error to answer a request with.
struct JSONRPCFailure: Error {
    var id: JSONOutput
    var code: JSONRPCErrorCode
    var message: String

    var response: JSONOutput {
        .object([("jsonrpc", "2.0"), ("id", id), ("error", .object([("code", .int(code.rawValue)), ("message", .string(message))]))])
    }
}

extension JSONValue {
    /// The same value, to write back (request ids, client data).
    var output: JSONOutput {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .array(let items): return .array(items.map(\.value.output))
        case .object(let members): return .object(members.map { ($0.key, $0.value.value.output) })
        }
    }

    subscript(path keys: String...) -> JSONValue? {
        var value: JSONValue? = self
        for key in keys { value = value?[key]?.value }
        return value
    }
}
