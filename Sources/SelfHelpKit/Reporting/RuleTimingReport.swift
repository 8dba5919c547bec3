import Foundation

/// ``RuleTimings`` as a table, the slowest rule first: what `selfhelp validate --timing` prints
/// to standard error after its report.
///
/// ```text
/// Rule                     Time (ms)   Share    Runs
/// spelling                     212.4   19.8%   15272
/// html-unsafe                   88.0    8.2%   15272
/// …
/// all rules                   1071.9  100.0%
/// parsing (not a rule)         231.5           15272
/// ```
///
/// A share is of the rules' total; parsing is beside them, for scale.
public enum RuleTimingReport {
    /// The table, a line each (no line break after the last).
    public static func text(_ timings: RuleTimings) -> String {
        let entries = timings.entries
        let parsing = timings.parsing
        let total = entries.reduce(0) { $0 + $1.seconds }
        let labels = entries.map(\.rule.rawValue) + ["all rules", "parsing (not a rule)"]
        let width = labels.reduce("Rule".count) { max($0, $1.count) }
        var lines = [row("Rule", "Time (ms)", "Share", "Runs", width: width)]
        for entry in entries {
            lines.append(row(entry.rule.rawValue, milliseconds(entry.seconds), percent(entry.seconds, of: total), String(entry.runs), width: width))
        }
        lines.append(row("all rules", milliseconds(total), percent(total, of: total), "", width: width))
        if parsing.articles > 0 {
            lines.append(row("parsing (not a rule)", milliseconds(parsing.seconds), "", String(parsing.articles), width: width))
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ label: String, _ time: String, _ share: String, _ runs: String, width: Int) -> String {
        line(label, width: width, [(time, 12), (share, 8), (runs, 8)])
    }

    /// One line of a timing table: `label` left-aligned in `width` characters, then each column's
    /// text right-aligned in its width (at least one space before it); no space at the end.
    package static func line(_ label: String, width: Int, _ columns: [(text: String, width: Int)]) -> String {
        var line = label + String(repeating: " ", count: max(0, width - label.count))
        for column in columns {
            line += String(repeating: " ", count: max(1, column.width - column.text.count)) + column.text
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// `seconds` in milliseconds, one decimal.
    package static func milliseconds(_ seconds: Double) -> String {
        String(format: "%.1f", seconds * 1000)
    }

    private static func percent(_ part: Double, of whole: Double) -> String {
        whole > 0 ? String(format: "%.1f%%", part / whole * 100) : "-"
    }
}
