import SelfHelpKit
import Dispatch

/// Work started on another thread now and collected later (or done at once when disabled, for
/// a build limited to one job). ``result()`` waits for it and rethrows its error, once: it hands
/// the value over and keeps nothing, so a large value is freed by whoever took it (say, on
/// another thread), not with the task.
final class BackgroundTask<Value>: @unchecked Sendable {
    private var outcome: Result<Value, Error>?
    private let group = DispatchGroup()

    init(enabled: Bool, _ work: @escaping () throws -> Value) {
        guard enabled else {
            outcome = Result(catching: work)
            return
        }
        DispatchQueue.global().async(group: group) { [self] in
            outcome = Result(catching: work)
        }
    }

    /// The work's value, once it is done; the task keeps nothing after.
    @discardableResult
    func result() throws -> Value {
        group.wait()
        // Set before the group was left (or in init): the wait orders the write before this read.
        guard let outcome = outcome.take() else {
            throw ToolError(.writeFailed, path: nil, message: "internal error: background work ended without a result, or it was taken already")
        }
        return try outcome.get()
    }
}
