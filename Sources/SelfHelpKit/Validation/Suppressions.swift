/// The inline suppressions of an article: `<!-- selfhelp-disable RULES -->` …
/// `<!-- selfhelp-enable RULES -->` and `<!-- selfhelp-disable-next-line RULES -->`.
///
/// `RULES` is a list of rule ids separated by spaces or commas; an empty list means every rule.
/// A rule's deprecated alias (``RuleDescription/deprecatedAliases``) suppresses the rule.
/// A `disable` without a matching `enable` lasts to the end of the file. Comments are read from
/// the source text (not the Markdown tree), so they work anywhere, even inside HTML blocks.
public struct Suppressions: Equatable, Sendable {
    package struct Span: Equatable {
        /// nil: every rule.
        package var rules: Set<RuleID>?
        package var lines: ClosedRange<Int>

        package init(rules: Set<RuleID>?, lines: ClosedRange<Int>) {
            self.rules = rules
            self.lines = lines
        }
    }

    package var spans: [Span] = []

    /// No suppression.
    public init() {}

    package init(spans: [Span]) {
        self.spans = spans
    }

    /// Reads the suppression comments of `source`.
    public init(_ source: SourceText) {
        self.init(source, currentID: RuleRegistry.currentID(of:))
    }

    /// Reads the suppression comments of `source`, naming each listed rule by `currentID` of
    /// what is written (a deprecated alias becomes its rule's id); tests give rules of their own.
    init(_ source: SourceText, currentID: (RuleID) -> RuleID) {
        let bytes = source.bytes
        let opener = Array("<!--".utf8)
        var open: [(rules: Set<RuleID>?, line: Int)] = []
        var i = 0
        let n = bytes.count
        while i + 4 <= n {
            guard bytes[i] == opener[0], bytes[i + 1] == opener[1], bytes[i + 2] == opener[2], bytes[i + 3] == opener[3] else { i += 1; continue }
            var j = i + 4
            while j < n, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
            guard j + 9 <= n, Array(bytes[j..<(j + 9)]) == Array("selfhelp-".utf8) else { i += 4; continue }
            var end = j
            while end + 3 <= n, !(bytes[end] == 0x2D && bytes[end + 1] == 0x2D && bytes[end + 2] == 0x3E) { end += 1 }
            guard end + 3 <= n else { break }
            let inner = String(decoding: bytes[(j + 9)..<end], as: UTF8.self)
            let words = inner.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
            let line = source.location(ofOffset: i).line
            let endLine = source.location(ofOffset: end).line
            if let command = words.first {
                let rules: Set<RuleID>? = words.count > 1 ? Set(words.dropFirst().map { currentID(RuleID($0)) }) : nil
                switch command {
                case "disable-next-line":
                    spans.append(Span(rules: rules, lines: (endLine + 1)...(endLine + 1)))
                case "disable-line":
                    spans.append(Span(rules: rules, lines: line...endLine))
                case "disable":
                    open.append((rules, line))
                case "enable":
                    if rules == nil {
                        for o in open { spans.append(Span(rules: o.rules, lines: o.line...endLine)) }
                        open.removeAll()
                    } else {
                        var remaining: [(rules: Set<RuleID>?, line: Int)] = []
                        for o in open {
                            // `enable x` does not end a `disable` of every rule.
                            guard let openRules = o.rules else { remaining.append(o); continue }
                            let closing = openRules.intersection(rules ?? [])
                            if !closing.isEmpty { spans.append(Span(rules: closing, lines: o.line...endLine)) }
                            let rest = openRules.subtracting(closing)
                            if !rest.isEmpty { remaining.append((rest, o.line)) }
                        }
                        open = remaining
                    }
                default:
                    break
                }
            }
            i = end + 3
        }
        for o in open { spans.append(Span(rules: o.rules, lines: o.line...Int.max)) }
    }

    /// Whether there are no suppressions at all.
    public var isEmpty: Bool { spans.isEmpty }

    /// Whether a diagnostic of `rule` at `line` is suppressed.
    public func suppresses(_ rule: RuleID, line: Int) -> Bool {
        spans.contains { span in
            span.lines.contains(line) && (span.rules?.contains(rule) ?? true)
        }
    }
}
