/// The kind of an article (`selfHelpType`), which decides how the portal shows it and which
/// fields it needs. An open set: known types in their template spelling, and any other value kept.
public struct SelfHelpType: OpenSetValue, CustomStringConvertible {
    /// The canonical spelling for a known type (`problemScopingQuestions`), else the raw text.
    public let name: String
    /// The text as written in the header (`ProblemScopingQuestions`).
    public let raw: String

    /// Reads a type in any letter case.
    public init(raw: String) {
        self.raw = raw
        self.name = SelfHelpType.canonicalByLowercase[UTF8Text.asciiLowercased(raw)] ?? raw
    }

    private init(known: String) {
        self.name = known
        self.raw = known
    }

    /// Whether the type is one SelfHelpKit knows.
    public var isKnown: Bool { SelfHelpType.canonicalByLowercase[UTF8Text.asciiLowercased(name)] == name }
    /// Whether the article carries a `---`-fenced JSON payload (Docs/article-format.md §6).
    public var hasPayload: Bool { SelfHelpType.payloadTypes.contains(self) }

    public var description: String { name }

    public static let generic = SelfHelpType(known: "generic")
    public static let resource = SelfHelpType(known: "resource")
    public static let problemScopingQuestions = SelfHelpType(known: "problemScopingQuestions")
    public static let tsgContent = SelfHelpType(known: "TSG_Content")
    public static let tsgDescription = SelfHelpType(known: "TSG_Description")
    public static let tsgQuestions = SelfHelpType(known: "TSG_Questions")
    public static let diagnostics = SelfHelpType(known: "diagnostics")
    public static let advisorRecommendationMetadata = SelfHelpType(known: "advisorRecommendationMetadata")
    public static let rca = SelfHelpType(known: "rca")
    public static let serviceHealthInsights = SelfHelpType(known: "servicehealthinsights")
    public static let supportTopicDescription = SelfHelpType(known: "supportTopicDescription")
    public static let apollo = SelfHelpType(known: "Apollo")
    public static let diagnoseAndSolve = SelfHelpType(known: "diagnoseandsolve")
    public static let tools = SelfHelpType(known: "tools")
    public static let partnerCenterQuickStart = SelfHelpType(known: "PartnerCenterQuickStart")
    public static let health = SelfHelpType(known: "health")

    /// Every known type, in the template spelling.
    public static let allKnown: [SelfHelpType] = [
        .generic, .resource, .problemScopingQuestions, .tsgContent, .tsgDescription, .tsgQuestions,
        .diagnostics, .advisorRecommendationMetadata, .rca, .serviceHealthInsights, .supportTopicDescription,
        .apollo, .diagnoseAndSolve, .tools, .partnerCenterQuickStart, .health,
    ]

    /// The five types whose body holds a JSON payload.
    public static let payloadTypes: Set<SelfHelpType> = [
        .problemScopingQuestions, .advisorRecommendationMetadata, .supportTopicDescription, .diagnoseAndSolve, .tsgQuestions,
    ]

    static let canonicalByLowercase: [String: String] = {
        var map: [String: String] = [:]
        for type in allKnown { map[type.name.lowercased()] = type.name }
        return map
    }()
}
