/// The lookup dictionaries of a ``KnowledgeBase``, built once from its entries.
///
/// Each dictionary maps a key to entry indexes in ascending (path) order, each entry at most
/// once per key even when a header repeats a value.
struct KnowledgeBaseIndex: Sendable {
    /// Relative paths (``KnowledgeBase/Entry/path``).
    var byPath: [String: Int] = [:]
    /// Each ``Article/path`` as the article was parsed with it.
    var articlePaths: Set<String> = []
    /// Article ids, lower-cased (GUIDs are compared without regard to case).
    var byArticleId: [String: [Int]] = [:]
    /// Support topic ids as written (trimmed).
    var bySupportTopicId: [String: [Int]] = [:]
    /// ``Service/normalized`` (lower case).
    var byService: [String: [Int]] = [:]
    /// ``Service/normalized`` and the lower-cased resource, as one key.
    var byServiceResource: [ServiceResource: [Int]] = [:]
    var byType: [SelfHelpType: [Int]] = [:]
    /// Effective clouds (``ArticleMetadata/effectiveClouds``) only.
    var byCloud: [CloudEnvironment: [Int]] = [:]

    struct ServiceResource: Hashable, Sendable {
        var service: String
        var resource: String

        init(service: String, resource: String) {
            self.service = service.lowercased()
            self.resource = resource.lowercased()
        }
    }

    init(_ entries: [KnowledgeBase.Entry]) {
        for (i, entry) in entries.enumerated() {
            let metadata = entry.article.metadata
            if byPath[entry.path] == nil { byPath[entry.path] = i }
            articlePaths.insert(entry.article.path)
            if let id = metadata.articleId { byArticleId[id.lowercased(), default: []].append(i) }
            for topic in Set(metadata.supportTopicIds) { bySupportTopicId[topic, default: []].append(i) }
            if let service = metadata.service {
                byService[service.normalized, default: []].append(i)
                if let resource = metadata.resource {
                    byServiceResource[ServiceResource(service: service.raw, resource: resource), default: []].append(i)
                }
            }
            if let type = metadata.selfHelpType { byType[type, default: []].append(i) }
            for cloud in Set(metadata.effectiveClouds) { byCloud[cloud, default: []].append(i) }
        }
    }
}
