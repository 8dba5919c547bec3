/// What the rest of a knowledge base needs to know about one article, without the article.
///
/// A small record (a few hundred bytes for a typical article, against tens of kilobytes for its
/// parsed ``Article``): its place, its metadata, the anchors it offers, the links that lead
/// elsewhere in the knowledge base, its content hash, and its own findings (the article rules',
/// suppressions applied). Cross-article rules (``KnowledgeBaseRule``) and the build's aggregates
/// (feeds, site pages, search index, SARIF) are computed from facts alone, so an engine keeps
/// facts for every article and a parsed article only while it works on it. Facts serialize
/// (``bytes()``, ``init(bytes:)``) so that a build keeps them between runs.
///
/// ```swift
/// let article = ArticleParser.parse(bytes, path: "articles/locks.md")
/// let facts = Validator().facts(of: article)
/// print(facts.articleId ?? "-", facts.anchors, facts.findings.count)
/// ```
public struct ArticleFacts: Equatable, Sendable {
    /// One entry of an id list, as written, and where.
    public struct IdEntry: Hashable, Sendable {
        /// The id as written.
        public var id: String
        /// Where the id is written in the header.
        public var range: SourceRange

        /// An entry of an id list.
        public init(id: String, range: SourceRange) {
            self.id = id
            self.range = range
        }
    }

    /// A link that may lead to another file of the knowledge base or to an anchor of an article.
    public struct LinkFact: Equatable, Sendable {
        /// Where a link leads, as far as cross-article rules care.
        public enum Target: Equatable, Sendable {
            /// `#fragment`: an anchor of the same article.
            case anchor(String)
            /// A relative path, with its fragment.
            case relative(path: String, fragment: String?)
            /// A Windows-style path (`..\media\a.png`), with its backslashes turned into slashes.
            case backslashed(String)
        }

        /// The destination as written.
        public var destination: String
        /// Where the link leads.
        public var target: Target
        /// Whether the link is an image.
        public var isImage: Bool
        /// Where the link is written (its `[`, `![` or `<a`).
        public var location: SourceLocation

        /// A link fact.
        public init(destination: String, target: Target, isImage: Bool, location: SourceLocation) {
            self.destination = destination
            self.target = target
            self.isImage = isImage
            self.location = location
        }
    }

    /// The article's path, as given to the parser.
    public var path: String
    /// SHA-256 of the article's bytes, in hex.
    public var contentHash: String
    /// The trimmed `articleId`, and where its value is written.
    public var articleId: String?
    /// Where the `articleId` value is written, when there is one.
    public var articleIdRange: SourceRange?
    /// The first H1's text.
    public var title: String?
    /// The header's `pageTitle`, trimmed.
    public var pageTitle: String?
    /// The header's `description`, trimmed.
    public var description: String?
    /// `service`, `resource` and `selfHelpType` as written.
    public var serviceName: String?
    /// The header's `resource`, as written.
    public var resource: String?
    /// The header's `selfHelpType`, as written.
    public var typeName: String?
    /// The clouds the article applies to (``ArticleMetadata/effectiveClouds``), by name.
    public var cloudNames: [String]
    /// The `supportTopicIds` entries, in order.
    public var supportTopicIds: [String]
    /// The `supportTopicIds` entries as written in the header, with their places.
    public var supportTopicEntries: [IdEntry]
    /// The `productPesIds` entries, in order.
    public var productPesIds: [String]
    /// Heading ids the renderer writes (``HeadingSlugs``) and explicit anchors, sorted.
    public var anchors: [String]
    /// Links that cross-article rules look at (relative paths, anchors), in document order.
    public var links: [LinkFact]
    /// The article's own findings: the article rules', suppressions applied, in report order.
    public var findings: [Diagnostic]
    /// The article's suppression comments, for cross-article findings.
    public var suppressions: Suppressions

    /// The service, typed.
    public var service: Service? { serviceName.map(Service.init(raw:)) }
    /// The self-help type, typed.
    public var selfHelpType: SelfHelpType? { typeName.map(SelfHelpType.init(raw:)) }
    /// The clouds, typed.
    public var clouds: [CloudEnvironment] { cloudNames.map(CloudEnvironment.init(raw:)) }
    /// The title a page and a listing show: `pageTitle`, else the first H1, else the path (an empty
    /// one is skipped), as ``HTMLPage/title(of:)`` gives it for the parsed article.
    public var displayTitle: String { [pageTitle, title].compactMap { $0 }.first { !$0.isEmpty } ?? path }

    /// The facts of a parsed article, with its own findings (see ``Validator/facts(of:)``).
    ///
    /// - Parameter contentHash: the SHA-256 (hex) of the article's bytes when the caller has it (nil: computed).
    public init(_ article: Article, findings: [Diagnostic], suppressions: Suppressions, contentHash: String? = nil) {
        let metadata = article.metadata
        path = article.path
        self.contentHash = contentHash ?? SHA256.hexDigest(article.source.bytes)
        let idAttribute = article.attribute(.articleId)
        articleId = metadata.articleId
        articleIdRange = idAttribute?.valueRange
        title = article.title
        pageTitle = metadata.pageTitle
        description = metadata.description
        serviceName = metadata.service?.raw
        resource = metadata.resource
        typeName = metadata.selfHelpType?.raw
        cloudNames = metadata.effectiveClouds.map(\.name)
        supportTopicIds = metadata.supportTopicIds
        supportTopicEntries = article.attribute(.supportTopicIds)?.tokens().map { IdEntry(id: $0.text, range: article.source.range($0.offsets)) } ?? []
        productPesIds = metadata.productPesIds
        anchors = ArticleAnchors.anchors(of: article).sorted()
        links = article.links.compactMap(LinkFact.init)
        self.findings = findings
        self.suppressions = suppressions
    }

    /// A record with every field given (tests, and facts read back from a build's records).
    public init(path: String, contentHash: String = "", articleId: String? = nil, articleIdRange: SourceRange? = nil,
                title: String? = nil, pageTitle: String? = nil, description: String? = nil, serviceName: String? = nil,
                resource: String? = nil, typeName: String? = nil, cloudNames: [String] = [], supportTopicIds: [String] = [],
                supportTopicEntries: [IdEntry] = [], productPesIds: [String] = [], anchors: [String] = [], links: [LinkFact] = [], findings: [Diagnostic] = [],
                suppressions: Suppressions = Suppressions()) {
        self.path = path
        self.contentHash = contentHash
        self.articleId = articleId
        self.articleIdRange = articleIdRange
        self.title = title
        self.pageTitle = pageTitle
        self.description = description
        self.serviceName = serviceName
        self.resource = resource
        self.typeName = typeName
        self.cloudNames = cloudNames
        self.supportTopicIds = supportTopicIds
        self.supportTopicEntries = supportTopicEntries
        self.productPesIds = productPesIds
        self.anchors = anchors
        self.links = links
        self.findings = findings
        self.suppressions = suppressions
    }
}

extension ArticleFacts.LinkFact {
    /// The fact of a link that cross-article rules look at; nil for web, portal and mail links.
    init?(_ link: Link) {
        let target: Target
        switch link.kind {
        case .anchor(let fragment):
            target = .anchor(fragment)
        case .relative(let path, let fragment):
            target = .relative(path: path, fragment: fragment)
        case .other(nil) where link.destination.contains("\\") && !LinkMalformedRule.isDrivePath(link.destination.trimmingHeaderWhitespace()):
            target = .backslashed(link.destination.trimmingHeaderWhitespace().replacingBackslashes())
        default:
            return nil
        }
        self.init(destination: link.destination, target: target, isImage: link.isImage, location: link.range.start)
    }
}

extension ArticleFacts {
    /// The files (not articles) the article's relative links and images point at, named relative
    /// to the knowledge base (as ``path`` is), each once, in link order: what a site copies next to
    /// the pages. Targets that climb out of the knowledge base, site-relative paths (`/x`) and `.md`
    /// links are left out; whether a file exists is not checked (`link-broken` reports a missing one).
    public var linkedFiles: [String] {
        let folder = RelativePath.folder(of: RelativePath.normalize(path))
        var seen = Set<String>()
        var files: [String] = []
        for link in links {
            guard case .relative(let target, _) = link.target else { continue }
            let decoded = RelativePath.percentDecoded(String(target.prefix { $0 != "?" }))
            guard !decoded.isEmpty, !decoded.hasPrefix("/"), !decoded.lowercased().hasSuffix(".md"),
                  let resolved = RelativePath.join(folder, decoded), !resolved.isEmpty, !resolved.hasPrefix(".."),
                  !resolved.hasPrefix("/"), seen.insert(resolved).inserted else { continue }
            files.append(resolved)
        }
        return files
    }
}
