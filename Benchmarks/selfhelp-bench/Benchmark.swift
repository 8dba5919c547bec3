import Foundation
import SelfHelpKit

/// One measured task over the whole corpus, timed against cmark on the same bodies.
struct BenchmarkTask {
    var name: String
    /// The ratio the issue allows (ours / cmark), shown beside the measurement.
    var budget: Double?
    var run: () -> Int
    /// Run after each timed run, untimed (for example to remove what the run wrote).
    var cleanUp: () -> Void = {}
}

/// Times tasks and cmark alternately, round after round, and reports medians and ratios.
///
/// Alternating (cmark, task, cmark, task …) in one process spreads the noise of a shared
/// machine evenly over both sides; the figure that matters is the ratio of medians.
struct Benchmark {
    var rounds: Int
    var reference: () -> Int

    func measure(_ body: () -> Int) -> (seconds: Double, checksum: Int) {
        let start = DispatchTime.now().uptimeNanoseconds
        let checksum = body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, checksum)
    }

    func run(_ tasks: [BenchmarkTask]) -> Bool {
        var cmarkTimes: [Double] = []
        var taskTimes: [[Double]] = Array(repeating: [], count: tasks.count)
        _ = reference() // warm caches
        for task in tasks {
            _ = task.run()
            task.cleanUp()
        }
        for _ in 0..<rounds {
            for (i, task) in tasks.enumerated() {
                cmarkTimes.append(measure(reference).seconds)
                taskTimes[i].append(measure(task.run).seconds)
                task.cleanUp()
            }
        }
        let cmarkMedian = median(cmarkTimes)
        print(String(format: "%-30@ %10.1f ms (median of %d)", "cmark HTML (reference)" as NSString, cmarkMedian * 1000, cmarkTimes.count))
        var allWithin = true
        for (i, task) in tasks.enumerated() {
            let m = median(taskTimes[i])
            let ratio = m / cmarkMedian
            let within = task.budget.map { ratio <= $0 } ?? true
            allWithin = allWithin && within
            let verdict = task.budget.map { String(format: "(budget %.1f×) %@", $0, (within ? "ok" : "OVER") as NSString) } ?? "(no budget of its own)"
            print(String(format: "%-30@ %10.1f ms  ratio %.2f×  %@", task.name as NSString, m * 1000, ratio, verdict as NSString))
        }
        return allWithin
    }

    func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }
}
