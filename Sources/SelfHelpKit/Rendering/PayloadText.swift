/// A JSON payload as plain-text lines (the text counterpart of ``PayloadHTML``).
enum PayloadText {
    /// `title` is the article's title: a form title equal to it is not repeated.
    static func lines(_ payload: Payload, title: String?) -> [String] {
        if let json = payload.json, let form = FormView(json) {
            return formLines(form, title: title)
        }
        switch payload.content {
        case .problemScopingForm:
            return [] // read above as a FormView
        case .supportTopicDescription(let description):
            var lines: [String] = []
            for text in [description.shortDescription, description.longDescription].compactMap({ $0 }) where !text.isEmpty {
                lines += [richText(text), ""]
            }
            lines.append("Support topics:")
            for topic in description.topics {
                var line = "- " + (topic.shortDescription ?? topic.id ?? "")
                if let long = topic.longDescription, !long.isEmpty { line += ": " + richText(long) }
                lines.append(line)
            }
            if let json = payload.json {
                let links = PayloadHTML.productLinks(json)
                if !links.isEmpty { lines += ["", "Product links:"] + links.map { "- \($0.name) (\($0.url))" } }
            }
            return lines
        case .other:
            guard let json = payload.json else { return [] }
            return jsonLines(json)
        case .invalid:
            return ["The JSON payload is invalid: " + (payload.error?.message ?? "unknown error")]
        }
    }

    /// `key: value` lines, nested values indented two spaces (explicit stack, no recursion).
    static func jsonLines(_ root: JSONNode) -> [String] {
        var lines: [String] = []
        var work: [(node: JSONNode, label: String?, indent: Int)] = [(root, nil, 0)]
        while let (node, label, indent) = work.popLast() {
            let pad = String(repeating: "  ", count: indent)
            let head = label.map { $0 + ":" } ?? ""
            switch node.value {
            case .object(let members):
                if label != nil { lines.append(pad + head) }
                for member in members.reversed() { work.append((member.value, member.key, label == nil ? indent : indent + 1)) }
            case .array(let items):
                if label != nil { lines.append(pad + head) }
                for item in items.reversed() { work.append((item, "-", label == nil ? indent : indent + 1)) }
            case .string(let raw):
                let s = richText(raw)
                lines.append(pad + (head.isEmpty ? s : head + " " + s))
            case .number(let n): lines.append(pad + (head.isEmpty ? n : head + " " + n))
            case .bool(let b): lines.append(pad + head + " " + String(b))
            case .null: lines.append(pad + head + " null")
            }
        }
        return lines
    }

    /// A payload string that may hold HTML, as text on one line (tags stripped, `<br>` as a space).
    static func richText(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return text }
        var extractor = HTMLTextExtractor(variables: nil)
        var out = ""
        extractor.extract(text, into: &out)
        return out.split(whereSeparator: { $0 == "\n" }).map { String($0).trimmingHeaderWhitespace() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// A hint as an example: `e.g. hint`, unless the hint already says so ("For example …", "e.g. …").
    static func example(_ hint: String) -> String {
        let lower = hint.lowercased()
        return ["e.g.", "eg.", "for example", "example:", "ex:", "ex.", "i.e."].contains(where: lower.hasPrefix) ? hint : "e.g. " + hint
    }

    static func formLines(_ form: FormView, title: String?) -> [String] {
        let formTitle = form.title.flatMap { $0.isEmpty ? nil : $0 } ?? "Questions"
        var lines = formTitle == title ? [] : [formTitle, ""]
        for (n, element) in form.elements.enumerated() {
            let isInfo = ControlType.canonical(element.controlType ?? "") == "infoblock"
            var head = "\(n + 1). " + (element.displayLabel ?? (isInfo ? "Note" : element.id ?? ""))
            if element.required == true { head += " (required)" }
            lines.append(head)
            if let content = element.content, !content.isEmpty {
                var extractor = HTMLTextExtractor(variables: nil)
                var text = ""
                extractor.extract(content, into: &text)
                for line in text.split(separator: "\n").map(String.init) where !line.trimmingHeaderWhitespace().isEmpty {
                    lines.append("   " + line.trimmingHeaderWhitespace())
                }
            }
            if !isInfo, let name = PayloadHTML.controlName(element.controlType) {
                var answer = "   Answer: " + name
                if let hint = element.watermarkText, !hint.isEmpty { answer += " (" + example(hint) + ")" }
                lines.append(answer)
            }
            if let balloon = element.infoBalloonText, !balloon.isEmpty { lines.append("   " + richText(balloon)) }
            for option in element.options { lines.append("   - " + richText(option)) }
        }
        return lines
    }
}
