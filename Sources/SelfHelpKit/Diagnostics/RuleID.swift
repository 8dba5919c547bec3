/// The stable identifier of a diagnostic's rule, such as `header-key-case`.
///
/// Ids are a contract: configuration files, suppressions and CI logs name them, so an id is
/// never renamed or reused. It is an open set (a struct around the raw string) so that
/// diagnostics from rules added later, or from other tools, still fit.
public struct RuleID: RawRepresentable, Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The id as written (`header-key-case`).
    public let rawValue: String

    /// The id `rawValue`; any text is accepted (ids are an open set).
    public init(rawValue: String) { self.rawValue = rawValue }
    /// The id `rawValue`; any text is accepted (ids are an open set).
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// The id written as a literal: `"header-key-case"`.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The id as written.
    public var description: String { rawValue }
    /// Ids sort by their text.
    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }

    /// Decodes an id from a JSON string.
    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the id as a JSON string.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

// The id of every rule, and the one place each is spelled: a rule's description names its id by
// these statics (`id: .headerKeyCase`), and so does any code that speaks of a rule.
extension RuleID {
    // Catalog
    /// `catalog-mismatch`.
    public static let catalogMismatch: RuleID = "catalog-mismatch"
    /// `product-id-unknown`.
    public static let productIdUnknown: RuleID = "product-id-unknown"
    /// `support-topic-id-unknown`.
    public static let supportTopicIdUnknown: RuleID = "support-topic-id-unknown"
    // Content
    /// `callout-unsupported`.
    public static let calloutUnsupported: RuleID = "callout-unsupported"
    /// `code-language-unsupported`.
    public static let codeLanguageUnsupported: RuleID = "code-language-unsupported"
    /// `heading-blank-line-after`.
    public static let headingBlankLineAfter: RuleID = "heading-blank-line-after"
    /// `heading-blank-line-before`.
    public static let headingBlankLineBefore: RuleID = "heading-blank-line-before"
    /// `heading-indented`.
    public static let headingIndented: RuleID = "heading-indented"
    /// `heading-no-space`.
    public static let headingNoSpace: RuleID = "heading-no-space"
    /// `heading-sentence-case`.
    public static let headingSentenceCase: RuleID = "heading-sentence-case"
    /// `html-unsafe`.
    public static let htmlUnsafe: RuleID = "html-unsafe"
    /// `image-alt-missing`.
    public static let imageAltMissing: RuleID = "image-alt-missing"
    /// `list-depth`.
    public static let listDepth: RuleID = "list-depth"
    /// `placeholder-unbalanced`.
    public static let placeholderUnbalanced: RuleID = "placeholder-unbalanced"
    /// `region-unbalanced`.
    public static let regionUnbalanced: RuleID = "region-unbalanced"
    /// `section-heading-style`.
    public static let sectionHeadingStyle: RuleID = "section-heading-style"
    /// `section-unexpected`.
    public static let sectionUnexpected: RuleID = "section-unexpected"
    /// `table-html`.
    public static let tableHTML: RuleID = "table-html"
    /// `table-unsupported`.
    public static let tableUnsupported: RuleID = "table-unsupported"
    /// `title-missing`.
    public static let titleMissing: RuleID = "title-missing"
    /// `title-multiple`.
    public static let titleMultiple: RuleID = "title-multiple"
    // Encoding
    /// `article-too-large`.
    public static let articleTooLarge: RuleID = "article-too-large"
    /// `encoding-bom`.
    public static let encodingBOM: RuleID = "encoding-bom"
    /// `encoding-invalid-utf8`.
    public static let encodingInvalidUTF8: RuleID = "encoding-invalid-utf8"
    /// `encoding-not-text`.
    public static let encodingNotText: RuleID = "encoding-not-text"
    // Header
    /// `header-duplicate-key`.
    public static let headerDuplicateKey: RuleID = "header-duplicate-key"
    /// `header-entity-unknown`.
    public static let headerEntityUnknown: RuleID = "header-entity-unknown"
    /// `header-key-case`.
    public static let headerKeyCase: RuleID = "header-key-case"
    /// `header-leading-text`.
    public static let headerLeadingText: RuleID = "header-leading-text"
    /// `header-missing`.
    public static let headerMissing: RuleID = "header-missing"
    /// `header-syntax`.
    public static let headerSyntax: RuleID = "header-syntax"
    /// `header-trailing-text`.
    public static let headerTrailingText: RuleID = "header-trailing-text"
    /// `header-unknown-key`.
    public static let headerUnknownKey: RuleID = "header-unknown-key"
    /// `header-unterminated`.
    public static let headerUnterminated: RuleID = "header-unterminated"
    /// `header-value-whitespace`.
    public static let headerValueWhitespace: RuleID = "header-value-whitespace"
    // Links
    /// `link-aka-ms`.
    public static let linkAkaMs: RuleID = "link-aka-ms"
    /// `link-anchor-missing`.
    public static let linkAnchorMissing: RuleID = "link-anchor-missing"
    /// `link-broken`.
    public static let linkBroken: RuleID = "link-broken"
    /// `link-data-blade-syntax`.
    public static let linkDataBladeSyntax: RuleID = "link-data-blade-syntax"
    /// `link-insecure`.
    public static let linkInsecure: RuleID = "link-insecure"
    /// `link-internal-review`.
    public static let linkInternalReview: RuleID = "link-internal-review"
    /// `link-locale`.
    public static let linkLocale: RuleID = "link-locale"
    /// `link-malformed`.
    public static let linkMalformed: RuleID = "link-malformed"
    /// `link-vague-text`.
    public static let linkVagueText: RuleID = "link-vague-text"
    /// `link-youtube-ampersand`.
    public static let linkYouTubeAmpersand: RuleID = "link-youtube-ampersand"
    // Metadata
    /// `article-id-duplicate`.
    public static let articleIdDuplicate: RuleID = "article-id-duplicate"
    /// `article-id-format`.
    public static let articleIdFormat: RuleID = "article-id-format"
    /// `article-id-lookalike`.
    public static let articleIdLookalike: RuleID = "article-id-lookalike"
    /// `article-id-missing`.
    public static let articleIdMissing: RuleID = "article-id-missing"
    /// `cloud-conflict`.
    public static let cloudConflict: RuleID = "cloud-conflict"
    /// `cloud-spelling`.
    public static let cloudSpelling: RuleID = "cloud-spelling"
    /// `cloud-unknown`.
    public static let cloudUnknown: RuleID = "cloud-unknown"
    /// `display-order-format`.
    public static let displayOrderFormat: RuleID = "display-order-format"
    /// `id-list-duplicate-entry`.
    public static let idListDuplicateEntry: RuleID = "id-list-duplicate-entry"
    /// `id-list-empty-entry`.
    public static let idListEmptyEntry: RuleID = "id-list-empty-entry"
    /// `product-id-format`.
    public static let productIdFormat: RuleID = "product-id-format"
    /// `required-field`.
    public static let requiredField: RuleID = "required-field"
    /// `self-help-type-case`.
    public static let selfHelpTypeCase: RuleID = "self-help-type-case"
    /// `self-help-type-unknown`.
    public static let selfHelpTypeUnknown: RuleID = "self-help-type-unknown"
    /// `service-format`.
    public static let serviceFormat: RuleID = "service-format"
    /// `support-topic-id-format`.
    public static let supportTopicIdFormat: RuleID = "support-topic-id-format"
    /// `support-topic-id-shared`.
    public static let supportTopicIdShared: RuleID = "support-topic-id-shared"
    // Payload
    /// `form-scoping-fields`.
    public static let formScopingFields: RuleID = "form-scoping-fields"
    /// `payload-json-invalid`.
    public static let payloadJSONInvalid: RuleID = "payload-json-invalid"
    /// `payload-missing`.
    public static let payloadMissing: RuleID = "payload-missing"
    /// `payload-schema`.
    public static let payloadSchema: RuleID = "payload-schema"
    // Prose
    /// `product-name`.
    public static let productName: RuleID = "product-name"
    /// `prose-click`.
    public static let proseClick: RuleID = "prose-click"
    /// `prose-contractions`.
    public static let proseContractions: RuleID = "prose-contractions"
    /// `prose-please`.
    public static let prosePlease: RuleID = "prose-please"
    /// `spelling`.
    public static let spelling: RuleID = "spelling"
    /// `text-invisible-character`.
    public static let textInvisibleCharacter: RuleID = "text-invisible-character"
}
