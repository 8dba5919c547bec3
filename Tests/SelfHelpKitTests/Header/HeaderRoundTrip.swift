@testable import SelfHelpKit

/// parse → ``HeaderSerializer`` → parse again, and what differs. Shared by the unit tests and
/// the corpus round trip.
struct HeaderRoundTrip {
    /// The article as read from the original bytes.
    let original: Article
    /// The canonical header followed by the original body (``Article/bodyStart`` onwards).
    let rewritten: [UInt8]
    /// The article as read from ``rewritten``.
    let reparsed: Article

    init(_ bytes: [UInt8], path: String, serializer: HeaderSerializer = HeaderSerializer()) {
        original = ArticleParser.parse(bytes, path: path)
        let header = serializer.serialize(original.header)
        rewritten = Array(header.utf8) + original.source.bytes[original.bodyStart...]
        reparsed = ArticleParser.parse(rewritten, path: path)
    }

    /// Every way the re-parsed article differs from the original; empty when the round trip holds.
    var problems: [String] {
        var problems: [String] = []
        if reparsed.metadata != original.metadata {
            problems.append("metadata differs: \(original.metadata) ≠ \(reparsed.metadata)")
        }
        let before = original.header?.attributes ?? [], after = reparsed.header?.attributes ?? []
        if before.count != after.count {
            problems.append("\(before.count) attributes became \(after.count)")
        }
        for (a, b) in zip(before, after) {
            if a.key != b.key { problems.append("key `\(a.rawKey)` became `\(b.rawKey)`") }
            if !a.key.isKnown, a.rawKey != b.rawKey { problems.append("unknown key `\(a.rawKey)` was respelled `\(b.rawKey)`") }
            if a.value != b.value { problems.append("value of `\(a.rawKey)`: \(a.value.debugDescription) became \(b.value.debugDescription)") }
        }
        if ModelFingerprint(reparsed) != ModelFingerprint(original) {
            problems.append("the body or payload reads differently")
        }
        let headerRules: Set<RuleID> = [.headerSyntax, .headerUnterminated, .headerLeadingText, .headerMissing]
        let complaints = reparsed.diagnostics.filter { headerRules.contains($0.rule) }
        if !complaints.isEmpty {
            problems.append("the canonical header has findings: \(complaints.map(\.message))")
        }
        if HeaderSerializer().serialize(reparsed.header) != HeaderSerializer().serialize(original.header) {
            problems.append("serializing the re-parsed header gives other text (not a fixed point)")
        }
        return problems
    }
}
