/// What the renderers show of a problem-scoping form, read straight from the payload's JSON.
///
/// It reads the same members, with the same rules, as ``ProblemScopingForm`` and ``FormElement``
/// (keys in any ASCII case, the last of repeated keys, `required` as a boolean or `"true"`,
/// options from `dropdownOptions` and `radioButtonOptions`), but only what rendering needs and
/// without building the full model: a form is decoded once per rendering, and the model's
/// dictionaries were the largest cost of rendering the corpus.
struct FormView {
    struct Element {
        var id: String?
        var order: Int?
        var controlType: String?
        var displayLabel: String?
        var required: Bool?
        var watermarkText: String?
        var infoBalloonText: String?
        var visibility: String?
        var content: String?
        var options: [String] = []
        /// Each option's `value` (nil when it has none), in the order of ``options``: the values
        /// that visibility conditions compare with.
        var optionValues: [String?] = []
    }

    var title: String?
    /// In display order (by `order`, stable).
    var elements: [Element]

    /// The form in `json`, or nil when it has no `formElements` array (as ``ProblemScopingForm``).
    init?(_ json: JSONNode) {
        guard let list = json["formElements"]?.value.arrayValue else { return nil }
        title = json["title"]?.value.stringValue
        let read = list.map(FormView.element)
        let keys = read.map { $0.order ?? Int.max }
        elements = read.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }.map { read[$0] }
    }

    static func element(_ node: JSONNode) -> Element {
        var element = Element()
        var dropdown: [JSONNode] = [], radio: [JSONNode] = []
        var orderNode: JSONNode?, requiredNode: JSONNode?
        for member in node.value.objectValue ?? [] {
            let value = member.value
            switch member.key.utf8.count {
            case 2 where equalsLowercased(member.key, "id"): element.id = text(value)
            case 5 where equalsLowercased(member.key, "order"): orderNode = value
            case 7 where equalsLowercased(member.key, "content"): element.content = text(value)
            case 8 where equalsLowercased(member.key, "required"): requiredNode = value
            case 10 where equalsLowercased(member.key, "visibility"):
                switch value.value {
                case .string(let s): element.visibility = s
                case .bool(let b): element.visibility = String(b)
                default: element.visibility = nil
                }
            case 11 where equalsLowercased(member.key, "controltype"): element.controlType = text(value)
            case 12 where equalsLowercased(member.key, "displaylabel"): element.displayLabel = text(value)
            case 13 where equalsLowercased(member.key, "watermarktext"): element.watermarkText = text(value)
            case 15 where equalsLowercased(member.key, "dropdownoptions"): dropdown = value.value.arrayValue ?? []
            case 15 where equalsLowercased(member.key, "infoballoontext"): element.infoBalloonText = text(value)
            case 18 where equalsLowercased(member.key, "radiobuttonoptions"): radio = value.value.arrayValue ?? []
            default: break
            }
        }
        element.order = orderNode?.value.intValue ?? orderNode.flatMap(text).flatMap { Int($0) }
        switch requiredNode?.value {
        case .bool(let b)?: element.required = b
        case .string(let s)?: element.required = s.lowercased() == "true" ? true : s.lowercased() == "false" ? false : nil
        default: element.required = nil
        }
        for option in dropdown + radio {
            var text: String?, value: String?
            for member in option.value.objectValue ?? [] {
                if member.key.utf8.count == 4, equalsLowercased(member.key, "text") { text = member.value.value.stringValue }
                if member.key.utf8.count == 5, equalsLowercased(member.key, "value") { value = member.value.value.stringValue }
            }
            guard let shown = text ?? value else { continue }
            element.options.append(shown)
            element.optionValues.append(value)
        }
        return element
    }

    static func text(_ node: JSONNode) -> String? {
        switch node.value {
        case .string(let s): return s
        case .number(let n): return n
        case .bool(let b): return String(b)
        default: return nil
        }
    }

    /// Whether `key` equals `lower` (ASCII lower case) ignoring ASCII case.
    static func equalsLowercased(_ key: String, _ lower: StaticString) -> Bool {
        lower.withUTF8Buffer { expected in
            var i = 0
            for b in key.utf8 {
                guard i < expected.count, (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == expected[i] else { return false }
                i += 1
            }
            return i == expected.count
        }
    }
}
