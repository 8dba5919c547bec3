import Dispatch
import Foundation

/// Maps over an array on `jobs` threads, keeping the results in input order. Each worker takes
/// every `jobs`-th slice of the input, so no locks are needed and results land by index.
enum ParallelMap {
    static func run<T, R>(_ items: [T], jobs: Int, _ transform: (T) -> R) -> [R] {
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

    /// Runs `task(0..<count)` on up to `jobs` threads, each taking the next index when it is
    /// free (for a few tasks of unequal length), keeping the results in index order.
    static func dynamic<R>(_ count: Int, jobs: Int, _ task: (Int) -> R) -> [R] {
        guard jobs > 1, count > 1 else { return (0..<count).map(task) }
        var results = [R?](repeating: nil, count: count)
        let lock = NSLock()
        var next = 0
        results.withUnsafeMutableBufferPointer { buffer in
            let base = buffer
            withoutActuallyEscaping(task) { task in
                DispatchQueue.concurrentPerform(iterations: min(jobs, count)) { _ in
                    while true {
                        lock.lock()
                        let index = next
                        next += 1
                        lock.unlock()
                        guard index < count else { return }
                        base[index] = task(index)
                    }
                }
            }
        }
        return results.map { $0! } // every index was written above
    }
}
