import SelfHelpKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The line feeds of a build: `articles.jsonl` (one JSON rendering per article) and
/// `chunks.jsonl` (one line per chunk), in article path order.
enum Feed: CaseIterable {
    case articles, chunks

    /// The feed's file.
    var file: BuildFile {
        switch self {
        case .articles: return .articlesFeed
        case .chunks: return .chunksFeed
        }
    }
}

/// An output written as it is made (a feed as the articles stream by, the SARIF log, the
/// manifest): appended to a temporary file, moved into place by ``finish()`` unless the file
/// there already holds the same bytes (it then keeps its modification time). Memory holds one
/// buffer, not the file.
final class StreamingFile {
    private let path: String
    private let temporary: String
    private var handle: UnsafeMutablePointer<FILE>?
    /// Bytes written so far: where the next article's lines start.
    private(set) var count = 0
    /// Lines to copy from a previous feed, not copied yet: consecutive slices are copied as one.
    private var pending: (reader: FeedReader, offset: Int, count: Int)?

    init(_ path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-feed").path
        guard let handle = fopen(temporary, "wb") else {
            throw ToolError(.writeFailed, path: path, message: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        self.handle = handle
    }

    deinit { discard() }

    /// Appends bytes; returns where they start.
    @discardableResult
    func append(_ bytes: some Collection<UInt8>) throws -> Int {
        try copyPending()
        let start = count
        let written = bytes.withContiguousStorageIfAvailable { fwrite($0.baseAddress, 1, $0.count, handle) } ?? Array(bytes).withUnsafeBufferPointer {
            fwrite($0.baseAddress, 1, $0.count, handle)
        }
        guard written == bytes.count else { throw ToolError(.writeFailed, path: path, message: "cannot write: \(String(cString: strerror(errno)))") }
        count += bytes.count
        return start
    }

    /// Copies a slice of a previous feed (checked with ``FeedReader/holdsLines(_:)``); returns
    /// where it starts in this feed.
    func copy(_ slice: BuildManifest.FeedSlice, from reader: FeedReader) throws -> Int {
        let start = count
        if let run = pending, run.reader === reader, run.offset + run.count == slice.offset {
            pending = (reader, run.offset, run.count + slice.count)
        } else {
            try copyPending()
            pending = (reader, slice.offset, slice.count)
        }
        count += slice.count
        return start
    }

    private func copyPending() throws {
        guard let run = pending else { return }
        pending = nil
        try copy(from: run.reader.descriptor, at: run.offset, count: run.count,
                 shorter: ToolError(.writeFailed, path: path, message: "the previous feed changed while it was copied"))
    }

    /// Writes `count` bytes of the file open as `source`, from `offset`: in the kernel, or else a
    /// megabyte at a time through memory. `shorter` is the error when the source holds fewer.
    private func copy(from source: Int32, at offset: Int, count: Int, shorter: @autoclosure () -> ToolError) throws {
        guard let handle else { return }
        var offset = offset, left = count
        try Self.send(from: source, &offset, &left, to: handle, path: path)
        while left > 0 {
            let piece = min(left, 1 << 20)
            guard let bytes = FeedReader.read(source, at: offset, count: piece) else { throw shorter() }
            let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, handle) }
            guard written == piece else { throw ToolError(.writeFailed, path: path, message: "cannot write: \(String(cString: strerror(errno)))") }
            offset += piece
            left -= piece
        }
    }

    /// Appends everything written so far to `other` (a scratch file that is never put in place),
    /// a megabyte at a time.
    func append(contentsOf other: StreamingFile) throws {
        try other.copyPending()
        guard let source = other.handle, fflush(source) == 0 else {
            throw ToolError(.writeFailed, path: other.path, message: "cannot read back: \(String(cString: strerror(errno)))")
        }
        try append(fileAt: other.temporary, count: other.count, named: other.path)
    }

    /// Appends the first `count` bytes of the file at `file` (a line the build wrote to its own
    /// file first: ``SpillingOutput``), in the kernel or else a megabyte at a time; `name` is the
    /// path errors name.
    func append(fileAt file: String, count: Int, named name: String? = nil) throws {
        try copyPending()
        let source = open(file, O_RDONLY)
        guard source >= 0 else {
            throw ToolError(.writeFailed, path: name ?? file, message: "cannot read back: \(String(cString: strerror(errno)))")
        }
        defer { close(source) }
        try copy(from: source, at: 0, count: count, shorter: ToolError(.writeFailed, path: name ?? file, message: "the file ended early when read back"))
        self.count += count
    }

    /// Closes and removes the file, written for nothing or already copied (a scratch file).
    func discard() {
        guard let handle else { return }
        self.handle = nil
        fclose(handle)
        unlink(temporary)
    }

    /// Moves the finished feed into place.
    func finish() throws {
        try copyPending()
        guard let handle else { return }
        self.handle = nil
        let failed = fflush(handle) != 0
        fclose(handle)
        if !failed, StreamingFile.sameBytes(temporary, path) {
            unlink(temporary)
            return
        }
        guard !failed, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ToolError(.writeFailed, path: path, message: "cannot write: \(reason)")
        }
    }
}

extension StreamingFile {
    /// Copies bytes of the file open as `source` from `offset` to the end of `file` in the kernel
    /// (no copy through this process's memory), advancing `offset` and lowering `count` as it
    /// goes: the caller copies what is left (nothing unless the system cannot, or the source is
    /// shorter). `path` is the path errors name.
    static func send(from source: Int32, _ offset: inout Int, _ count: inout Int, to file: UnsafeMutablePointer<FILE>, path: String) throws {
        #if os(Linux)
        guard count > 0, fflush(file) == 0 else { return }
        let target = fileno(file)
        while count > 0 {
            var position = off_t(offset)
            let sent = sendfile(target, source, &position, count)
            guard sent > 0 else { break }
            offset += sent
            count -= sent
        }
        // The stream's own position follows the descriptor's, past the bytes sent.
        guard fseek(file, 0, SEEK_END) == 0 else {
            throw ToolError(.writeFailed, path: path, message: "cannot write: \(String(cString: strerror(errno)))")
        }
        #endif
    }

    /// Whether two files hold the same bytes (read a megabyte at a time from each).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var infoA = stat(), infoB = stat()
        guard stat(a, &infoA) == 0, stat(b, &infoB) == 0, (infoB.st_mode & S_IFMT) == S_IFREG, infoA.st_size == infoB.st_size else { return false }
        let fa = open(a, O_RDONLY), fb = open(b, O_RDONLY)
        defer {
            if fa >= 0 { close(fa) }
            if fb >= 0 { close(fb) }
        }
        guard fa >= 0, fb >= 0 else { return false }
        var bufferA = [UInt8](repeating: 0, count: 1 << 20), bufferB = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let readA = bufferA.withUnsafeMutableBytes { read(fa, $0.baseAddress, $0.count) }
            let readB = bufferB.withUnsafeMutableBytes { read(fb, $0.baseAddress, $0.count) }
            guard readA == readB, readA >= 0 else { return false }
            if readA == 0 { return true }
            guard bufferA[..<readA] == bufferB[..<readA] else { return false }
        }
    }
}

/// The previous build's feed, read one article's lines at a time: a rebuild copies the lines of
/// unchanged articles from it rather than rendering them again. Trusted only while its file
/// signature is the one the previous build recorded.
final class FeedReader {
    fileprivate let descriptor: Int32

    /// The feed at `path`, when its signature is `recorded`.
    init?(_ path: String, recorded: String?) {
        guard let recorded, FileSignature.of(path) == recorded else { return nil }
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// Whether `slice` is whole lines of the feed: inside it, after a line end (or at the start),
    /// and ending with a line end (or empty).
    func holdsLines(_ slice: BuildManifest.FeedSlice) -> Bool {
        guard slice.offset >= 0, slice.count >= 0 else { return false }
        if slice.offset > 0, byte(at: slice.offset - 1) != 0x0A { return false }
        return slice.count == 0 || byte(at: slice.offset + slice.count - 1) == 0x0A
    }

    /// The byte at `offset` (read without allocating: every unchanged article asks for two of each
    /// feed); nil when the feed is shorter.
    private func byte(at offset: Int) -> UInt8? {
        var byte: UInt8 = 0
        return pread(descriptor, &byte, 1, off_t(offset)) == 1 ? byte : nil
    }

    /// `count` bytes at `offset`; nil when the feed is shorter.
    func bytes(at offset: Int, count: Int) -> [UInt8]? {
        Self.read(descriptor, at: offset, count: count)
    }

    /// `count` bytes at `offset` of the file open as `descriptor`; nil when it is shorter.
    static func read(_ descriptor: Int32, at offset: Int, count: Int) -> [UInt8]? {
        guard offset >= 0, count >= 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: count)
        let read = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
        return read == count ? buffer : nil
    }
}
