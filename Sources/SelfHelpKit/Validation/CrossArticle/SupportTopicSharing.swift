/// What the support-topic sharing check needs to know about one article: its type, the clouds it
/// is shown in, its products, and the support topic ids it lists with their places. A small record, so an
/// engine that keeps per-article facts can run ``SupportTopicSharing`` without whole articles.
public struct SupportTopicFacts: Hashable, Sendable {
    /// One entry of `supportTopicIds`, as written, and where.
    public struct TopicId: Hashable, Sendable {
        /// The id as written.
        public var id: String
        /// Where the id is written in the header.
        public var range: SourceRange

        /// An entry of `supportTopicIds`.
        public init(id: String, range: SourceRange) {
            self.id = id
            self.range = range
        }
    }

    /// The article's path (as given to the parser).
    public var path: String
    /// The canonical `selfHelpType` name; nil when the header has none.
    public var selfHelpType: String?
    /// The clouds the article is shown in (canonical names); `cloudEnvironments` less `disableClouds`.
    public var clouds: Set<String>
    /// The `supportTopicIds` entries in header order.
    public var supportTopicIds: [TopicId]
    /// The `productPesIds` (lower-cased): a topic is picked within a product.
    public var productIds: Set<String>

    /// Facts given field by field (an engine that keeps its own records builds them this way).
    public init(path: String, selfHelpType: String?, clouds: Set<String>, supportTopicIds: [TopicId], productIds: Set<String> = []) {
        self.path = path
        self.selfHelpType = selfHelpType
        self.clouds = clouds
        self.supportTopicIds = supportTopicIds
        self.productIds = productIds
    }

    /// The facts of one parsed article.
    public init(_ article: Article) {
        let ids = article.attribute(.supportTopicIds)?.tokens().map { TopicId(id: $0.text, range: article.source.range($0.offsets)) } ?? []
        self.init(path: article.path, selfHelpType: article.metadata.selfHelpType?.name,
                  clouds: Set(article.metadata.effectiveClouds.map(\.name)), supportTopicIds: ids,
                  productIds: Set(article.metadata.productPesIds.map(UTF8Text.asciiLowercased)))
    }
}

/// The cross-article check behind `support-topic-id-shared`, over ``SupportTopicFacts`` alone.
public enum SupportTopicSharing {
    /// A support topic id that another article of the same type claims in a cloud both are shown in.
    public struct Shared: Hashable, Sendable {
        /// The article reported.
        public var path: String
        /// Its shared entry.
        public var topic: SupportTopicFacts.TopicId
        /// The other articles that claim the id (sorted paths).
        public var others: [String]
        /// The clouds they share with this one (sorted).
        public var clouds: [String]
    }

    /// The types whose articles a support topic selects one of (a form, a topic description): two
    /// of them for one topic means one is never shown. Insight types (`diagnostics`, `rca` …)
    /// show several articles for one topic, so sharing there is normal.
    public static let exclusiveTypes: Set<String> = [
        SelfHelpType.problemScopingQuestions.name, SelfHelpType.supportTopicDescription.name, SelfHelpType.tsgQuestions.name,
    ]

    /// Every entry of every article whose id (any case) another article of the same exclusive type
    /// lists for a cloud both are shown in and a product both list. An article without clouds is
    /// taken as shown in every cloud the other is; one without products as listing every product
    /// (the portal picks a form by product, then topic, so one topic under two products is two
    /// forms). Each article is reported at each of its shared entries.
    public static func shared(_ facts: [SupportTopicFacts]) -> [Shared] {
        var claims: [String: [Int]] = [:]   // type + id → indices into facts
        for (index, fact) in facts.enumerated() {
            guard let type = fact.selfHelpType, exclusiveTypes.contains(type) else { continue }
            var seen: Set<String> = []
            for topic in fact.supportTopicIds {
                let key = type + "\u{0}" + UTF8Text.asciiLowercased(topic.id)
                if seen.insert(key).inserted { claims[key, default: []].append(index) }
            }
        }
        var found: [Shared] = []
        for (index, fact) in facts.enumerated() {
            guard let type = fact.selfHelpType, exclusiveTypes.contains(type) else { continue }
            for topic in fact.supportTopicIds {
                let claimants = claims[type + "\u{0}" + UTF8Text.asciiLowercased(topic.id)] ?? []
                guard claimants.count > 1 else { continue }
                var others: [String] = []
                var clouds: Set<String> = []
                for other in claimants where other != index {
                    let overlap = overlap(fact.clouds, facts[other].clouds)
                    if overlap.isEmpty { continue }
                    let products = facts[other].productIds
                    if !fact.productIds.isEmpty, !products.isEmpty, fact.productIds.isDisjoint(with: products) { continue }
                    others.append(facts[other].path)
                    clouds.formUnion(overlap)
                }
                if !others.isEmpty { found.append(Shared(path: fact.path, topic: topic, others: others.sorted(), clouds: clouds.sorted())) }
            }
        }
        return found
    }

    /// The clouds two articles share; an empty set stands for "not said", which overlaps anything.
    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Set<String> {
        if a.isEmpty { return b.isEmpty ? ["public"] : b }
        if b.isEmpty { return a }
        return a.intersection(b)
    }
}
