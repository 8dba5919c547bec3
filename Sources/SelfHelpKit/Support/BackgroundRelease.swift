import Dispatch

/// Lets go of `value` on another thread: freeing a large knowledge base's facts and records
/// (hundreds of thousands of strings and arrays) takes tens of milliseconds the caller need not
/// wait for. `then` runs on that thread once the value is freed (say, to give the pages back).
package func releaseInBackground<Value>(_ value: consuming Value, then: (@Sendable () -> Void)? = nil) {
    let box = ReleasedValue(value)
    DispatchQueue.global(qos: .utility).async {
        box.value = nil
        then?()
    }
}

/// A value handed to another thread to be freed there (``releaseInBackground(_:)``).
private final class ReleasedValue<Value>: @unchecked Sendable {
    var value: Value?
    init(_ value: consuming Value) { self.value = value }
}
