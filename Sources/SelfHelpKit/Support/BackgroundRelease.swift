import Dispatch

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
