/// `payload-schema`: a problem-scoping form that breaks the form schema.
struct PayloadSchemaRule: Rule {
    static let description = RuleDescription(
        id: .payloadSchema,
        name: "Form schema",
        summary: "A problem-scoping form breaks its schema: unknown or mis-cased `controlType`, non-canonical keys, repeated ids or orders, options without `text`/`value`, `visibility` naming a missing element, no `problem_description`.",
        rationale: """
            The portal builds the support form from this JSON. Unknown control types are not rendered, \
            repeated ids or orders make answers overwrite each other, a `visibility` that names a missing \
            element hides its question for good, and mis-cased keys (`controltype`, `{Text, Value}`) only work \
            by the leniency of today's reader (149 real files). A form whose JSON has syntax errors is checked \
            on what could be read past them (`payload-json-invalid` reports the errors). Warning: most forms still render; fix them \
            before the reader becomes strict.
            """,
        category: .payload, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(PayloadSchemaRule.formFields, body: PayloadSchemaRule.form(#"""
                {"id": "problem_description", "order": 1, "controlType": "multilinetextbox"},
                {"id": "tier", "order": 2, ↓"controltype": "dropdown", "dropdownOptions": [{"text": "Hot", "value": "hot"}]}
                """#))
                .expecting("write the element key `controltype` as `controlType`"),
            Example.article(PayloadSchemaRule.formFields, body: PayloadSchemaRule.form(#"""
                {"id": "problem_description", "order": 1, "controlType": "multilinetextbox"},
                {"id": "tier", "order": 2, "controlType": ↓"TextBlock"},
                ↓{"id": "tier", "order": 3, "controlType": "textbox"}
                """#)),
            Example.article(PayloadSchemaRule.formFields, body: PayloadSchemaRule.form(#"""
                {"id": "problem_description", "order": 1, "controlType": "multilinetextbox"},
                {"id": "tier", "order": 2, "controlType": "dropdown", "dropdownOptions": [↓{"Text": "Hot", "Value": "hot"}]},
                {"id": "size", "order": 3, "controlType": "textbox", "visibility": ↓"tierr == hot"}
                """#)),
            Example.article(PayloadSchemaRule.formFields, body: PayloadSchemaRule.form(#"""
                {"id": "tier", "order": 1, "controlType": "textbox"}
                """#, marked: true)),
            Example.article(PayloadSchemaRule.formFields, body: PayloadSchemaRule.form(#"""
                {"id": "problem_description", "order": 1, "controlType": "multilinetextbox", "required": true,},
                {"id": "problem_start_time", "order": 2, "controlType": "datetimepicker", "required": true},
                ↓{"id": "tier", "order": 2, "controlType": "textbox"}
                """#)),
        ],
        nonTriggeringExamples: [
            Example.article(PayloadSchemaRule.formFields, body: PayloadSchemaRule.form(#"""
                {"id": "problem_description", "order": 1, "controlType": "multilinetextbox", "required": true},
                {"id": "tier", "order": 2, "controlType": "dropdown", "dropdownOptions": [{"text": "Hot", "value": "hot"}]},
                {"id": "size", "order": 3, "controlType": "textbox", "visibility": "tier == hot && tier != null"},
                {"id": "problem_start_time", "order": 4, "controlType": "datetimepicker", "required": true}
                """#)),
        ])

    static let formFields = [#"selfHelpType="problemScopingQuestions""#, #"schemaVersion="1""#, #"ms.author="storagesupport""#,
                             #"supportTopicIds="32600901""#, #"productPesIds="16501""#]

    /// A form article body holding `elements`; with `marked`, the `formElements` array itself is
    /// the place of the missing `problem_description` report.
    static func form(_ elements: String, marked: Bool = false) -> String {
        "# Storage upload fails\n\n---\n{\n  \"$schema\": \"SelfHelpContent\",\n  \"formElements\": \(marked ? "↓" : "")[\n" + elements + "\n  ]\n}\n---\n"
    }

    static let topLevelKeys = ["$schema", "formElements", "resourceRequired", "title", "subscriptionRequired",
                               "fileAttachmentHint", "diagnosticCard", "quotaRequestVersion"]
    static let elementKeys = ["id", "order", "controlType", "required", "displayLabel", "watermarkText", "dropdownOptions",
                              "useAsAdditionalDetails", "visibility", "infoBalloonText", "dynamicDropdownOptions", "hints", "content",
                              "diagnosticInputRequiredClients", "numberOfLines", "maxLength", "radioButtonOptions", "validations",
                              "textPropertyRegex", "includeInQuotaSummary", "isNewQuotaLimit", "filter", "defaultDropdownOptions",
                              "includeInQmsPayload"]

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        // A form with syntax errors is checked on what the recovering reader could read.
        guard let payload = article.payload, let json = payload.json ?? payload.recovered, let form = ProblemScopingForm(json: json) else { return [] }
        var diagnostics: [Diagnostic] = []
        func report(_ location: SourceLocation, _ message: String) {
            diagnostics.append(context.diagnostic(SourceRange(start: location, end: location), message))
        }
        for member in json.value.objectValue ?? [] {
            if let canonical = Self.canonicalKey(member.key, in: Self.topLevelKeys) { report(member.keyLocation, "write the form key `\(member.key)` as `\(canonical)`") }
        }
        let ids = Set(form.elements.compactMap(\.id))
        var seenIds: Set<String> = [], seenOrders: Set<Int> = []
        for element in form.elements {
            guard let members = element.json.value.objectValue else {
                report(element.json.location, "a form element must be an object")
                continue
            }
            for member in members {
                if let canonical = Self.canonicalKey(member.key, in: Self.elementKeys) { report(member.keyLocation, "write the element key `\(member.key)` as `\(canonical)`") }
            }
            let label = element.id.map { "`\($0)`" } ?? "at line \(element.json.location.line)"
            if let node = members.last(where: { $0.key.lowercased() == "controltype" })?.value, let type = node.value.stringValue {
                if let canonical = ControlType.canonical(type) {
                    if canonical != type { report(node.location, "write the controlType `\(type)` as `\(canonical)`") }
                } else {
                    report(node.location, "unknown controlType `\(type)` in element \(label); expected one of \(ControlType.known.joined(separator: ", "))")
                }
            } else {
                report(element.json.location, "the element \(label) has no controlType")
            }
            if let id = element.id, !seenIds.insert(id).inserted { report(element.json.location, "the element id `\(id)` is used twice in the form") }
            if let order = element.order, !seenOrders.insert(order).inserted { report(element.json.location, "the order \(order) is used twice in the form") }
            for option in element.options {
                guard let keys = option.json.value.objectValue?.map(\.key) else { continue }
                if !keys.contains("text") || !keys.contains("value") {
                    report(option.json.location, "an option of \(label) must be `{\"text\": …, \"value\": …}`")
                }
            }
            if let visibility = element.visibility, let node = members.last(where: { $0.key.lowercased() == "visibility" })?.value {
                for name in Self.referencedIds(visibility) where !ids.contains(name) {
                    report(node.location, "the visibility of \(label) names `\(name)`, which is no element of this form")
                }
            }
        }
        if article.metadata.selfHelpType == .problemScopingQuestions, !ids.contains("problem_description"), json["quotaRequestVersion"] == nil,
           let list = json.value.objectValue?.last(where: { $0.key == "formElements" }) {
            report(list.value.location, "the form has no `problem_description` element, which every support request needs")
        }
        return diagnostics
    }

    /// The canonical spelling of a key written in another case or with a small typo; nil when the
    /// key is canonical or unrelated to any known key.
    static func canonicalKey(_ key: String, in known: [String]) -> String? {
        if known.contains(key) { return nil }
        if let match = known.first(where: { $0.lowercased() == key.lowercased() }) { return match }
        guard key.count >= 6 else { return nil }
        return known.first { $0.count >= 6 && EditDistance.distance($0, key) == 1 }
    }

    /// The element ids a visibility expression compares: the word before each `==` or `!=`.
    static func referencedIds(_ expression: String) -> [String] {
        let lower = expression.lowercased()
        if lower == "true" || lower == "false" || lower == "null" { return [] }
        let bytes = Array(expression.utf8)
        var names: [String] = []
        var i = 0
        while i + 1 < bytes.count {
            if (bytes[i] == UInt8(ascii: "=") || bytes[i] == UInt8(ascii: "!")) && bytes[i + 1] == UInt8(ascii: "=") {
                var end = i
                while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
                var start = end
                while start > 0, ByteSearch.isWordByte(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "-") { start -= 1 }
                if start < end { names.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
                i += 2
                continue
            }
            i += 1
        }
        return names
    }
}
