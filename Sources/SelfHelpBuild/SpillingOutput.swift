/// One output being written (an article's JSON rendering, its page): kept in memory while it is
/// small and, when it was given a file, moved to that file a piece at a time once it passes
/// ``threshold``, so that a large article's outputs (each several times its size) are never one
/// buffer. The file is written as ``StreamingFile`` writes (a temporary file put in place unless
/// the file there already holds the same bytes).
///
/// The writer appends to its own buffer and calls ``spill(_:)`` where a piece ends (between
/// members, sections, chunks, findings); ``finish(_:)`` gives the output.
final class SpillingOutput {
    /// The output once written: its bytes, or the file that holds them.
    enum Written {
        case bytes([UInt8])
        /// `count` bytes in the file at `path` (an absolute path), which was put in place.
        case file(path: String, count: Int)
        /// The bytes in a scratch file, never put in place (removed when the last reference goes).
        case scratch(StreamingFile)

        /// The output's length in bytes.
        var count: Int {
            switch self {
            case .bytes(let bytes): return bytes.count
            case .file(_, let count): return count
            case .scratch(let file): return file.count
            }
        }
    }

    /// A buffer of at least this many bytes is moved to the file.
    static let threshold = 1 << 20

    private let path: String?
    private let isScratch: Bool
    private var file: StreamingFile?
    private var spilled = 0
    /// The first error writing the file (the writers' closures do not throw): ``finish(_:)`` throws it.
    private var failure: Error?

    /// An output written to the file at `path` once large; nil: always kept in memory. A
    /// `scratch` output is never put in place: its bytes are for a feed to copy
    /// (``StreamingFile/append(_:)``), from a hidden temporary file beside `path`.
    init(file path: String?, scratch: Bool = false) {
        self.path = path
        isScratch = scratch
    }

    /// Moves `buffer` to the file when it has reached ``threshold`` (and leaves it empty, its
    /// capacity kept); does nothing when the line has no file.
    func spill(_ buffer: inout [UInt8]) {
        guard let path, buffer.count >= Self.threshold, failure == nil else { return }
        do {
            if file == nil { file = try StreamingFile(path) }
            try file?.append(buffer)
            spilled += buffer.count
        } catch {
            failure = error
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// The whole output, `buffer` being its end: in memory when nothing was moved to the file,
    /// else the file, finished and put in place (or, for a scratch output, as it is).
    func finish(_ buffer: [UInt8]) throws -> Written {
        if let failure { throw failure }
        guard let path, let file else { return .bytes(buffer) }
        try file.append(buffer)
        if isScratch { return .scratch(file) }
        try file.finish()
        return .file(path: path, count: spilled + buffer.count)
    }
}
