/// `form-scoping-fields`: a problem-scoping form whose description is optional or that has no start-time picker.
struct FormScopingFieldsRule: Rule {
    static let description = RuleDescription(
        id: .formScopingFields,
        name: "Form scoping fields",
        summary: "A problem-scoping form's `problem_description` is not `\"required\": true`, or the form has no `problem_start_time` `datetimepicker`.",
        rationale: """
            The form template asks every problem-scoping form for the two answers support needs first: a \
            required `problem_description` (a `multilinetextbox`) and a `problem_start_time` date picker. \
            They are in 2,819 of 2,827 real forms, and reviewers added them by hand to the rest. Quota \
            forms (`quotaRequestVersion`) have their own layout and are not checked, and a form without \
            `problem_description` at all is `payload-schema`'s finding. Forms whose JSON has syntax errors \
            are checked on what could be read. Warning: the request still goes through, without what \
            support asks for first.
            """,
        category: .payload, defaultSeverity: .warning,
        triggeringExamples: [
            Example.article(PayloadSchemaRule.formFields, body: PayloadSchemaRule.form(#"""
                ↓{"id": "problem_description", "order": 1, "controlType": "multilinetextbox", "required": false},
                {"id": "problem_start_time", "order": 2, "controlType": "datetimepicker", "required": true}
                """#))
                .expecting("`problem_description` must be `\"required\": true`: support needs the customer's description"),
            Example.article(PayloadSchemaRule.formFields, body: PayloadSchemaRule.form(#"""
                {"id": "problem_description", "order": 1, "controlType": "multilinetextbox", "required": true}
                """#, marked: true)),
            Example.article(PayloadSchemaRule.formFields, body: PayloadSchemaRule.form(#"""
                {"id": "problem_description", "order": 1, "controlType": "multilinetextbox", "required": true},
                {"id": "problem_start_time", "order": 2, "controlType": ↓"textbox", "required": true}
                """#)),
        ],
        nonTriggeringExamples: [
            Example.article(PayloadSchemaRule.formFields, body: Example.scopingForm),
        ])

    init() {}

    func check(_ article: Article, in context: RuleContext) -> [Diagnostic] {
        guard article.metadata.selfHelpType == .problemScopingQuestions, let payload = article.payload,
              let json = payload.json ?? payload.recovered, json["quotaRequestVersion"] == nil,
              let form = ProblemScopingForm(json: json) else { return [] }
        var diagnostics: [Diagnostic] = []
        func report(_ location: SourceLocation, _ message: String) {
            diagnostics.append(context.diagnostic(SourceRange(start: location, end: location), message))
        }
        if let description = form.elements.last(where: { $0.id == "problem_description" }), description.required != true {
            report(description.json.location, "`problem_description` must be `\"required\": true`: support needs the customer's description")
        }
        if let start = form.elements.last(where: { $0.id == "problem_start_time" }) {
            if let type = start.controlType, type.lowercased() != "datetimepicker",
               let node = start.json.value.objectValue?.last(where: { $0.key.lowercased() == "controltype" })?.value {
                report(node.location, "`problem_start_time` must be a `datetimepicker`, not a `\(type)`")
            }
        } else if let list = json.value.objectValue?.last(where: { $0.key == "formElements" }) {
            report(list.value.location, "the form has no `problem_start_time` date picker (`\"controlType\": \"datetimepicker\"`)")
        }
        return diagnostics
    }
}
