/// `service-format`: a `service` that is neither a resource-provider namespace nor one service name.
struct ServiceFormatRule: Rule {
    static let description = RuleDescription(
        id: .serviceFormat,
        name: "Service format",
        summary: "`service` is not one service: a stray `/`, spaces, a comma list, or characters other than letters, digits, `.`, `_` and `-`.",
        rationale: """
            The portal maps an article to a service by its value: a resource-provider namespace such as \
            `microsoft.storage`, or one service name such as `partnercenter`, `azure-billing` or \
            `azure-subscription-management` (556 real files use such names, and they work). \
            `Microsoft.Network/`, `Azure Digital Twins` or two namespaces in one value map to nothing. \
            Warning: the article still shows, but not under its service. A value the portal knows although \
            it has this shape can be listed in `services` in `.selfhelp.json`.
            """,
        category: .metadata, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article([#"service="↓Microsoft.Network/""#])
                .expecting("the service `Microsoft.Network/` contains `/`; write the namespace alone (add it to `services` in .selfhelp.json if the portal knows it)"),
            Example.article([#"service="↓Azure Digital Twins""#]),
            Example.article([#"service="↓microsoft.storage, microsoft.compute""#]),
        ],
        nonTriggeringExamples: [
            Example.article([#"service="microsoft.storage""#]),
            Example.article([#"service="Microsoft.DigitalTwins""#]),
            // One service name without a namespace is a legitimate service.
            Example.article([#"service="partnercenter""#]),
            Example.article([#"service="azure-subscription-management""#]),
            Example.article([#"service="cognitiveService-qnamaker""#]),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard let service = article.metadata.service, !service.isNamespace, !Self.isServiceName(service.raw),
              !context.configuration.extraServices.contains(service.normalized),
              let attribute = article.attribute(.service) else { return [] }
        let problem: String
        if service.raw.contains(",") { problem = "lists several services; an article belongs to one" }
        else if service.raw.contains("/") { problem = "contains `/`; write the namespace alone" }
        else if service.raw.unicodeScalars.contains(where: \.properties.isWhitespace) { problem = "contains spaces" }
        else { problem = "is neither a namespace of the form `provider.service` nor one service name" }
        let start = attribute.valueRange.start.offset + (attribute.value.utf8.count - attribute.value.drop(while: { $0.isWhitespace }).utf8.count)
        return [context.diagnostic(offsets: start..<attribute.valueRange.end.offset, Self.notOneService(service.raw, problem))]
    }

    /// One service name: letters, digits, `_` and `-` (`partnercenter`, `azure-billing`).
    static func isServiceName(_ raw: String) -> Bool {
        !raw.isEmpty && raw.utf8.allSatisfy { IDFormat.isSlugByte($0) && $0 != UInt8(ascii: ".") }
    }

    static func notOneService(_ raw: String, _ problem: String) -> String {
        "the service `\(raw)` \(problem) (add it to `services` in .selfhelp.json if the portal knows it)"
    }
}
