#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file straight into a byte array with `read(2)`: no `Data` in between, whose
/// conversion to `[UInt8]` went byte by byte and cost more than reading.
package enum FileContents {
    package enum Failure: Error {
        /// `open` failed; `errno` says why.
        case cannotOpen(Int32)
        /// The file is larger than the limit (its size).
        case tooLarge(Int)
        /// `read` failed; `errno` says why.
        case cannotRead(Int32)
    }

    /// The bytes of the file at `path`, or of at most `limit` bytes (a larger file throws `tooLarge`).
    /// A file that grows while it is read is read to its end, within the limit.
    package static func read(_ path: String, limit: Int = .max) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure.cannotOpen(errno) }
        defer { close(descriptor) }
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? max(0, Int(info.st_size)) : 0
        guard expected <= limit else { throw Failure.tooLarge(expected) }
        var bytes = [UInt8](repeating: 0, count: expected + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { throw Failure.tooLarge(count) }
                bytes += [UInt8](repeating: 0, count: max(4096, count))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { throw Failure.cannotRead(errno) }
            if n == 0 { break }
            count += n
        }
        guard count <= limit else { throw Failure.tooLarge(count) }
        bytes.removeSubrange(count...)
        return bytes
    }
}
