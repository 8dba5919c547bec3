import SelfHelpKit
import Foundation

/// How long each step of a build took, and each rule over the articles it checked: what
/// `selfhelp build --timing` prints (``text``), to see where a knowledge base's build time goes.
///
/// Give a build one (``SiteBuilder/Options/timings``). The steps the build's own thread takes
/// one after another are timed end to end, so they add up to the build's wall time; work that
/// runs beside them on a thread of its own (the site's pages, listings and search shards) is
/// listed after them, with its own time. The rules are timed as ``RuleTimings`` times them,
/// summed over the worker threads. Without timings (the default) no clock is read.
///
/// ```swift
/// let timings = BuildTimings()
/// var options = SiteBuilder.Options()
/// options.timings = timings
/// _ = try SiteBuilder(knowledgeBase: "Articles", outDir: "out", options: options).build()
/// print(timings.steps.map(\.name))
/// ```
public final class BuildTimings: @unchecked Sendable {
    /// One step and its wall time.
    public struct Step: Sendable, Equatable {
        /// What the step does.
        public var name: String
        /// Its wall time, in seconds.
        public var seconds: Double
        /// Whether it ran beside the build's own steps, on a thread of its own.
        public var isBeside: Bool
    }

    /// The rules' times over the articles the build checked (its article stream's validator and
    /// the cross-article rules), and the time spent parsing the articles it rendered.
    public let rules = RuleTimings()
    private let lock = NSLock()
    private var recorded: [Step] = []

    /// Empty timings, to hand to a build.
    public init() {}

    /// The steps in the order they ended, the build's own first, then those beside them.
    public var steps: [Step] {
        lock.lock()
        defer { lock.unlock() }
        return recorded.filter { !$0.isBeside } + recorded.filter(\.isBeside)
    }

    /// The steps, then the rules (``RuleTimingReport``), as tables; no line break after the last.
    public var text: String {
        let steps = self.steps
        let own = steps.filter { !$0.isBeside }
        let rows = own.map { ($0.name, $0.seconds) } + [("total", own.reduce(0) { $0 + $1.seconds })]
            + steps.filter(\.isBeside).map { ("beside: " + $0.name, $0.seconds) }
        let width = rows.reduce("Step".count) { max($0, $1.0.count) }
        let table = [RuleTimingReport.line("Step", width: width, [("Time (ms)", 12)])]
            + rows.map { RuleTimingReport.line($0.0, width: width, [(RuleTimingReport.milliseconds($0.1), 12)]) }
        return table.joined(separator: "\n") + "\n\n" + RuleTimingReport.text(rules)
    }

    /// Adds a step that took `nanoseconds`.
    func record(_ name: String, nanoseconds: UInt64, beside: Bool = false) {
        lock.lock()
        defer { lock.unlock() }
        recorded.append(Step(name: name, seconds: Double(nanoseconds) / 1e9, isBeside: beside))
    }
}

extension BuildTimings {
    /// `body`'s value; with `timings`, its time is recorded as a step beside the build's own.
    static func beside<T>(_ timings: BuildTimings?, _ name: String, _ body: () throws -> T) rethrows -> T {
        guard let timings else { return try body() }
        let start = MonotonicClock.now()
        defer { timings.record(name, nanoseconds: MonotonicClock.since(start), beside: true) }
        return try body()
    }
}

/// Times the build's own steps one after another: each ``lap(_:)`` records the time since the
/// previous one (or since the clock was made) as a step. Reads no clock without timings.
struct StepClock {
    private let timings: BuildTimings?
    private var last: UInt64

    init(_ timings: BuildTimings?) {
        self.timings = timings
        last = timings == nil ? 0 : MonotonicClock.now()
    }

    /// Records the step that ends now.
    mutating func lap(_ name: String) {
        guard let timings else { return }
        let now = MonotonicClock.now()
        timings.record(name, nanoseconds: now &- last)
        last = now
    }
}
