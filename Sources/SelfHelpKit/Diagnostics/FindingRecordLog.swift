import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a ``FindingList`` keeps its findings' records: an append-only log of bytes, shared by
/// the copies of a list (each copy's runs name their own byte ranges in it, so appends through
/// one copy never touch another's).
///
/// A log made with a spill folder keeps at most its threshold (by default ``spillThreshold``) of
/// bytes in memory: past that, what it holds is written to a file of its own in that folder and
/// read back (`pread`) when a run is asked for. The file is unlinked as soon as it is made, so it
/// goes when the log does; a process killed in the microseconds between the two leaves a
/// `.findings.tmp-…` file, which a build removes with an interrupted build's other temporary
/// files. A build's findings
/// (some 400 bytes of records an article, tens of megabytes at scale) are thus not part of its
/// peak. When the file cannot be made or written, the log keeps its bytes in memory: spilling
/// saves memory, it is never a reason to fail.
package final class FindingRecordLog: @unchecked Sendable {
    /// The bytes a spilling log holds in memory, by default, before it writes them to its file.
    package static let spillThreshold = 1 << 20

    /// Reads share it (a site's threads read many runs at once), appends take it alone.
    private let lock = ReadWriteLock()
    /// The folder the spill file is made in; nil: the log stays in memory.
    private let spillFolder: String?
    /// The bytes held in memory before they are written to the spill file.
    private let threshold: Int
    /// The spill file's descriptor, once made (-1 before, or when it could not be).
    private var file: Int32 = -1
    /// How many of the log's first bytes are in the file.
    private var spilled = 0
    /// The log's bytes after the first ``spilled``.
    private var memory: [UInt8] = []
    /// Whether the spill file could not be made or written: the log then stays in memory.
    private var spillFailed = false

    /// A log in memory, or one that spills to a file in `spillFolder` (an existing folder) once
    /// it holds `threshold` bytes in memory.
    package init(spillingTo spillFolder: String? = nil, threshold: Int = FindingRecordLog.spillThreshold) {
        self.spillFolder = spillFolder
        self.threshold = threshold
    }

    deinit {
        if file >= 0 { close(file) }
    }

    /// How many bytes the log holds.
    package var count: Int {
        lock.reading { spilled + memory.count }
    }

    /// Whether part of the log is in its spill file.
    package var hasSpilled: Bool {
        lock.reading { spilled > 0 }
    }

    /// Appends `bytes`; returns where they are in the log.
    @discardableResult
    package func append(_ bytes: some Collection<UInt8>) -> Range<Int> {
        lock.writing {
            let start = spilled + memory.count
            memory.append(contentsOf: bytes)
            if memory.count >= threshold, !spillFailed { spill() }
            return start..<(spilled + memory.count)
        }
    }

    /// The bytes at `range` (within ``count``).
    package func read(_ range: Range<Int>) -> [UInt8] {
        lock.reading {
            precondition(range.lowerBound >= 0 && range.upperBound <= spilled + memory.count, "a range past the finding log's end")
            var bytes = [UInt8](repeating: 0, count: range.count)
            let fromFile = max(0, min(range.upperBound, spilled) - range.lowerBound)
            var read = 0
            while read < fromFile {
                let done = bytes.withUnsafeMutableBytes { pread(file, $0.baseAddress! + read, fromFile - read, off_t(range.lowerBound + read)) }
                if done < 0, errno == EINTR { continue }
                // The log wrote these bytes itself; a file that cannot give them back is a broken disk.
                precondition(done > 0, "the findings' spill file could not be read back: \(String(cString: strerror(errno)))")
                read += done
            }
            if fromFile < range.count {
                let start = range.lowerBound + fromFile - spilled
                bytes.replaceSubrange(fromFile..., with: memory[start..<(range.upperBound - spilled)])
            }
            return bytes
        }
    }

    /// Writes the bytes in memory to the spill file (made on the first call, in the spill folder);
    /// when the file cannot be made or written, the bytes stay in memory and the log stops trying.
    /// Called with the lock held for writing.
    private func spill() {
        guard let spillFolder else {
            spillFailed = true
            return
        }
        if file < 0 {
            // `.NAME.tmp-…`: what a build removes as an interrupted build's leftover.
            var template = Array("\(spillFolder)/.findings.tmp-XXXXXX".utf8CString)
            file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard file >= 0 else {
                spillFailed = true
                return
            }
            _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
        }
        var written = 0
        while written < memory.count {
            let done = memory.withUnsafeBytes { pwrite(file, $0.baseAddress! + written, $0.count - written, off_t(spilled + written)) }
            guard done > 0 else { break }
            written += done
        }
        // Bytes that reached the file only in part stay in memory (the file's are never read).
        guard written == memory.count else {
            spillFailed = true
            return
        }
        spilled += written
        memory.removeAll(keepingCapacity: true)
    }
}
