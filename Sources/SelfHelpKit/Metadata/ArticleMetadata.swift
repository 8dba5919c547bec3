/// The typed reading of an article's header.
///
/// Values are trimmed and entity-decoded; empty values read as absent (`nil` or an empty list).
/// Nothing is dropped: keys without a typed field are in ``otherFields`` (known keys such as
/// `clientIds`) and ``unknownFields`` (keys SelfHelpKit does not know, such as `author`), and
/// the raw attributes with positions stay in ``Header``.
public struct ArticleMetadata: Hashable, Sendable {
    /// The article's id (`articleId`), unique in the knowledge base.
    public var articleId: String?
    /// The title the portal shows (`pageTitle`).
    public var pageTitle: String?
    /// A one-sentence summary (`description`).
    public var description: String?
    /// The Azure service the article belongs to (`service`, a resource provider namespace).
    public var service: Service?
    /// The resource type within the service (`resource`).
    public var resource: String?
    /// What kind of article this is (`selfHelpType`), known or not.
    public var selfHelpType: SelfHelpType?
    /// Support topic ids, kept as strings (8-digit integers or GUIDs in practice).
    public var supportTopicIds: [String] = []
    /// Product ids, kept as strings (4–7 digits or GUIDs in practice).
    public var productPesIds: [String] = []
    /// The clouds the article is shown in, in header order, known or not.
    public var cloudEnvironments: [CloudEnvironment] = []
    /// Clouds the article is hidden from even when ``cloudEnvironments`` names them.
    public var disableClouds: [CloudEnvironment] = []
    /// Tags of the resources the article applies to (`resourceTags`).
    public var resourceTags: [String] = []
    /// Where the article sorts among its siblings (`displayOrder`).
    public var displayOrder: DisplayOrder?
    /// The header's schema version (`schemaVersion`).
    public var schemaVersion: String?
    /// The team that owns the article (`ownershipId`).
    public var ownershipId: String?
    /// The diagnostic the article runs, if any (`diagnosticScenario`).
    public var diagnosticScenario: String?
    /// The text of the portal's info bubble (`infoBubbleText`).
    public var infoBubbleText: String?
    /// Free tags (`articleTags`).
    public var articleTags: [String] = []
    /// The authors' aliases (`authors`).
    public var authors: [String] = []
    /// The `ms.author` aliases.
    public var msAuthor: [String] = []
    /// Other known keys, by canonical name, with their trimmed values.
    public var otherFields: [String: String] = [:]
    /// Unknown keys, by raw spelling, with their trimmed values.
    public var unknownFields: [String: String] = [:]

    /// Empty metadata: every field absent.
    public init() {}

    /// Reads the metadata from a header (the last attribute wins for a repeated key).
    public init(header: Header?) {
        guard let header else { return }
        let attributes = header.attributes
        for i in attributes.indices { // by index: copying each whole attribute would retain all its strings
            set(attributes[i].key, attributes[i].trimmedValue)
        }
    }

    /// The clouds the article is actually shown in: ``cloudEnvironments`` less ``disableClouds``.
    public var effectiveClouds: [CloudEnvironment] {
        cloudEnvironments.filter { !disableClouds.contains($0) }
    }

    private mutating func set(_ key: HeaderKey, _ value: String) {
        if key.isKnown, let setter = ArticleMetadata.setters[key.knownIndex] {
            setter(&self, value)
        } else if key.isKnown {
            otherFields[key.name] = value
        } else {
            unknownFields[key.name] = value
        }
    }

    /// How each typed key is read, by ``HeaderKey`` index (nil: kept in ``otherFields``). A table
    /// rather than a `switch` over the key constants, which would copy each constant per comparison.
    private static let setters: [((inout ArticleMetadata, String) -> Void)?] = {
        func text(_ value: String) -> String? { value.isEmpty ? nil : value }
        let typed: [(HeaderKey, (inout ArticleMetadata, String) -> Void)] = [
            (.articleId, { $0.articleId = text($1) }),
            (.pageTitle, { $0.pageTitle = text($1) }),
            (.description, { $0.description = text($1) }),
            (.service, { $0.service = text($1).map(Service.init(raw:)) }),
            (.resource, { $0.resource = text($1) }),
            (.selfHelpType, { $0.selfHelpType = text($1).map(SelfHelpType.init(raw:)) }),
            (.supportTopicIds, { $0.supportTopicIds = ListValue.split($1) }),
            (.productPesIds, { $0.productPesIds = ListValue.split($1) }),
            (.cloudEnvironments, { $0.cloudEnvironments = ListValue.split($1).map(CloudEnvironment.init(raw:)) }),
            (.disableClouds, { $0.disableClouds = ListValue.split($1).map(CloudEnvironment.init(raw:)) }),
            (.resourceTags, { $0.resourceTags = ListValue.split($1) }),
            (.displayOrder, { $0.displayOrder = DisplayOrder(raw: $1) }),
            (.schemaVersion, { $0.schemaVersion = text($1) }),
            (.ownershipId, { $0.ownershipId = text($1) }),
            (.diagnosticScenario, { $0.diagnosticScenario = text($1) }),
            (.infoBubbleText, { $0.infoBubbleText = text($1) }),
            (.articleTags, { $0.articleTags = ListValue.split($1) }),
            (.authors, { $0.authors = ListValue.split($1) }),
            (.msAuthor, { $0.msAuthor = ListValue.split($1) }),
        ]
        var table = [((inout ArticleMetadata, String) -> Void)?](repeating: nil, count: HeaderKey.knownNames.count)
        for (key, setter) in typed { table[key.knownIndex] = setter }
        return table
    }()
}
