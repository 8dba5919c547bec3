/// A header key: the canonical spelling of a key SelfHelpKit knows, or an unknown raw key.
///
/// Keys are matched case-insensitively (`articleid`, `ArticleID` → `articleId`), so a header
/// written by a tool in lower case means the same as a hand-written one. Unknown keys are kept
/// as they were written.
public struct HeaderKey: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The canonical spelling for a known key, else the raw spelling.
    public let name: String
    /// Whether the key is one of ``knownNames``.
    public var isKnown: Bool { knownIndex >= 0 }
    /// The index of the key in ``knownNames``, -1 when unknown (for fast dispatch on keys).
    let knownIndex: Int

    /// Maps a raw key onto its canonical key, case-insensitively.
    public init(raw: String) {
        if let index = HeaderKey.indexByLowercase[UTF8Text.asciiLowercased(raw)] {
            name = HeaderKey.knownNames[index]
            knownIndex = index
        } else {
            name = raw
            knownIndex = -1
        }
    }

    /// Maps raw key bytes onto a key without building a lower-cased copy: the canonical names
    /// are bucketed by length and compared ASCII-case-insensitively. Returns the key and the raw
    /// spelling (shared with the canonical name when they are equal, which saves a copy).
    static func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> (key: HeaderKey, raw: String) {
        if bytes.count < byLength.count {
            for index in byLength[bytes.count] {
                let candidate = knownNames[index]
                var exact = true
                var matches = true
                for (i, byte) in candidate.utf8.enumerated() {
                    let raw = bytes[i]
                    if raw != byte {
                        exact = false
                        if raw | 0x20 != byte | 0x20 || !((raw | 0x20) >= 0x61 && (raw | 0x20) <= 0x7A) { matches = false; break }
                    }
                }
                if matches {
                    return (HeaderKey(knownIndex: index), exact ? candidate : String(decoding: bytes, as: UTF8.self))
                }
            }
        }
        let raw = String(decoding: bytes, as: UTF8.self)
        return (HeaderKey(raw: raw), raw)
    }

    /// Indices of the canonical names by their length in bytes.
    private static let byLength: [[Int]] = {
        var buckets = [[Int]](repeating: [], count: (knownNames.map(\.utf8.count).max() ?? 0) + 1)
        for (index, name) in knownNames.enumerated() { buckets[name.utf8.count].append(index) }
        return buckets
    }()

    private init(known: String) {
        name = known
        knownIndex = HeaderKey.indexByLowercase[known.lowercased()] ?? -1
    }

    private init(knownIndex: Int) {
        name = HeaderKey.knownNames[knownIndex]
        self.knownIndex = knownIndex
    }

    public static func == (a: HeaderKey, b: HeaderKey) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    enum CodingKeys: String, CodingKey { case name }

    public init(from decoder: Decoder) throws {
        self.init(raw: try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .name))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
    }

    public var description: String { name }

    public static let articleId = HeaderKey(known: "articleId")
    public static let pageTitle = HeaderKey(known: "pageTitle")
    public static let description = HeaderKey(known: "description")
    public static let service = HeaderKey(known: "service")
    public static let resource = HeaderKey(known: "resource")
    public static let selfHelpType = HeaderKey(known: "selfHelpType")
    public static let supportTopicIds = HeaderKey(known: "supportTopicIds")
    public static let productPesIds = HeaderKey(known: "productPesIds")
    public static let cloudEnvironments = HeaderKey(known: "cloudEnvironments")
    public static let disableClouds = HeaderKey(known: "disableClouds")
    public static let resourceTags = HeaderKey(known: "resourceTags")
    public static let displayOrder = HeaderKey(known: "displayOrder")
    public static let schemaVersion = HeaderKey(known: "schemaVersion")
    public static let ownershipId = HeaderKey(known: "ownershipId")
    public static let diagnosticScenario = HeaderKey(known: "diagnosticScenario")
    public static let infoBubbleText = HeaderKey(known: "infoBubbleText")
    public static let articleTags = HeaderKey(known: "articleTags")
    public static let authors = HeaderKey(known: "authors")
    public static let msAuthor = HeaderKey(known: "ms.author")

    /// The 35 canonical keys seen in real articles and templates (see Docs/article-format.md).
    public static let knownNames: [String] = [
        "articleId", "pageTitle", "description", "service", "resource", "selfHelpType",
        "supportTopicIds", "productPesIds", "cloudEnvironments", "disableClouds", "resourceTags",
        "displayOrder", "schemaVersion", "ownershipId", "diagnosticScenario", "infoBubbleText",
        "articleTags", "authors", "ms.author", "clientIds", "category", "ms.service", "authorAlias",
        "resourceRequired", "symptomId", "icmTeam", "icmService", "feedbackEmail", "searchTags",
        "issueNotListed", "productFamilyId", "mappedToBucket", "editor", "documentationCenter",
        "useAsAdditionalDetails",
    ]

    /// Spellings that differ from the canonical name but are the only ones in real use, so they
    /// are as good as the canonical one: `symptomID`, and the lower-case `icmteam`, `icmservice`
    /// and `feedbackemail` (22 files each, never written otherwise).
    public static let establishedSpellings: Set<String> = ["symptomID", "icmteam", "icmservice", "feedbackemail"]

    /// Whether `raw` is the canonical spelling of this key or an established one.
    public func isEstablishedSpelling(_ raw: String) -> Bool {
        raw == name || HeaderKey.establishedSpellings.contains(raw)
    }

    static let indexByLowercase: [String: Int] = {
        var map: [String: Int] = [:]
        for (index, name) in knownNames.enumerated() { map[name.lowercased()] = index }
        return map
    }()
}
