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

    /// A general troubleshooting article.
    public static let generic = SelfHelpType(known: "generic")
    /// An article about one resource type.
    public static let resource = SelfHelpType(known: "resource")
    /// A problem-scoping form (its JSON payload holds the questions).
    public static let problemScopingQuestions = SelfHelpType(known: "problemScopingQuestions")
    /// A troubleshooting guide's content.
    public static let tsgContent = SelfHelpType(known: "TSG_Content")
    /// A troubleshooting guide's description (with a JSON payload).
    public static let tsgDescription = SelfHelpType(known: "TSG_Description")
    /// A troubleshooting guide's questions (with a JSON payload).
    public static let tsgQuestions = SelfHelpType(known: "TSG_Questions")
    /// The text shown with a diagnostic's results.
    public static let diagnostics = SelfHelpType(known: "diagnostics")
    /// Metadata of an Azure Advisor recommendation.
    public static let advisorRecommendationMetadata = SelfHelpType(known: "advisorRecommendationMetadata")
    /// A root-cause analysis of an incident.
    public static let rca = SelfHelpType(known: "rca")
    /// Service-health insights.
    public static let serviceHealthInsights = SelfHelpType(known: "servicehealthinsights")
    /// A support topic's description (with a JSON payload).
    public static let supportTopicDescription = SelfHelpType(known: "supportTopicDescription")
    /// An Apollo article (with `:::Section:::` labels and Apollo tags).
    public static let apollo = SelfHelpType(known: "Apollo")
    /// A "Diagnose and solve problems" article.
    public static let diagnoseAndSolve = SelfHelpType(known: "diagnoseandsolve")
    /// An article about tools.
    public static let tools = SelfHelpType(known: "tools")
    /// A Partner Center quick start.
    public static let partnerCenterQuickStart = SelfHelpType(known: "PartnerCenterQuickStart")
    /// A health article.
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
