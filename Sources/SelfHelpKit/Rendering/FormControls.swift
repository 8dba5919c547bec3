/// The disabled control a problem-scoping form element shows in a preview: what the customer will
/// fill in, not a form that can be submitted (no `<form>`, no `name`, every control `disabled`).
///
/// Date and time → `<input type="datetime-local">`, drop-down → `<select>` with its options,
/// multiple choice → `<select multiple>`, radio group → disabled radio buttons, multi-line text
/// box → `<textarea>` with the hint as placeholder, number → `<input type="number">`, anything else
/// a text box. Texts are escaped; option texts lose their markup (an `<option>` holds text only).
enum FormControls {
    static func write(_ element: FormView.Element, canonicalType: String?, into writer: inout HTMLWriter) {
        let label = element.displayLabel.map(PayloadText.richText) ?? element.id ?? ""
        let hint = element.watermarkText.map(PayloadText.richText) ?? ""
        let required = element.required == true
        func common() {
            writer.attribute("class", "form-control")
            if !label.isEmpty { writer.attribute("aria-label", label) }
            if required { writer.raw(" required") }
            writer.raw(" disabled")
        }
        switch canonicalType {
        case "dropdown"?, "multiselectdropdown"?:
            writer.raw("<select")
            common()
            if canonicalType == "multiselectdropdown" { writer.raw(" multiple") }
            writer.raw(">")
            if canonicalType == "dropdown" {
                // The hint is what the closed list shows ("Select the machine"), else "Select…".
                writer.raw("<option>")
                writer.text(hint.isEmpty ? "Select…" : hint)
                writer.raw("</option>")
            }
            for option in element.options {
                writer.raw("<option>")
                writer.text(PayloadText.richText(option))
                writer.raw("</option>")
            }
            writer.raw("</select>")
        case "radioButtonGroup"?:
            writer.raw("<span class=\"form-control form-choices\">")
            for option in element.options {
                writer.raw("<label><input type=\"radio\" disabled> ")
                writer.text(PayloadText.richText(option))
                writer.raw("</label>")
            }
            writer.raw("</span>")
        case "multilinetextbox"?:
            writer.raw("<textarea rows=\"3\"")
            if !hint.isEmpty { writer.attribute("placeholder", hint) }
            common()
            writer.raw("></textarea>")
        default:
            let type: String
            switch canonicalType {
            case "datetimepicker"?: type = "datetime-local"
            case "numerictextbox"?: type = "number"
            default: type = "text"
            }
            writer.raw("<input")
            writer.attribute("type", type)
            if !hint.isEmpty, type != "datetime-local" { writer.attribute("placeholder", hint) }
            common()
            writer.raw(">")
        }
        if !hint.isEmpty, canonicalType == "datetimepicker" || canonicalType == "multiselectdropdown" {
            writer.raw("<span class=\"form-meta\"> ")
            writer.text(hint)
            writer.raw("</span>")
        }
    }
}
