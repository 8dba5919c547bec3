/// A form element's `visibility` condition in words: `failure_kind == error || failure_kind ==
/// dont_know_answer` reads "Shown when *Failure kind* is *Error* or *Don't know*", with the other
/// element's label and its options' texts in place of the ids and values.
///
/// The grammar is the one the corpus uses: comparisons `id == value` and `id != value` joined by
/// `||` and `&&` (`&&` binds tighter). Anything else is shown as written, in `<code>`.
struct FormCondition {
    struct Comparison: Equatable {
        var element: String
        var equals: Bool
        var value: String
    }

    /// Alternatives (`||`), each a conjunction (`&&`) of comparisons.
    var alternatives: [[Comparison]]

    /// The condition in `text`, or nil when it is not comparisons joined by `||` and `&&`.
    init?(_ text: String) {
        var alternatives: [[Comparison]] = []
        for alternative in text.components(separatedBy: "||") {
            var all: [Comparison] = []
            for part in alternative.components(separatedBy: "&&") {
                let negated = part.contains("!=")
                let pieces = part.components(separatedBy: negated ? "!=" : "==")
                guard pieces.count == 2 else { return nil }
                let element = pieces[0].trimmingHeaderWhitespace(), value = pieces[1].trimmingHeaderWhitespace()
                guard !element.isEmpty, !element.contains(" ") else { return nil }
                all.append(Comparison(element: element, equals: !negated, value: value))
            }
            alternatives.append(all)
        }
        self.alternatives = alternatives
    }

    /// Writes "Shown when …" with the labels and option texts of `form`'s elements, emphasised.
    func write(in form: FormView, into writer: inout HTMLWriter) {
        writer.raw("Shown when ")
        // Alternatives that each compare the same element for equality read as one list: "X is A or B".
        if alternatives.count > 1, alternatives.allSatisfy({ $0.count == 1 && $0[0].equals }),
           Set(alternatives.map { $0[0].element.lowercased() }).count == 1 {
            let element = alternatives[0][0].element
            emphasised(label(of: element, in: form), into: &writer)
            writer.raw(" is ")
            for (n, alternative) in alternatives.enumerated() {
                if n > 0 { writer.raw(n == alternatives.count - 1 ? " or " : ", ") }
                emphasised(optionText(alternative[0].value, of: element, in: form), into: &writer)
            }
            return
        }
        for (n, alternative) in alternatives.enumerated() {
            if n > 0 { writer.raw(" or ") }
            for (m, comparison) in alternative.enumerated() {
                if m > 0 { writer.raw(" and ") }
                emphasised(label(of: comparison.element, in: form), into: &writer)
                writer.raw(comparison.equals ? " is " : " is not ")
                emphasised(optionText(comparison.value, of: comparison.element, in: form), into: &writer)
            }
        }
    }

    private func emphasised(_ text: String, into writer: inout HTMLWriter) {
        writer.raw("<em>")
        writer.text(text)
        writer.raw("</em>")
    }

    /// The label of the element whose id is `id` (ignoring case), else the id.
    func label(of id: String, in form: FormView) -> String {
        guard let element = element(id, in: form), let label = element.displayLabel, !label.isEmpty else { return id }
        return PayloadText.richText(label)
    }

    /// The text of the option whose value (or text) is `value`, else the value.
    func optionText(_ value: String, of id: String, in form: FormView) -> String {
        guard let element = element(id, in: form) else { return value }
        let wanted = value.lowercased()
        for (text, optionValue) in zip(element.options, element.optionValues)
        where (optionValue ?? text).trimmingHeaderWhitespace().lowercased() == wanted || text.lowercased() == wanted {
            return PayloadText.richText(text)
        }
        return value
    }

    private func element(_ id: String, in form: FormView) -> FormView.Element? {
        let wanted = id.lowercased()
        return form.elements.first { $0.id?.trimmingHeaderWhitespace().lowercased() == wanted }
    }
}
