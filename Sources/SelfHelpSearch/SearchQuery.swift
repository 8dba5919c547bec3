import SelfHelpKit
/// Turns what a person types into an FTS5 `MATCH` expression that cannot be malformed.
///
/// The input is split on white space; each word becomes a double-quoted FTS5 string (inner
/// `"` doubled), so operators (`OR`, `NOT`, `NEAR(`), column filters (`title:`), prefixes
/// (`*`), `-` and parentheses are all plain text. Words with no letter or digit are dropped,
/// as the tokenizer would find no token in them. Quoted words are matched after the same
/// tokenizing and stemming as the index (`porter unicode61`), so `synchronizing` finds
/// `synchronization`. A few abbreviations common in the articles also match their long form and
/// back (``synonyms``): `sync` finds `synchronization`, `vm` finds `virtual machine`.
public enum SearchQuery {
    /// How the words are combined.
    public enum Mode: Sendable, Equatable {
        /// Every word must occur (FTS5's implicit AND).
        case all
        /// Any word may occur.
        case any
    }

    /// The words of `query` that can match anything, in order (duplicates removed).
    public static func terms(_ query: String) -> [String] {
        var seen: Set<String> = []
        var terms: [String] = []
        for word in query.split(whereSeparator: { $0.isWhitespace }) {
            let cleaned = String(word.unicodeScalars.filter { !$0.properties.generalCategory.isControl })
            guard cleaned.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { continue }
            if seen.insert(cleaned.lowercased()).inserted { terms.append(cleaned) }
        }
        return terms
    }

    /// The FTS5 expression for `terms`: each one quoted (with its synonyms), joined by ` AND ` or ` OR `.
    /// Nil when `terms` is empty.
    public static func expression(_ terms: [String], mode: Mode) -> String? {
        guard !terms.isEmpty else { return nil }
        return terms.map(group).joined(separator: mode == .all ? " AND " : " OR ")
    }

    /// Abbreviations and their long forms, matched both ways (a word whose lower case starts
    /// with a key's long form, such as `synchronizing`, also matches the abbreviation).
    public static let synonyms: [(short: String, long: String)] = [
        ("sync", "synchroniz"),
        ("vm", "virtual machine"),
        ("vms", "virtual machines"),
        ("vnet", "virtual network"),
        ("config", "configuration"),
    ]

    /// One term with its synonyms: `"vm"` becomes `("vm" OR "virtual machine")`.
    static func group(_ term: String) -> String {
        let lower = term.lowercased()
        var alternatives: [String] = []
        for (short, long) in synonyms {
            if lower == short {
                alternatives.append(long == "synchroniz" ? "synchronization" : long)
            } else if lower.hasPrefix(long) {
                alternatives.append(short)
            }
        }
        guard !alternatives.isEmpty else { return quote(term) }
        return "(" + ([term] + alternatives).map(quote).joined(separator: " OR ") + ")"
    }

    /// One FTS5 phrase of all `terms` in order (they must be adjacent). Nil when `terms` is empty.
    public static func phrase(_ terms: [String]) -> String? {
        terms.isEmpty ? nil : quote(terms.joined(separator: " "))
    }

    /// `text` as an FTS5 string: in double quotes, inner double quotes doubled.
    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

private extension Unicode.GeneralCategory {
    var isControl: Bool {
        switch self {
        case .control, .format, .surrogate, .unassigned, .privateUse: return true
        default: return false
        }
    }
}
