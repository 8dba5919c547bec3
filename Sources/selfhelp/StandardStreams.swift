#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered standard output: large outputs are written in big chunks, not a line at a time.
struct StandardOutput {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    /// Writes text; a large text goes out directly from its own storage, without a copy.
    mutating func write(_ text: String) {
        guard text.utf8.count >= 1 << 16 else {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 16 { flush() }
            return
        }
        flush()
        var text = text
        text.withUTF8 { StandardOutput.writeAll(UnsafeRawBufferPointer($0)) }
    }

    /// Writes bytes; a large block goes out directly, without being copied into the buffer.
    mutating func write(_ bytes: [UInt8]) {
        guard bytes.count >= 1 << 16 else {
            buffer.append(contentsOf: bytes)
            if buffer.count >= 1 << 16 { flush() }
            return
        }
        flush()
        bytes.withUnsafeBytes { StandardOutput.writeAll($0) }
    }

    mutating func flush() {
        buffer.withUnsafeBytes { StandardOutput.writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private static func writeAll(_ raw: UnsafeRawBufferPointer) {
        var written = 0
        while written < raw.count {
            let n = Glibc.write(1, raw.baseAddress! + written, raw.count - written)
            if n <= 0 { break }
            written += n
        }
    }
}

/// Messages for people on standard error.
enum StandardError {
    static func print(_ text: String) {
        let line = text + "\n"
        _ = line.withCString { fputs($0, stderr) }
    }

    /// Whether standard error (or output) is a terminal, for colour and progress bars.
    static var isTerminal: Bool { isatty(2) != 0 }
}
