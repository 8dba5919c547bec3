import SelfHelpKit

extension LanguageServer {
    /// `textDocument/completion` inside the header: keys in their canonical spelling (those not
    /// yet present); in a value, the values of closed sets (clouds, `selfHelpType`) and the
    /// services, support topic ids and product ids used in the workspace.
    func completion(_ params: JSONValue) throws -> JSONOutput {
        guard let uri = params[path: "textDocument", "uri"]?.stringValue, let path = DocumentURI.path(uri),
              let document = documents[path], let article = article(path) else { return .array([]) }
        guard let raw = offset(params["position"]?.value, in: document) else { throw JSONRPCFailure.missing("position") }
        let offset = max(0, raw - 3 * article.source.byteOrderMarks)
        guard let header = article.header, header.range.start.offset <= offset,
              offset <= (header.isTerminated ? header.range.end.offset : article.bodyStart) else { return .array([]) }
        let before = Array(article.source.bytes[header.range.start.offset..<min(offset, article.source.bytes.count)])
        if let key = openValueKey(before) {
            return .object([("isIncomplete", false), ("items", .array(values(for: HeaderKey(raw: key), near: path).map { item($0.label, detail: $0.detail, kind: 12) }))])
        }
        let present = Set(header.attributes.map(\.key.name))
        let keys = HeaderKey.knownNames.filter { !present.contains($0) }
        return .object([("isIncomplete", false), ("items", .array(keys.map { key in
            item(key, detail: HeaderKeyReference.meanings[key], kind: 10, insert: "\(key)=\"\"")
        }))])
    }

    /// The key whose quoted value the text before the cursor is in, if any.
    private func openValueKey(_ bytes: [UInt8]) -> String? {
        var quote: UInt8?
        var quoteAt = 0
        for (i, b) in bytes.enumerated() where b == 0x22 || b == 0x27 {
            if quote == nil { quote = b; quoteAt = i } else if quote == b { quote = nil }
        }
        guard quote != nil else { return nil }
        var end = quoteAt
        while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x3D || bytes[end - 1] == 0x09 { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] > 0x20, bytes[start - 1] != 0x22, bytes[start - 1] != 0x27, bytes[start - 1] != 0x3C { start -= 1 }
        let key = String(decoding: bytes[start..<end], as: UTF8.self)
        return key.isEmpty ? nil : key
    }

    private func values(for key: HeaderKey, near path: String) -> [(label: String, detail: String?)] {
        let articles = workspace(for: path)?.allFacts ?? []
        func counted(_ values: [String]) -> [(String, String?)] {
            var counts: [String: Int] = [:]
            for value in values where !value.isEmpty { counts[value, default: 0] += 1 }
            return counts.sorted { $0.key < $1.key }.map { ($0.key, "\($0.value) article\($0.value == 1 ? "" : "s")") }
        }
        switch key {
        case .cloudEnvironments, .disableClouds: return CloudEnvironment.allKnown.map { ($0.name, nil) }
        case .selfHelpType: return SelfHelpType.allKnown.map { ($0.name, nil) }
        case .service: return counted(articles.compactMap(\.serviceName))
        case .supportTopicIds: return counted(articles.flatMap(\.supportTopicIds))
        case .productPesIds: return counted(articles.flatMap(\.productPesIds))
        default: return []
        }
    }

    private func item(_ label: String, detail: String?, kind: Int, insert: String? = nil) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("label", .string(label)), ("kind", .int(kind))]
        if let detail { members.append(("detail", .string(detail))) }
        if let insert { members.append(("insertText", .string(insert))) }
        return .object(members)
    }
}
