import SelfHelpKit
import Dispatch

/// Work started on another thread now and collected later (or done at once when disabled, for
/// a build limited to one job). ``result()`` waits for it and rethrows its error.
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

    /// The work's value, once it is done.
    @discardableResult
    func result() throws -> Value {
        group.wait()
        // Set before the group was left (or in init): the wait orders the write before this read.
        guard let outcome else { throw ToolError(.writeFailed, path: nil, message: "internal error: background work ended without a result") }
        return try outcome.get()
    }
}

/// Lets go of `value` on another thread: freeing a large knowledge base's facts and records
/// (hundreds of thousands of strings and arrays) takes tens of milliseconds the caller need not
/// wait for.
package func releaseInBackground<Value>(_ value: consuming Value) {
    let box = ReleasedValue(value)
    DispatchQueue.global(qos: .utility).async { box.value = nil }
}

/// A value handed to another thread to be freed there (``releaseInBackground(_:)``).
private final class ReleasedValue<Value>: @unchecked Sendable {
    var value: Value?
    init(_ value: consuming Value) { self.value = value }
}
