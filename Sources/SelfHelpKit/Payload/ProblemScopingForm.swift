/// A problem-scoping form: the questions the portal asks before a support request.
public struct ProblemScopingForm: Hashable, Sendable {
    public var title: String?
    public var schema: String?
    public var elements: [FormElement]

    /// Reads a form from a payload's top-level object; nil when it has no `formElements` array.
    public init?(json: JSONNode) {
        guard let elements = json["formElements"]?.value.arrayValue else { return nil }
        title = json["title"]?.value.stringValue
        schema = json["$schema"]?.value.stringValue
        self.elements = elements.map(FormElement.init(json:))
    }
}

/// One question of a form. Keys are read case-insensitively (`controltype`); the
/// `payload-schema` rule reports the non-canonical ones from ``json``.
public struct FormElement: Hashable, Sendable {
    public var id: String?
    public var order: Int?
    /// The control type as written (`DropDown`); see ``ControlType``.
    public var controlType: String?
    public var displayLabel: String?
    public var required: Bool?
    public var watermarkText: String?
    public var infoBalloonText: String?
    /// `visibility` as written: an expression such as `os == Windows && x != null`, or nil.
    public var visibility: String?
    /// Raw HTML of an `infoblock` element.
    public var content: String?
    public var options: [FormOption]
    /// The element's JSON, for positions and keys this model does not read.
    public var json: JSONNode

    init(json: JSONNode) {
        self.json = json
        var byLowercasedKey: [String: JSONNode] = [:]
        for member in json.value.objectValue ?? [] { byLowercasedKey[UTF8Text.asciiLowercased(member.key)] = member.value }
        /// `key` is given in lower case.
        func member(_ key: String) -> JSONNode? { byLowercasedKey[key] }
        func text(_ key: String) -> String? {
            guard let node = member(key) else { return nil }
            switch node.value {
            case .string(let s): return s
            case .number(let n): return n
            case .bool(let b): return String(b)
            default: return nil
            }
        }
        id = text("id")
        order = member("order")?.value.intValue ?? text("order").flatMap { Int($0) }
        controlType = text("controltype")
        displayLabel = text("displaylabel")
        watermarkText = text("watermarktext")
        infoBalloonText = text("infoballoontext")
        content = text("content")
        visibility = member("visibility").flatMap { node -> String? in
            switch node.value {
            case .string(let s): return s
            case .bool(let b): return String(b)
            default: return nil
            }
        }
        switch member("required")?.value {
        case .bool(let b)?: required = b
        case .string(let s)?: required = s.lowercased() == "true" ? true : s.lowercased() == "false" ? false : nil
        default: required = nil
        }
        let optionNodes = (member("dropdownoptions")?.value.arrayValue ?? []) + (member("radiobuttonoptions")?.value.arrayValue ?? [])
        options = optionNodes.map(FormOption.init(json:))
    }
}

/// A choice of a dropdown or radio-button group: `{ "text": …, "value": … }`.
public struct FormOption: Hashable, Sendable {
    public var text: String?
    public var value: String?
    public var json: JSONNode

    init(json: JSONNode) {
        self.json = json
        func member(_ key: String) -> String? {
            json.value.objectValue?.last { UTF8Text.asciiLowercased($0.key) == key }?.value.value.stringValue
        }
        text = member("text")
        value = member("value")
    }
}

/// The control types the portal knows, in canonical case.
public enum ControlType {
    public static let known = [
        "textbox", "multilinetextbox", "dropdown", "multiselectdropdown", "datetimepicker",
        "infoblock", "radioButtonGroup", "numerictextbox",
    ]

    /// The canonical spelling of a control type written in any case, or nil when unknown.
    public static func canonical(_ raw: String) -> String? {
        known.first { $0.lowercased() == raw.lowercased() }
    }
}
