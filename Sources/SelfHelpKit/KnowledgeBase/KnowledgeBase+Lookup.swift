extension KnowledgeBase {
    /// The articles whose `articleId` is `id`, compared without regard to letter case.
    ///
    /// More than one entry means the id is duplicated (a validation error, not resolved here).
    public func articles(withId id: String) -> [Entry] {
        entries(at: index.byArticleId[id.trimmingHeaderWhitespace().lowercased()])
    }

    /// The first article (in path order) whose `articleId` is `id`, ignoring letter case.
    public func article(withId id: String) -> Entry? {
        articles(withId: id).first
    }

    /// The articles whose `supportTopicIds` name `supportTopicId` (compared exactly, after trimming).
    public func articles(forSupportTopic supportTopicId: String) -> [Entry] {
        entries(at: index.bySupportTopicId[supportTopicId.trimmingHeaderWhitespace()])
    }

    /// The articles of a service, compared without regard to letter case
    /// (`Microsoft.Storage` finds `microsoft.storage`), optionally narrowed to one resource
    /// (also compared without regard to case). Articles without a `service` are never returned.
    public func articles(forService service: String, resource: String? = nil) -> [Entry] {
        let normalized = Service(raw: service.trimmingHeaderWhitespace()).normalized
        guard let resource else { return entries(at: index.byService[normalized]) }
        let key = KnowledgeBaseIndex.ServiceResource(service: normalized, resource: resource.trimmingHeaderWhitespace())
        return entries(at: index.byServiceResource[key])
    }

    /// The articles of a `selfHelpType` (a type read in any letter case is its canonical type).
    public func articles(ofType type: SelfHelpType) -> [Entry] {
        entries(at: index.byType[type])
    }

    /// The articles shown in `cloud`: those whose `cloudEnvironments` name it and whose
    /// `disableClouds` do not (``ArticleMetadata/effectiveClouds``). An article without
    /// `cloudEnvironments` is in no cloud.
    public func articles(inCloud cloud: CloudEnvironment) -> [Entry] {
        entries(at: index.byCloud[cloud])
    }

    /// Every support topic id named by some article, sorted.
    public var supportTopicIds: [String] { index.bySupportTopicId.keys.sorted() }
    /// Every service (normalized, lower case) named by some article, sorted.
    public var services: [String] { index.byService.keys.sorted() }
    /// Every `selfHelpType` named by some article, sorted by name.
    public var selfHelpTypes: [SelfHelpType] { index.byType.keys.sorted { $0.name < $1.name } }
    /// Every cloud some article is shown in, sorted by name.
    public var clouds: [CloudEnvironment] { index.byCloud.keys.sorted { $0.name < $1.name } }

    private func entries(at indexes: [Int]?) -> [Entry] {
        (indexes ?? []).map { entries[$0] }
    }
}
