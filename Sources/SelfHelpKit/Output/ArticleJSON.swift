/// The JSON shape of a parsed article, as `selfhelp parse` prints it (Docs/cli.md documents it).
///
/// Shape version 1: `path`, `metadata` (canonical key names, ids as strings, clouds as canonical
/// lower-case names), `header`, `title`, `sections`, `links`, `placeholders`, `regions`,
/// `payload`, `diagnostics`. Keys are always present (null or empty when absent).
public enum ArticleJSON {
    /// The article's JSON object (shape version 1, above).
    public static func encode(_ article: Article) -> JSONOutput {
        .object(members(article, links: .array(article.links.map(link)), diagnostics: .array(article.diagnostics.map(diagnostic))))
    }

    /// Appends the article's JSON object to `out`, the bytes ``encode(_:)`` writes (compact, or
    /// indented by two spaces when `pretty`), without holding it as one ``JSONOutput``: links
    /// and diagnostics are encoded one at a time. A large article's links would otherwise be a
    /// tree several times the article's size.
    public static func write(_ article: Article, to out: inout [UInt8], pretty: Bool = false) {
        let indent = pretty ? 2 : nil
        let members = members(article, links: .null, diagnostics: .null)
        JSONOutput.writeObject(members.lazy.map(\.0), into: &out, indent: indent, level: 0) { i, out in
            switch members[i].0 {
            case "links": JSONOutput.writeArray(article.links, into: &out, indent: indent, level: 1, link)
            case "diagnostics": JSONOutput.writeArray(article.diagnostics, into: &out, indent: indent, level: 1, diagnostic)
            default: members[i].1.write(into: &out, indent: indent, level: 1)
            }
        }
    }

    /// The members of the article's object, with these `links` and `diagnostics`.
    private static func members(_ article: Article, links: JSONOutput, diagnostics: JSONOutput) -> [(String, JSONOutput)] {
        [
            ("path", .string(article.path)),
            ("metadata", metadata(article.metadata)),
            ("header", header(article.header)),
            ("title", .optional(article.title)),
            ("sections", .array(article.sections.map(section))),
            ("links", links),
            ("placeholders", .array(article.placeholders.map { p in
                .object([("name", .string(p.name)), ("default", .string(p.defaultValue)), ("closed", .bool(p.isClosed))] + JSONOutput.position(p.range.start))
            })),
            ("regions", .array(article.regions.map { r in
                .object([("name", .string(r.name)), ("closed", .bool(r.openRange != nil && r.closeRange != nil))]
                        + JSONOutput.position((r.openRange ?? r.closeRange!).start))
            })),
            ("payload", payload(article.payload)),
            ("diagnostics", diagnostics),
        ]
    }

    /// The metadata object: typed fields under canonical names, then `other` and `unknown`.
    public static func metadata(_ m: ArticleMetadata) -> JSONOutput {
        let displayOrder: JSONOutput
        switch m.displayOrder {
        case .value(let n)?: displayOrder = .int(n)
        case .invalid(let raw)?: displayOrder = .string(raw)
        case nil: displayOrder = .null
        }
        return .object([
            ("articleId", .optional(m.articleId)),
            ("pageTitle", .optional(m.pageTitle)),
            ("description", .optional(m.description)),
            ("service", .optional(m.service?.raw)),
            ("resource", .optional(m.resource)),
            ("selfHelpType", .optional(m.selfHelpType?.name)),
            ("supportTopicIds", .strings(m.supportTopicIds)),
            ("productPesIds", .strings(m.productPesIds)),
            ("cloudEnvironments", .strings(m.cloudEnvironments.map(\.name))),
            ("disableClouds", .strings(m.disableClouds.map(\.name))),
            ("resourceTags", .strings(m.resourceTags)),
            ("displayOrder", displayOrder),
            ("schemaVersion", .optional(m.schemaVersion)),
            ("ownershipId", .optional(m.ownershipId)),
            ("diagnosticScenario", .optional(m.diagnosticScenario)),
            ("infoBubbleText", .optional(m.infoBubbleText)),
            ("articleTags", .strings(m.articleTags)),
            ("authors", .strings(m.authors)),
            ("ms.author", .strings(m.msAuthor)),
            ("other", .object(m.otherFields.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ("unknown", .object(m.unknownFields.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
        ])
    }

    static func header(_ header: Header?) -> JSONOutput {
        guard let header else { return .null }
        return .object(JSONOutput.position(header.range.start) + [
            ("terminated", .bool(header.isTerminated)),
            ("attributes", .array(header.attributes.map { a in
                .object([("key", .string(a.key.name)), ("rawKey", .string(a.rawKey)), ("value", .string(a.value))] + JSONOutput.position(a.keyRange.start))
            })),
        ])
    }

    static func section(_ s: Section) -> JSONOutput {
        .object([("heading", .string(s.heading)), ("level", .int(s.level)), ("kind", .string(s.kind.rawValue)), ("bold", .bool(s.isBold))]
                + JSONOutput.position(s.headingRange.start))
    }

    /// A link: destination, text, kind name, and for portal links their parts.
    public static func link(_ l: Link) -> JSONOutput {
        var members: [(String, JSONOutput)] = [
            ("destination", .string(l.destination)), ("text", .string(l.text)), ("kind", .string(kindName(l.kind))),
            ("image", .bool(l.isImage)), ("origin", .string(l.origin.rawValue)),
        ]
        if case .portal(let portal) = l.kind {
            members.append(("portal", .object([
                ("extension", .optional(portal.extensionName)), ("blade", .optional(portal.bladeName)),
                ("parameters", .object(portal.parameters.map { ($0.name, .optional($0.value)) })),
                ("uriTemplate", .optional(portal.uriTemplate)),
            ])))
        }
        return .object(members + JSONOutput.position(l.range.start))
    }

    /// `web`, `portal`, `mailto`, `anchor`, `relative`, `empty` or `other`.
    public static func kindName(_ kind: LinkKind) -> String {
        switch kind {
        case .web: return "web"
        case .portal: return "portal"
        case .mailto: return "mailto"
        case .anchor: return "anchor"
        case .relative: return "relative"
        case .empty: return "empty"
        case .other: return "other"
        }
    }

    static func payload(_ payload: Payload?) -> JSONOutput {
        guard let payload else { return .null }
        let kind: String
        switch payload.content {
        case .problemScopingForm: kind = "problemScopingForm"
        case .supportTopicDescription: kind = "supportTopicDescription"
        case .other: kind = "other"
        case .invalid: kind = "invalid"
        }
        var members: [(String, JSONOutput)] = [("kind", .string(kind)), ("valid", .bool(payload.json != nil))] + JSONOutput.position(payload.range.start)
        if let error = payload.error {
            members.append(("error", .object([("message", .string(error.message))] + JSONOutput.position(error.location))))
        }
        members.append(("json", payload.json.map(JSONOutput.init) ?? .null))
        return .object(members)
    }

    /// A diagnostic as `{file, line, column, severity, rule, message, fix?}`.
    public static func diagnostic(_ d: Diagnostic) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("file", .string(d.file))] + JSONOutput.position(d.location) + [
            ("severity", .string(d.severity.rawValue)), ("rule", .string(d.rule.rawValue)), ("message", .string(d.message)),
        ]
        if !d.notes.isEmpty { members.append(("notes", .strings(d.notes))) }
        if let fix = d.fix {
            members.append(("fix", .object([("summary", .string(fix.summary)), ("replacement", .string(fix.replacement))]
                                           + [("start", .object(JSONOutput.position(fix.range.start))), ("end", .object(JSONOutput.position(fix.range.end)))])))
        }
        return .object(members)
    }
}
