import Dispatch
import Foundation

/// Maps over an array on `jobs` threads, keeping the results in input order. Each worker takes
/// every `jobs`-th slice of the input, so no locks are needed and results land by index.
package enum ParallelMap {
    /// The number of threads used when none is asked for: the active processor count.
    package static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    package static func run<T, R>(_ items: [T], jobs: Int, _ transform: (T) -> R) -> [R] {
        guard jobs > 1, items.count > 1 else { return items.map(transform) }
        var results = [R?](repeating: nil, count: items.count)
        let chunk = max(1, items.count / (jobs * 8))
        let chunks = (items.count + chunk - 1) / chunk
        results.withUnsafeMutableBufferPointer { buffer in
            let base = buffer
            withoutActuallyEscaping(transform) { transform in
                DispatchQueue.concurrentPerform(iterations: min(jobs, chunks)) { worker in
                    for c in stride(from: worker, to: chunks, by: jobs) {
                        for i in (c * chunk)..<min(items.count, (c + 1) * chunk) { base[i] = transform(items[i]) }
                    }
                }
            }
        }
        return results.map { $0! } // every index was written above
    }
}
