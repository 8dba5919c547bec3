import SelfHelpKit
import Dispatch

/// Work done in order on a thread of its own while the caller goes on (the search index's
/// inserts while the next batch of articles renders). The first error stops the rest and is
/// thrown by ``finish()``.
final class SerialWork: @unchecked Sendable {
    private let queue = DispatchQueue(label: "selfhelp.serial-work")
    private var failure: Error?

    /// Queues `work` after what was queued before.
    func add(_ work: @escaping () throws -> Void) {
        queue.async { [self] in
            guard failure == nil else { return }
            do { try work() } catch { failure = error }
        }
    }

    /// Waits for every queued piece of work; throws the first error.
    func finish() throws {
        try queue.sync { if let failure { throw failure } }
    }
}
