/// `service-format`: a `service` that is not a resource-provider namespace.
public struct ServiceFormatRule: Rule {
    public static let description = RuleDescription(
        id: "service-format",
        name: "Service format",
        summary: "`service` is not a resource-provider namespace such as `microsoft.storage` (a stray `/`, spaces, a comma list).",
        rationale: """
            The portal maps an article to a service by its namespace; `Microsoft.Network/`, `Azure Digital \
            Twins` or two namespaces in one value map to nothing. Warning, because non-namespace services \
            such as `partnercenter` are legitimate for some teams: add them to `services` in `.selfhelp.json`.
            """,
        category: .metadata, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article([#"service="↓Microsoft.Network/""#]),
            Example.article([#"service="↓Azure Digital Twins""#]),
            Example.article([#"service="↓microsoft.storage, microsoft.compute""#]),
        ],
        nonTriggeringExamples: [
            Example.article([#"service="microsoft.storage""#]),
            Example.article([#"service="Microsoft.DigitalTwins""#]),
        ])

    public init() {}

    public func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let service = article.metadata.service, !service.isNamespace,
              !context.configuration.extraServices.contains(service.normalized),
              let attribute = article.attribute(.service) else { return [] }
        let problem: String
        if service.raw.contains(",") { problem = "lists several services; an article belongs to one" }
        else if service.raw.contains("/") { problem = "contains `/`; write the namespace alone" }
        else if service.raw.contains(" ") { problem = "contains spaces" }
        else { problem = "is not a namespace of the form `provider.service`" }
        let start = attribute.valueRange.start.offset + (attribute.value.utf8.count - attribute.value.drop(while: { $0.isWhitespace }).utf8.count)
        return [context.diagnostic(offsets: start..<attribute.valueRange.end.offset,
                                   "the service `\(service.raw)` \(problem) (add it to `services` in .selfhelp.json if it is intended)")]
    }
}
