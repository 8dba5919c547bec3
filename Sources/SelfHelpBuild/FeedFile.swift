import SelfHelpKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The line feeds of a build: `articles.jsonl` (one JSON rendering per article) and
/// `chunks.jsonl` (one line per chunk), in article path order.
enum Feed: String, CaseIterable {
    case articles = "articles.jsonl"
    case chunks = "chunks.jsonl"
}

/// A feed written as the articles stream by: appended to a temporary file, moved into place by
/// ``finish()``. Memory holds one buffer, not the feed.
final class FeedWriter {
    private let path: String
    private let temporary: String
    private var handle: UnsafeMutablePointer<FILE>?
    /// Bytes written so far: where the next article's lines start.
    private(set) var count = 0

    init(_ path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-feed").path
        guard let handle = fopen(temporary, "wb") else {
            throw ToolError(.writeFailed, path: path, message: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        self.handle = handle
    }

    deinit {
        if let handle {
            fclose(handle)
            unlink(temporary)
        }
    }

    /// Appends bytes; returns where they start.
    @discardableResult
    func append(_ bytes: some Collection<UInt8>) throws -> Int {
        let start = count
        let written = bytes.withContiguousStorageIfAvailable { fwrite($0.baseAddress, 1, $0.count, handle) } ?? Array(bytes).withUnsafeBufferPointer {
            fwrite($0.baseAddress, 1, $0.count, handle)
        }
        guard written == bytes.count else { throw ToolError(.writeFailed, path: path, message: "cannot write: \(String(cString: strerror(errno)))") }
        count += bytes.count
        return start
    }

    /// Moves the finished feed into place.
    func finish() throws {
        guard let handle else { return }
        self.handle = nil
        let failed = fflush(handle) != 0
        fclose(handle)
        guard !failed, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ToolError(.writeFailed, path: path, message: "cannot write: \(reason)")
        }
    }
}

/// The previous build's feed, read one article's lines at a time: a rebuild copies the lines of
/// unchanged articles from it rather than rendering them again. Trusted only while its file
/// signature is the one the previous build recorded.
final class FeedReader {
    private let descriptor: Int32

    /// The feed at `path`, when its signature is `recorded`.
    init?(_ path: String, recorded: String?) {
        guard let recorded, FileSignature.of(path) == recorded else { return nil }
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// The bytes of `slice`, when they are whole lines (the byte before is a line end or the
    /// start, the last byte of a non-empty slice is a line end when `endsWithNewline`).
    func lines(_ slice: BuildManifest.FeedSlice, endsWithNewline: Bool) -> [UInt8]? {
        guard slice.offset >= 0, slice.count >= 0 else { return nil }
        let before = slice.offset > 0 ? 1 : 0
        var buffer = [UInt8](repeating: 0, count: slice.count + before)
        let read = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(slice.offset - before)) }
        guard read == buffer.count else { return nil }
        if before == 1, buffer[0] != 0x0A { return nil }
        if endsWithNewline, slice.count > 0, buffer.last != 0x0A { return nil }
        return Array(buffer.dropFirst(before))
    }
}
