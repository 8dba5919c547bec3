/// The typed reading of an article's header.
///
/// Values are trimmed and entity-decoded; empty values read as absent (`nil` or an empty list).
/// Nothing is dropped: keys without a typed field are in ``otherFields`` (known keys such as
/// `clientIds`) and ``unknownFields`` (keys SelfHelpKit does not know, such as `author`), and
/// the raw attributes with positions stay in ``Header``.
public struct ArticleMetadata: Hashable, Sendable {
    public var articleId: String?
    public var pageTitle: String?
    public var description: String?
    public var service: Service?
    public var resource: String?
    public var selfHelpType: SelfHelpType?
    /// Support topic ids, kept as strings (8-digit integers or GUIDs in practice).
    public var supportTopicIds: [String] = []
    /// Product ids, kept as strings (4–7 digits or GUIDs in practice).
    public var productPesIds: [String] = []
    /// The clouds the article is shown in, in header order, known or not.
    public var cloudEnvironments: [CloudEnvironment] = []
    /// Clouds the article is hidden from even when ``cloudEnvironments`` names them.
    public var disableClouds: [CloudEnvironment] = []
    public var resourceTags: [String] = []
    public var displayOrder: DisplayOrder?
    public var schemaVersion: String?
    public var ownershipId: String?
    public var diagnosticScenario: String?
    public var infoBubbleText: String?
    public var articleTags: [String] = []
    public var authors: [String] = []
    /// The `ms.author` aliases.
    public var msAuthor: [String] = []
    /// Other known keys, by canonical name, with their trimmed values.
    public var otherFields: [String: String] = [:]
    /// Unknown keys, by raw spelling, with their trimmed values.
    public var unknownFields: [String: String] = [:]

    public init() {}

    /// Reads the metadata from a header (the last attribute wins for a repeated key).
    public init(header: Header?) {
        guard let header else { return }
        for attribute in header.attributes {
            set(attribute.key, attribute.trimmedValue)
        }
    }

    /// The clouds the article is actually shown in: ``cloudEnvironments`` less ``disableClouds``.
    public var effectiveClouds: [CloudEnvironment] {
        cloudEnvironments.filter { !disableClouds.contains($0) }
    }

    private mutating func set(_ key: HeaderKey, _ value: String) {
        let text: String? = value.isEmpty ? nil : value
        switch key.knownIndex {
        case HeaderKey.articleId.knownIndex: articleId = text
        case HeaderKey.pageTitle.knownIndex: pageTitle = text
        case HeaderKey.description.knownIndex: description = text
        case HeaderKey.service.knownIndex: service = text.map(Service.init(raw:))
        case HeaderKey.resource.knownIndex: resource = text
        case HeaderKey.selfHelpType.knownIndex: selfHelpType = text.map(SelfHelpType.init(raw:))
        case HeaderKey.supportTopicIds.knownIndex: supportTopicIds = ListValue.split(value)
        case HeaderKey.productPesIds.knownIndex: productPesIds = ListValue.split(value)
        case HeaderKey.cloudEnvironments.knownIndex: cloudEnvironments = ListValue.split(value).map(CloudEnvironment.init(raw:))
        case HeaderKey.disableClouds.knownIndex: disableClouds = ListValue.split(value).map(CloudEnvironment.init(raw:))
        case HeaderKey.resourceTags.knownIndex: resourceTags = ListValue.split(value)
        case HeaderKey.displayOrder.knownIndex: displayOrder = DisplayOrder(raw: value)
        case HeaderKey.schemaVersion.knownIndex: schemaVersion = text
        case HeaderKey.ownershipId.knownIndex: ownershipId = text
        case HeaderKey.diagnosticScenario.knownIndex: diagnosticScenario = text
        case HeaderKey.infoBubbleText.knownIndex: infoBubbleText = text
        case HeaderKey.articleTags.knownIndex: articleTags = ListValue.split(value)
        case HeaderKey.authors.knownIndex: authors = ListValue.split(value)
        case HeaderKey.msAuthor.knownIndex: msAuthor = ListValue.split(value)
        default:
            if key.isKnown { otherFields[key.name] = value } else { unknownFields[key.name] = value }
        }
    }
}
