import Dispatch
import Foundation

/// Maps over an array on `jobs` threads, keeping the results in input order. The input is cut
/// into slices (about 32 a thread); each worker takes the next slice not yet taken, so a thread
/// whose slices run slow does not leave the others waiting at the end, and results land by index.
package enum ParallelMap {
    /// The number of threads used when none is asked for: the active processor count.
    package static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    package static func run<T, R>(_ items: [T], jobs: Int, _ transform: (T) -> R) -> [R] {
        guard jobs > 1, items.count > 1 else { return items.map(transform) }
        let slice = max(1, items.count / (jobs * 32))
        let slices = (items.count + slice - 1) / slice
        let next = SliceCounter()
        return [R](unsafeUninitializedCapacity: items.count) { buffer, initialized in
            let base = buffer.baseAddress!
            withoutActuallyEscaping(transform) { transform in
                DispatchQueue.concurrentPerform(iterations: min(jobs, slices)) { _ in
                    while let s = next.take(below: slices) {
                        for i in (s * slice)..<min(items.count, (s + 1) * slice) { (base + i).initialize(to: transform(items[i])) }
                    }
                }
            }
            initialized = items.count // every index was written above
        }
    }
}

/// Hands out slice numbers, each once.
private final class SliceCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below count: Int) -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
