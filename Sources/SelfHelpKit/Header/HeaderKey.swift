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

    /// Keys are equal when their canonical names are.
    public static func == (a: HeaderKey, b: HeaderKey) -> Bool { a.name == b.name }
    /// Hashes the canonical name.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    enum CodingKeys: String, CodingKey { case name }

    /// Decodes a key from `{"name": …}`; a known name in any case becomes the known key.
    public init(from decoder: Decoder) throws {
        self.init(raw: try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .name))
    }

    /// Encodes the key as `{"name": …}`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
    }

    /// The canonical name.
    public var description: String { name }

    /// `articleId`: the article's unique id (a GUID).
    public static let articleId = HeaderKey(known: "articleId")
    /// `pageTitle`: the title shown in the portal.
    public static let pageTitle = HeaderKey(known: "pageTitle")
    /// `description`: a one-line summary of the article.
    public static let description = HeaderKey(known: "description")
    /// `service`: the Azure resource provider the article is for (`microsoft.storage`).
    public static let service = HeaderKey(known: "service")
    /// `resource`: the resource type under `service` (`storageaccounts`).
    public static let resource = HeaderKey(known: "resource")
    /// `selfHelpType`: what kind of article this is (`generic`, …).
    public static let selfHelpType = HeaderKey(known: "selfHelpType")
    /// `supportTopicIds`: the support topics that open the article.
    public static let supportTopicIds = HeaderKey(known: "supportTopicIds")
    /// `productPesIds`: the products the article belongs to.
    public static let productPesIds = HeaderKey(known: "productPesIds")
    /// `cloudEnvironments`: the clouds the article is shown in.
    public static let cloudEnvironments = HeaderKey(known: "cloudEnvironments")
    /// `disableClouds`: clouds the article is hidden in.
    public static let disableClouds = HeaderKey(known: "disableClouds")
    /// `resourceTags`: tags of the resources the article is for.
    public static let resourceTags = HeaderKey(known: "resourceTags")
    /// `displayOrder`: the article's place among the articles of one support topic (a number).
    public static let displayOrder = HeaderKey(known: "displayOrder")
    /// `schemaVersion`: the version of the problem-scoping form's JSON payload.
    public static let schemaVersion = HeaderKey(known: "schemaVersion")
    /// `ownershipId`: the team that owns the article.
    public static let ownershipId = HeaderKey(known: "ownershipId")
    /// `diagnosticScenario`: the diagnostic the article runs.
    public static let diagnosticScenario = HeaderKey(known: "diagnosticScenario")
    /// `infoBubbleText`: text of the info bubble.
    public static let infoBubbleText = HeaderKey(known: "infoBubbleText")
    /// `articleTags`: free tags of the article.
    public static let articleTags = HeaderKey(known: "articleTags")
    /// `authors`: the article's authors (GitHub accounts).
    public static let authors = HeaderKey(known: "authors")
    /// `ms.author`: the owning author's alias.
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
