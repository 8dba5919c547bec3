extension Example {
    /// The header fields of ``article(_:removing:body:path:otherFiles:file:line:)``: a small,
    /// well-formed generic article.
    static let defaultFields = [
        #"pageTitle="Storage account cannot be deleted""#,
        #"selfHelpType="generic""#,
        #"cloudEnvironments="public, fairfax""#,
        #"articleId="634644cb-e6f8-4125-82fd-b1eb6321eb49""#,
        #"ownershipId="AzureStorage_Accounts""#,
    ]

    static let defaultBody = """
        # Storage account cannot be deleted

        A storage account that holds a locked resource cannot be deleted.

        ## **Recommended Steps**

        * Remove the lock, then delete the account.

        """

    /// An example article built from a well-formed header: each of `fields` (`key="value"`,
    /// markers allowed) replaces the default field of the same key or is added at the end;
    /// keys in `removing` are left out. `body` follows the header.
    static func article(_ fields: [String] = [], removing: [String] = [], body: String = defaultBody,
                        path: String = "articles/example.md", otherFiles: [String: String] = [:],
                        file: StaticString = #filePath, line: UInt = #line) -> Example {
        Example(articleText(fields, removing: removing, body: body), path: path, otherFiles: otherFiles, file: file, line: line)
    }

    /// The text of ``article(_:removing:body:path:otherFiles:file:line:)``.
    static func articleText(_ fields: [String] = [], removing: [String] = [], body: String = defaultBody) -> String {
        func key(_ field: String) -> String {
            String(field.replacingMarkers().prefix { $0 != "=" && $0 != " " }).lowercased()
        }
        let removed = Set(removing.map { $0.lowercased() })
        // Each line's key is worked out once (every rule's examples are made when the rules are first listed).
        var lines = defaultFields.map { (key: key($0), field: $0) }.filter { !removed.contains($0.key) }
        var given: Set<String> = []
        for field in fields {
            let fieldKey = key(field)
            // A key given twice is kept twice (for duplicate-key examples).
            if !given.contains(fieldKey), let index = lines.firstIndex(where: { $0.key == fieldKey }) {
                lines[index].field = field
            } else {
                lines.append((fieldKey, field))
            }
            given.insert(fieldKey)
        }
        return "<properties\n" + lines.map { "    " + $0.field + "\n" }.joined() + "/>\n" + body
    }

    /// A form article whose `infoblock` element has `content` as its JSON string (written with its
    /// escapes; markers allowed), for the rules that check links inside payload strings.
    static func formWithInfoblock(_ content: String, file: StaticString = #filePath, line: UInt = #line) -> Example {
        let elements = #"""
            {"id": "problem_description", "order": 1, "controlType": "multilinetextbox", "required": true},
            {"id": "problem_start_time", "order": 3, "controlType": "datetimepicker", "required": true},
            {"id": "note", "order": 2, "controlType": "infoblock", "content": "\#(content)"}
            """#
        return article(PayloadSchemaRule.formFields, body: PayloadSchemaRule.form(elements), file: file, line: line)
    }
}

extension Example {
    /// A small, well-formed problem-scoping form body.
    static let scopingForm = PayloadSchemaRule.form(#"""
        {"id": "problem_description", "order": 1, "controlType": "multilinetextbox", "required": true},
        {"id": "problem_start_time", "order": 2, "controlType": "datetimepicker", "required": true}
        """#)
}
