import SelfHelpKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes LSP base-protocol frames to a file descriptor. A peer that went away is not an error:
/// the writes fail quietly (SIGPIPE is ignored) and the reader sees the end of input.
final class MessageWriter {
    private let descriptor: Int32

    init(descriptor: Int32) {
        self.descriptor = descriptor
        signal(SIGPIPE, SIG_IGN)
    }

    func send(_ message: JSONOutput) {
        var body: [UInt8] = []
        message.write(to: &body)
        var frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame += body
        var written = 0
        while written < frame.count {
            let n = frame.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if n > 0 { written += n; continue }
            if n < 0, errno == EINTR { continue }
            return
        }
    }
}
