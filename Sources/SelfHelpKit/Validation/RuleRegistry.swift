/// Every rule SelfHelpKit has, listed explicitly (no reflection), in reference order.
///
/// A new rule is added here; a test checks that every rule file is listed and that ids are
/// unique and lower-case kebab.
public enum RuleRegistry {
    /// Rules that look at one article at a time.
    public static let articleRules: [any Rule.Type] = [
        // Encoding and header
        NotTextRule.self,
        ArticleTooLargeRule.self,
        InvalidUTF8Rule.self,
        ByteOrderMarkRule.self,
        HeaderMissingRule.self,
        HeaderUnterminatedRule.self,
        HeaderLeadingTextRule.self,
        HeaderTrailingTextRule.self,
        HeaderSyntaxRule.self,
        HeaderEntityUnknownRule.self,
        HeaderDuplicateKeyRule.self,
        HeaderUnknownKeyRule.self,
        HeaderKeyCaseRule.self,
        HeaderValueWhitespaceRule.self,
        // Metadata
        ArticleIdMissingRule.self,
        ArticleIdFormatRule.self,
        ArticleIdLookalikeRule.self,
        SupportTopicIdFormatRule.self,
        ProductIdFormatRule.self,
        IdListDuplicateEntryRule.self,
        IdListEmptyEntryRule.self,
        SupportTopicIdUnknownRule.self,
        ProductIdUnknownRule.self,
        CatalogMismatchRule.self,
        CloudUnknownRule.self,
        CloudSpellingRule.self,
        CloudConflictRule.self,
        SelfHelpTypeUnknownRule.self,
        SelfHelpTypeCaseRule.self,
        ServiceFormatRule.self,
        DisplayOrderFormatRule.self,
        RequiredFieldRule.self,
        // Content
        TitleMissingRule.self,
        TitleMultipleRule.self,
        HeadingNoSpaceRule.self,
        HeadingIndentedRule.self,
        SectionHeadingStyleRule.self,
        SectionUnexpectedRule.self,
        HeadingBlankLineAfterRule.self,
        HeadingBlankLineBeforeRule.self,
        HeadingSentenceCaseRule.self,
        ImageAltMissingRule.self,
        TableUnsupportedRule.self,
        TableHTMLRule.self,
        CalloutUnsupportedRule.self,
        CodeLanguageUnsupportedRule.self,
        ListDepthRule.self,
        PlaceholderUnbalancedRule.self,
        RegionUnbalancedRule.self,
        HTMLUnsafeRule.self,
        // Links
        LinkAkaMsRule.self,
        LinkLocaleRule.self,
        LinkInternalReviewRule.self,
        LinkVagueTextRule.self,
        LinkInsecureRule.self,
        LinkYouTubeAmpersandRule.self,
        LinkDataBladeSyntaxRule.self,
        LinkMalformedRule.self,
        // Payload
        PayloadMissingRule.self,
        PayloadJSONInvalidRule.self,
        PayloadSchemaRule.self,
        FormScopingFieldsRule.self,
        // Prose
        ProsePleaseRule.self,
        ProseClickRule.self,
        ProseContractionsRule.self,
        TextInvisibleCharacterRule.self,
        ProductNameRule.self,
        SpellingRule.self,
    ]

    /// Rules that look at the whole knowledge base.
    public static let knowledgeBaseRules: [any KnowledgeBaseRule.Type] = [
        ArticleIdDuplicateRule.self,
        SupportTopicIdSharedRule.self,
        LinkBrokenRule.self,
        LinkAnchorMissingRule.self,
    ]

    /// The descriptions of every rule, grouped by category in ``RuleDescription/Category`` order,
    /// registry order within a category.
    public static let descriptions: [RuleDescription] = {
        let all = articleRules.map { $0.description } + knowledgeBaseRules.map { $0.description }
        return RuleDescription.Category.allCases.flatMap { category in all.filter { $0.category == category } }
    }()

    static let byId: [RuleID: RuleDescription] = {
        var map: [RuleID: RuleDescription] = [:]
        for description in descriptions where map[description.id] == nil { map[description.id] = description }
        return map
    }()

    /// Each deprecated alias (``RuleDescription/deprecatedAliases``) and its rule.
    static let byAlias: [RuleID: RuleDescription] = {
        var map: [RuleID: RuleDescription] = [:]
        for description in descriptions {
            for alias in description.deprecatedAliases where byId[alias] == nil && map[alias] == nil { map[alias] = description }
        }
        return map
    }()

    /// The description of the rule with `id`, or nil when there is none. A rule's own id wins
    /// over another rule's deprecated alias.
    ///
    /// - Parameter id: a rule's id or one of its ``RuleDescription/deprecatedAliases``.
    public static func description(of id: RuleID) -> RuleDescription? { byId[id] ?? byAlias[id] }

    /// The current id of the rule that `id` names: `id` itself, or the id of the rule that lists
    /// it as a deprecated alias. An id no rule knows is returned as it is.
    public static func currentID(of id: RuleID) -> RuleID { byId[id] != nil ? id : byAlias[id]?.id ?? id }
}
