/// A header key: the canonical spelling of a key SelfHelpKit knows, or an unknown raw key.
///
/// Keys are matched case-insensitively (`articleid`, `ArticleID` → `articleId`), so a header
/// written by a tool in lower case means the same as a hand-written one. Unknown keys are kept
/// as they were written.
public struct HeaderKey: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The canonical spelling for a known key, else the raw spelling.
    public let name: String
    /// Whether the key is one of ``known``.
    public let isKnown: Bool

    /// Maps a raw key onto its canonical key, case-insensitively.
    public init(raw: String) {
        if let canonical = HeaderKey.canonicalByLowercase[UTF8Text.asciiLowercased(raw)] {
            name = canonical
            isKnown = true
        } else {
            name = raw
            isKnown = false
        }
    }

    private init(known: String) {
        name = known
        isKnown = true
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

    static let canonicalByLowercase: [String: String] = {
        var map: [String: String] = [:]
        for name in knownNames { map[name.lowercased()] = name }
        return map
    }()
}
