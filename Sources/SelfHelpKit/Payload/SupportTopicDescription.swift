/// A support-topic description payload: a product's short and long description and its topics.
public struct SupportTopicDescription: Hashable, Sendable {
    /// The product's `shortDescription`.
    public var shortDescription: String?
    /// The product's `longDescription`.
    public var longDescription: String?
    /// The support topics, in payload order.
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
    /// The topic's `id`.
    public var id: String?
    /// The topic's `shortDescription`.
    public var shortDescription: String?
    /// The topic's `longDescription`.
    public var longDescription: String?
    /// The topic's `category`.
    public var category: String?
    /// `useInDiagnoseAndSolve`, written as a string (`"TRUE"`, `"false"`) in real payloads.
    public var useInDiagnoseAndSolve: Bool?
    /// The topic's JSON, for positions and keys this model does not read.
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
