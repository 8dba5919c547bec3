/// A problem-scoping form: the questions the portal asks before a support request.
public struct ProblemScopingForm: Hashable, Sendable {
    /// The form's `title`.
    public var title: String?
    /// The form's `$schema` URL.
    public var schema: String?
    /// The questions, in payload order.
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
    /// The element's `id`, which `visibility` expressions of other elements name.
    public var id: String?
    /// The element's `order` (a number, or a string holding one).
    public var order: Int?
    /// The control type as written (`DropDown`); see ``ControlType``.
    public var controlType: String?
    /// The question's label (`displayLabel`).
    public var displayLabel: String?
    /// Whether an answer is required (`required`; `"true"`/`"false"` strings read too).
    public var required: Bool?
    /// The hint shown in an empty field (`watermarkText`).
    public var watermarkText: String?
    /// The text of the info balloon (`infoBalloonText`).
    public var infoBalloonText: String?
    /// `visibility` as written: an expression such as `os == Windows && x != null`, or nil.
    public var visibility: String?
    /// Raw HTML of an `infoblock` element.
    public var content: String?
    /// The choices of a dropdown or radio-button group (`dropdownOptions`, then `radioButtonOptions`).
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
    /// The text shown for the choice.
    public var text: String?
    /// The value the choice submits.
    public var value: String?
    /// The choice's JSON, for positions.
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
    /// The known control types, in canonical spelling.
    public static let known = [
        "textbox", "multilinetextbox", "dropdown", "multiselectdropdown", "datetimepicker",
        "infoblock", "radioButtonGroup", "numerictextbox",
    ]

    /// The canonical spelling of a control type written in any case, or nil when unknown.
    public static func canonical(_ raw: String) -> String? {
        known.first { $0.lowercased() == raw.lowercased() }
    }
}
