/// Renders a JSON payload as readable HTML instead of a code dump.
///
/// - A problem-scoping form becomes a read-only preview of its questions (no `<form>`, no script):
///   label, a required mark, a disabled control of the element's type (``FormControls``) with its
///   hint and options, an infoblock's HTML through ``HTMLSanitizer``, and when it is shown, in
///   words (``FormCondition``).
/// - A support-topic description becomes its descriptions and a list of topics.
/// - Other valid JSON becomes nested definition lists (`http(s)` strings as links).
/// - Invalid JSON becomes a note with the error and the raw text, escaped, in `<pre>`.
enum PayloadHTML {
    /// `title` is the article's title: a form title equal to it is not repeated.
    static func render(_ payload: Payload, options: RenderOptions, title: String?, into writer: inout HTMLWriter) {
        if let json = payload.json, let form = FormView(json) {
            renderForm(form, repeating: title, into: &writer)
            return
        }
        switch payload.content {
        case .problemScopingForm: break // read above as a FormView
        case .supportTopicDescription(let description):
            renderTopics(description, into: &writer)
            if let json = payload.json { renderProductLinks(json, into: &writer) }
        case .other:
            writer.raw("<div class=\"payload payload-json\">\n")
            if let json = payload.json { renderJSON(json, into: &writer) }
            writer.raw("</div>\n")
        case .invalid:
            writer.raw("<div class=\"payload payload-invalid\">\n<p class=\"payload-error\">")
            writer.text("The JSON payload is invalid: " + (payload.error?.message ?? "unknown error"))
            writer.raw("</p>\n<pre><code>")
            writer.text(payload.text)
            writer.raw("</code></pre>\n</div>\n")
        }
    }

    /// Writes a payload string that may hold HTML (an infoblock's `content`, `infoBalloonText`, option
    /// texts, descriptions: the corpus puts `<a href>` and `<br>` in them) through the sanitizer;
    /// plain strings are simply escaped.
    static func rich(_ text: String, into writer: inout HTMLWriter) {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
            writer.text(text)
            return
        }
        guard !writer.isSuppressed else { return }
        var inner = HTMLWriter(capacity: text.utf8.count + 16)
        HTMLSanitizer.sanitize(text, into: &inner, container: 0, block: false, markers: nil)
        inner.closeEverything()
        writer.bytes += inner.bytes
    }

    /// Human names of the control types.
    static func controlName(_ raw: String?, canonical: String?? = nil) -> String? {
        guard let raw else { return nil }
        switch canonical ?? ControlType.canonical(raw) {
        case "textbox"?: return "text box"
        case "multilinetextbox"?: return "multi-line text box"
        case "dropdown"?: return "drop-down list"
        case "multiselectdropdown"?: return "multiple-choice drop-down list"
        case "datetimepicker"?: return "date and time"
        case "infoblock"?: return "information"
        case "radioButtonGroup"?: return "choice"
        case "numerictextbox"?: return "number"
        default: return raw
        }
    }

    static func renderForm(_ form: FormView, repeating articleTitle: String?, into writer: inout HTMLWriter) {
        writer.raw("<div class=\"payload problem-scoping-form\">\n")
        let title = form.title.flatMap { $0.isEmpty ? nil : $0 } ?? "Questions"
        if title != articleTitle {
            writer.raw("<p class=\"form-title\">")
            writer.text(title)
            writer.raw("</p>\n")
        }
        writer.raw("<ol class=\"form-elements\">\n")
        for element in form.elements {
            writer.raw("<li class=\"form-element\"")
            if let id = element.id { writer.attribute("data-element-id", id) }
            if let type = element.controlType { writer.attribute("data-control-type", type) }
            writer.raw(">")
            let canonicalType = element.controlType.flatMap(ControlType.canonical)
            let isInfo = canonicalType == "infoblock"
            if let label = element.displayLabel, !label.isEmpty {
                writer.raw("<p class=\"form-label\">")
                writer.text(label)
                if element.required == true { writer.raw(" <span class=\"required\" title=\"required\">*</span>") }
                writer.raw("</p>")
            }
            if let content = element.content, !content.isEmpty {
                writer.raw("<div class=\"form-info\">")
                rich(content, into: &writer)
                writer.raw("</div>")
            }
            if !isInfo { FormControls.write(element, canonicalType: canonicalType, into: &writer) }
            if let balloon = element.infoBalloonText, !balloon.isEmpty {
                writer.raw("<p class=\"form-meta\">")
                rich(balloon, into: &writer)
                writer.raw("</p>")
            }
            if let visibility = element.visibility, !visibility.isEmpty, visibility.lowercased() != "true", visibility.lowercased() != "null" {
                writer.raw("<p class=\"form-condition\">")
                if let condition = FormCondition(visibility) {
                    condition.write(in: form, into: &writer)
                } else {
                    writer.raw("Shown when <code>")
                    writer.text(visibility)
                    writer.raw("</code>")
                }
                writer.raw("</p>")
            }
            writer.raw("</li>\n")
        }
        writer.raw("</ol>\n</div>\n")
    }

    static func renderTopics(_ description: SupportTopicDescription, into writer: inout HTMLWriter) {
        writer.raw("<div class=\"payload support-topic-description\">\n")
        for text in [description.shortDescription, description.longDescription].compactMap({ $0 }) where !text.isEmpty {
            writer.raw("<p>")
            rich(text, into: &writer)
            writer.raw("</p>\n")
        }
        writer.raw("<p class=\"payload-heading\">Support topics</p>\n<ul class=\"support-topics\">\n")
        for topic in description.topics {
            writer.raw("<li")
            if let id = topic.id { writer.attribute("data-topic-id", id) }
            writer.raw("><strong>")
            writer.text(topic.shortDescription ?? topic.id ?? "")
            writer.raw("</strong>")
            if let long = topic.longDescription, !long.isEmpty {
                writer.text(": ")
                rich(long, into: &writer)
            }
            if let category = topic.category, !category.isEmpty {
                writer.raw(" <span class=\"form-meta\">")
                writer.text("(" + category + ")")
                writer.raw("</span>")
            }
            writer.raw("</li>\n")
        }
        writer.raw("</ul>\n</div>\n")
    }

    /// `productLink1…3` with `productLinkName1…3` of a support-topic description, as a list of links.
    static func productLinks(_ json: JSONNode) -> [(name: String, url: String)] {
        (1...3).compactMap { n in
            guard let url = json["productLink\(n)"]?.value.stringValue, !url.isEmpty, let safe = URLPolicy.sanitize(url, context: .link) else { return nil }
            let name = json["productLinkName\(n)"]?.value.stringValue ?? ""
            return (name.isEmpty ? url : name, safe)
        }
    }

    static func renderProductLinks(_ json: JSONNode, into writer: inout HTMLWriter) {
        let links = productLinks(json)
        guard !links.isEmpty else { return }
        writer.raw("<p class=\"payload-heading\">Product links</p>\n<ul class=\"product-links\">\n")
        for link in links {
            writer.raw("<li><a")
            writer.attribute("href", link.url)
            writer.raw(">")
            writer.text(link.name)
            writer.raw("</a></li>\n")
        }
        writer.raw("</ul>\n")
    }

    /// Nested definition lists, built with an explicit stack (payload JSON is at most 256 deep).
    static func renderJSON(_ root: JSONNode, into writer: inout HTMLWriter) {
        enum Step { case value(JSONNode); case raw(StaticString); case key(String) }
        var work: [Step] = [.value(root)]
        while let step = work.popLast() {
            switch step {
            case .raw(let s): writer.raw(s)
            case .key(let k):
                writer.raw("<dt>")
                writer.text(k)
                writer.raw("</dt>")
            case .value(let node):
                switch node.value {
                case .null: writer.raw("<span class=\"json-null\">null</span>")
                case .bool(let b): writer.raw(b ? "true" : "false")
                case .number(let n): writer.text(n)
                case .string(let s):
                    if s.lowercased().hasPrefix("http"), let href = URLPolicy.sanitize(s, context: .link) {
                        writer.raw("<a")
                        writer.attribute("href", href)
                        writer.raw(">")
                        writer.text(s)
                        writer.raw("</a>")
                    } else {
                        rich(s, into: &writer)
                    }
                case .array(let items):
                    writer.raw("<ol class=\"json-array\">")
                    work.append(.raw("</ol>"))
                    for item in items.reversed() { work += [.raw("</li>"), .value(item), .raw("<li>")] }
                case .object(let members):
                    writer.raw("<dl class=\"json-object\">")
                    work.append(.raw("</dl>"))
                    for member in members.reversed() { work += [.raw("</dd>"), .value(member.value), .raw("<dd>"), .key(member.key)] }
                }
            }
        }
        writer.raw("\n")
    }
}
