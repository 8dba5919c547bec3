import Foundation

/// How long each rule took over a validation, and how long parsing took beside them: what
/// `selfhelp validate --timing` prints (``RuleTimingReport``), to find the rules worth turning
/// off in a knowledge base's CI, or worth making faster.
///
/// Give a ``Validator`` one (``Validator/timings``) and every rule it runs is timed: an article
/// rule each time it checks an article, a cross-article rule each time it checks the set. Times
/// are wall-clock time on the thread that ran the rule (a monotonic clock read before and after
/// each run), summed over the threads; on a busy machine a thread that waits for a core counts
/// the wait. Without timings (the default) the validator reads no clock.
///
/// ```swift
/// let timings = RuleTimings()
/// var validator = Validator()
/// validator.timings = timings
/// _ = validator.validate(ArticleParser.parse("# Title\n\nBody.\n", path: "a.md"))
/// for entry in timings.entries.prefix(3) { print(entry.rule, entry.seconds, entry.runs) }
/// ```
///
/// Safe to share between threads: each checked article adds its rules' times under one lock.
public final class RuleTimings: @unchecked Sendable {
    /// One rule's total.
    public struct Entry: Sendable, Equatable {
        /// The rule.
        public var rule: RuleID
        /// Seconds spent in the rule, summed over every run.
        public var seconds: Double
        /// How many times it ran: once an article checked for an article rule, once a set of
        /// articles for a cross-article rule.
        public var runs: Int
    }

    private let lock = NSLock()
    /// Each rule's place in ``totals``.
    private var slots: [RuleID: Int] = [:]
    private var totals: [(rule: RuleID, nanoseconds: UInt64, runs: Int)] = []
    private var parseTotal: (nanoseconds: UInt64, runs: Int) = (0, 0)

    /// Empty timings, to hand to a ``Validator``.
    public init() {}

    /// Every rule that ran, the slowest first (equal times by id).
    public var entries: [Entry] {
        lock.lock()
        defer { lock.unlock() }
        return totals.filter { $0.runs > 0 }
            .map { Entry(rule: $0.rule, seconds: Self.seconds($0.nanoseconds), runs: $0.runs) }
            .sorted { $0.seconds != $1.seconds ? $0.seconds > $1.seconds : $0.rule < $1.rule }
    }

    /// Seconds spent parsing the articles the validator read from bytes (``Validator/parse(_:path:)``,
    /// as ``Validator/facts(ofFile:bytes:contentHash:)`` does), and how many it parsed: not a rule, but
    /// the measure the rules' times are best read against.
    public var parsing: (seconds: Double, articles: Int) {
        lock.lock()
        defer { lock.unlock() }
        return (Self.seconds(parseTotal.nanoseconds), parseTotal.runs)
    }

    /// The places of `rules`' totals, for ``add(slots:nanoseconds:)``: a validator asks once, so
    /// that timing an article hashes no rule id.
    func slots(for rules: [RuleID]) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        return rules.map { rule in
            if let slot = slots[rule] { return slot }
            totals.append((rule, 0, 0))
            slots[rule] = totals.count - 1
            return totals.count - 1
        }
    }

    /// Adds one run of each rule whose place is `slots[i]`, `nanoseconds[i]` long (a rule that
    /// did not run has nil).
    func add(slots: [Int], nanoseconds: [UInt64?]) {
        lock.lock()
        defer { lock.unlock() }
        for (slot, spent) in zip(slots, nanoseconds) {
            guard let spent else { continue }
            totals[slot].nanoseconds += spent
            totals[slot].runs += 1
        }
    }

    /// Adds one run of `rule`, `nanoseconds` long.
    func add(_ rule: RuleID, nanoseconds: UInt64) {
        add(slots: slots(for: [rule]), nanoseconds: [nanoseconds])
    }

    /// Adds one parse, `nanoseconds` long.
    func addParse(nanoseconds: UInt64) {
        lock.lock()
        defer { lock.unlock() }
        parseTotal.nanoseconds += nanoseconds
        parseTotal.runs += 1
    }

    private static func seconds(_ nanoseconds: UInt64) -> Double {
        Double(nanoseconds) / 1e9
    }
}
