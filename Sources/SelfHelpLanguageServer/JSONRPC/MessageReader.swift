#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads LSP base-protocol frames (`Content-Length: N\r\n\r\n` then N bytes of JSON) from a file
/// descriptor.
///
/// A frame whose header cannot be read is reported as ``Frame/malformed(_:)`` and skipped: the
/// reader drops bytes up to the next `Content-Length:` and goes on, so one bad message never ends
/// the session. End of input (or an error reading it) in the middle of a frame is ``Frame/end``.
struct MessageReader {
    enum Frame: Equatable {
        case message([UInt8])
        case malformed(String)
        case end
    }

    /// The largest message accepted (a whole article buffer fits many times over).
    static let maximumLength = 512 << 20

    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Whether a whole frame is already buffered (more input is waiting to be handled).
    var hasBufferedFrame: Bool {
        guard let (headerEnd, length) = try? header(), let headerEnd else { return false }
        return buffer.count - headerEnd >= (length ?? 0)
    }

    /// The next frame, reading as much input as it needs.
    mutating func next() -> Frame {
        while true {
            do {
                let (headerEnd, length) = try header()
                if let headerEnd, let length, buffer.count - headerEnd >= length {
                    let body = Array(buffer[headerEnd..<(headerEnd + length)])
                    start = headerEnd + length
                    compact()
                    return .message(body)
                }
            } catch let problem as HeaderProblem {
                resynchronize()
                return .malformed(problem.message)
            } catch {
                return .malformed("\(error)")
            }
            if ended || !fill() {
                ended = true
                return .end
            }
        }
    }

    private struct HeaderProblem: Error {
        var message: String
    }

    /// The offset where the body starts and its length, once the header is buffered.
    private func header() throws -> (Int?, Int?) {
        let crlfcrlf: [UInt8] = [13, 10, 13, 10]
        var i = start
        while i + 4 <= buffer.count {
            if buffer[i] == 13, buffer[i + 1] == 10, buffer[i + 2] == 13, buffer[i + 3] == 10 { break }
            i += 1
        }
        guard i + 4 <= buffer.count, Array(buffer[i..<(i + 4)]) == crlfcrlf else {
            if buffer.count - start > 8192 { throw HeaderProblem(message: "a message header longer than 8 KiB without an end") }
            return (nil, nil)
        }
        let text = String(decoding: buffer[start..<i], as: UTF8.self)
        var length: Int?
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) {
            guard let colon = line.firstIndex(of: ":") else {
                throw HeaderProblem(message: "a message header line without a colon: \(line.prefix(80))")
            }
            let name = line[..<colon].trimmingWhitespace().lowercased()
            let value = line[line.index(after: colon)...].trimmingWhitespace()
            if name == "content-length" {
                guard let n = Int(value), n >= 0 else { throw HeaderProblem(message: "Content-Length is not a number: \(value.prefix(40))") }
                guard n <= MessageReader.maximumLength else { throw HeaderProblem(message: "a message of \(n) bytes is over the limit of \(MessageReader.maximumLength)") }
                length = n
            }
        }
        guard let length else { throw HeaderProblem(message: "a message header without Content-Length") }
        return (i + 4, length)
    }

    /// Drops the bad header: everything up to the next `Content-Length:` after it.
    private mutating func resynchronize() {
        let marker = Array("Content-Length:".utf8)
        var i = start + 1
        while i + marker.count <= buffer.count {
            if buffer[i] == marker[0], Array(buffer[i..<(i + marker.count)]) == marker { break }
            i += 1
        }
        start = min(i, buffer.count)
        if start + marker.count > buffer.count { start = buffer.count }
        compact()
    }

    private mutating func compact() {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
    }

    /// Reads more input; false at end of input.
    private mutating func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n > 0 {
                buffer.append(contentsOf: chunk[0..<n])
                return true
            }
            if n < 0, errno == EINTR { continue }
            return false
        }
    }
}

private extension Substring {
    func trimmingWhitespace() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
