#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fuzzing helpers, compiled into the fuzz build only (see scripts/fuzz.sh and Docs/robustness.md).
///
/// A fuzz target checks a property with ``fuzzCheck(_:_:)``: when the property fails it prints
/// what went wrong and aborts, which libFuzzer records as a crash and saves the input
/// (`crash-<sha1>` in the working folder) so it can become a regression test.
enum Fuzz {
    /// The fuzzer's bytes as an array (copied: the fuzzer owns `data`).
    static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }
}

/// Aborts with `message` when `condition` is false (a property violation is a finding).
@inline(never)
func fuzzCheck(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
               file: StaticString = #fileID, line: UInt = #line) {
    if condition() { return }
    let text = "fuzz property failed at \(file):\(line): \(message())\n"
    _ = text.withCString { fputs($0, stderr) }
    abort()
}

/// Whether a source range is well formed and lies within `0...size` bytes of the text.
func rangeIsInside(_ range: SourceRange, _ source: SourceText) -> Bool {
    let size = source.bytes.count
    return range.start.offset >= 0 && range.start.offset <= range.end.offset && range.end.offset <= size
        && range.start.line >= 1 && range.end.line <= max(1, source.lineStarts.count)
        && range.start.column >= 1 && range.end.column >= 1
}
