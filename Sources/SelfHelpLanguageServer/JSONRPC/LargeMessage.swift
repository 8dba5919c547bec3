import SelfHelpKit

/// A message too large to read whole (a buffer of 100 MB, say): one lexical pass finds its
/// `method`, `id` and the first `uri` without building the JSON tree, so the server can answer
/// or drop it at the cost of a scan.
struct LargeMessage {
    /// Bodies larger than this are peeked at, not parsed (twice the largest buffer checked).
    static let threshold = 2 * LanguageServer.maximumArticleBytes

    var method: String?
    var id: JSONOutput?
    var uri: String?

    init(_ body: [UInt8]) {
        var i = 0
        var depth = 0
        var expectingValueFor: String?
        var lastString: String?
        let n = body.count
        while i < n, method == nil || id == nil || uri == nil {
            let b = body[i]
            switch b {
            case UInt8(ascii: "\""):
                var j = i + 1
                var escaped = false
                while j < n {
                    if escaped { escaped = false } else if body[j] == UInt8(ascii: "\\") { escaped = true } else if body[j] == UInt8(ascii: "\"") { break }
                    j += 1
                }
                // Only short strings matter (keys and the values we want); escapes (`\/`) decoded.
                let text = j - i < 4096 ? LargeMessage.decodeString(Array(body[i..<min(j + 1, n)])) : nil
                if let key = expectingValueFor {
                    if key == "method", depth == 1, method == nil { method = text }
                    if key == "id", depth == 1, id == nil, let text { id = .string(text) }
                    if key == "uri", uri == nil { uri = text }
                    expectingValueFor = nil
                } else {
                    lastString = text
                }
                i = j + 1
                continue
            case UInt8(ascii: ":"):
                expectingValueFor = lastString
                lastString = nil
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                expectingValueFor = nil
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            case UInt8(ascii: ","):
                expectingValueFor = nil
                lastString = nil
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                if expectingValueFor == "id", depth == 1, id == nil {
                    var j = i
                    while j < n, (body[j] >= UInt8(ascii: "0") && body[j] <= UInt8(ascii: "9")) || body[j] == UInt8(ascii: "-") { j += 1 }
                    id = .number(String(decoding: body[i..<j], as: UTF8.self))
                    expectingValueFor = nil
                    i = j
                    continue
                }
            default:
                break
            }
            i += 1
        }
    }

    /// A JSON string literal (quotes included) decoded, or nil when it is not one.
    private static func decodeString(_ literal: [UInt8]) -> String? {
        let source = SourceText(decoding: literal)
        guard case .success(let node) = JSONParser.parse(source, range: 0..<source.bytes.count) else { return nil }
        return node.value.stringValue
    }
}
