/// A support-topic description payload: a product's short and long description and its topics.
public struct SupportTopicDescription: Hashable, Sendable {
    public var shortDescription: String?
    public var longDescription: String?
    public var topics: [SupportTopic]

    /// Reads the payload; nil when it has no `supportTopics` (any case) array.
    public init?(json: JSONNode) {
        guard let members = json.value.objectValue,
              let list = members.last(where: { $0.key.lowercased() == "supporttopics" })?.value.value.arrayValue else { return nil }
        shortDescription = json["shortDescription"]?.value.stringValue
        longDescription = json["longDescription"]?.value.stringValue
        topics = list.map(SupportTopic.init(json:))
    }
}

/// One support topic of a ``SupportTopicDescription``.
public struct SupportTopic: Hashable, Sendable {
    public var id: String?
    public var shortDescription: String?
    public var longDescription: String?
    public var category: String?
    /// `useInDiagnoseAndSolve`, written as a string (`"TRUE"`, `"false"`) in real payloads.
    public var useInDiagnoseAndSolve: Bool?
    public var json: JSONNode

    init(json: JSONNode) {
        self.json = json
        id = json["id"]?.value.stringValue
        shortDescription = json["shortDescription"]?.value.stringValue
        longDescription = json["longDescription"]?.value.stringValue
        category = json["category"]?.value.stringValue
        switch json["useInDiagnoseAndSolve"]?.value {
        case .bool(let b)?: useInDiagnoseAndSolve = b
        case .string(let s)?: useInDiagnoseAndSolve = s.lowercased() == "true" ? true : s.lowercased() == "false" ? false : nil
        default: useInDiagnoseAndSolve = nil
        }
    }
}
