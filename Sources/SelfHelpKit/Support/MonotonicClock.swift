import Foundation

/// A monotonic clock, for the `--timing` tables (``RuleTimings``, and the build's steps): read
/// on Linux through the vDSO, about 20 ns a reading; never set back.
package enum MonotonicClock {
    /// The clock's reading, in nanoseconds.
    package static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// The nanoseconds since `start` (a reading of ``now()``).
    package static func since(_ start: UInt64) -> UInt64 {
        now() &- start
    }
}
