/// The cross-article check behind `support-topic-id-shared`, over ``ArticleFacts`` alone: an
/// article's type, clouds, products and support topic entries.
public enum SupportTopicSharing {
    /// A support topic id that another article of the same type claims in a cloud both are shown in.
    public struct Shared: Hashable, Sendable {
        /// The article reported.
        public var path: String
        /// Its shared entry.
        public var topic: ArticleFacts.IdEntry
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
    public static func shared(_ facts: [ArticleFacts]) -> [Shared] {
        var claims: [Claim: [Int]] = [:]   // indices into facts
        var clouds: [Int: Set<String>] = [:], products: [Int: Set<String>] = [:]
        // Facts are read in place (`facts[index]`), not copied: they are large, and most are not of an exclusive type.
        for index in facts.indices {
            guard let type = exclusiveType(facts[index].typeName) else { continue }
            clouds[index] = Set(facts[index].cloudNames)
            products[index] = Set(facts[index].productPesIds.map(UTF8Text.asciiLowercased))
            var seen: Set<Claim> = []
            for topic in facts[index].supportTopicEntries {
                let key = Claim(type: type, topic: UTF8Text.asciiLowercased(topic.id))
                if seen.insert(key).inserted { claims[key, default: []].append(index) }
            }
        }
        var found: [Shared] = []
        for index in facts.indices {
            guard let type = exclusiveType(facts[index].typeName), let own = clouds[index], let listed = products[index] else { continue }
            for topic in facts[index].supportTopicEntries {
                let claimants = claims[Claim(type: type, topic: UTF8Text.asciiLowercased(topic.id))] ?? []
                guard claimants.count > 1 else { continue }
                var others: [String] = []
                var shared: Set<String> = []
                for other in claimants where other != index {
                    let overlap = overlap(own, clouds[other] ?? [])
                    if overlap.isEmpty { continue }
                    let theirs = products[other] ?? []
                    if !listed.isEmpty, !theirs.isEmpty, listed.isDisjoint(with: theirs) { continue }
                    others.append(facts[other].path)
                    shared.formUnion(overlap)
                }
                if !others.isEmpty { found.append(Shared(path: facts[index].path, topic: topic, others: others.sorted(), clouds: shared.sorted())) }
            }
        }
        return found
    }

    /// A support topic claimed by an article of an exclusive type (the topic's id in ASCII lower
    /// case: for the usual id, the article's own string, not a copy).
    private struct Claim: Hashable {
        var type: String
        var topic: String
    }

    /// The type's name when it is one of ``exclusiveTypes``.
    private static func exclusiveType(_ typeName: String?) -> String? {
        guard let name = typeName.map({ SelfHelpType(raw: $0).name }), exclusiveTypes.contains(name) else { return nil }
        return name
    }

    /// The clouds two articles share; an empty set stands for "not said", which overlaps anything.
    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Set<String> {
        if a.isEmpty { return b.isEmpty ? ["public"] : b }
        if b.isEmpty { return a }
        return a.intersection(b)
    }
}
