import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files atomically: readers see the old content or the new, never a half-written file.
public enum AtomicFile {
    /// Writes `bytes` to `path` through a temporary file in the same folder, then renames it over
    /// `path`.
    ///
    /// The temporary file is created exclusively (`O_EXCL`) and flushed with `fsync` when
    /// `durable`, and removed if anything fails. When `path` exists, its permission bits are
    /// kept (the temporary file is created 0600, then given them); a new file gets 0666 minus
    /// the umask. Symbolic links
    /// at `path` are replaced, not followed. Does not create missing folders.
    ///
    /// - Parameter durable: flush the file to disk before the rename, so that even a power cut
    ///   leaves the old or the new content. Without it, an interrupted *process* still never
    ///   leaves a partial file; a caller writing many files can flush them all at once instead
    ///   (``syncFileSystem(containing:)``), as `selfhelp build` does.
    /// - Throws: ``ToolError`` (`.writeFailed`) naming the path and the system's reason.
    public static func write(_ bytes: [UInt8], to path: String, durable: Bool = true) throws {
        try write(bytes, to: path, durable: durable, mayExist: true)
    }

    /// ``write(_:to:durable:)``; `mayExist` false skips looking for a file to keep the mode of
    /// (a build writing into a new folder).
    package static func write(_ bytes: [UInt8], to path: String, durable: Bool, mayExist: Bool) throws {
        let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { $0 == path.utf8.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path
        // The mode of the file being replaced; nil for a new file, which the kernel creates with
        // 0666 minus the umask.
        var keptMode: mode_t?
        var info = stat()
        if mayExist, lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
            keptMode = info.st_mode & 0o7777
        }
        var descriptor: Int32 = -1
        var temporary = ""
        for attempt in 0..<100 {
            temporary = folder + "/." + name + ".tmp-\(processIdentifier)-\(attempt)"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, keptMode == nil ? 0o666 : 0o600)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw failure(path, "cannot create a temporary file in \(folder)") }
        var closed = false
        defer {
            if !closed { close(descriptor) }
        }
        do {
            var written = 0
            try bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                while written < raw.count {
                    let n = Glibc.write(descriptor, base + written, raw.count - written)
                    if n < 0, errno == EINTR { continue }
                    guard n > 0 else { throw failure(path, "cannot write") }
                    written += n
                }
            }
            if let keptMode { guard fchmod(descriptor, keptMode) == 0 else { throw failure(path, "cannot set permissions") } }
            if durable { guard fsync(descriptor) == 0 else { throw failure(path, "cannot flush to disk") } }
            closed = true
            guard close(descriptor) == 0 else { throw failure(path, "cannot close") }
            guard rename(temporary, path) == 0 else { throw failure(path, "cannot rename the temporary file into place") }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Flushes every file written so far to disk, on every file system (`sync`).
    public static func syncFileSystems() {
        sync()
    }

    /// Flushes every file written so far on the file system that holds `path` to disk, at once:
    /// cheaper than an `fsync` per file when a program writes thousands of them.
    ///
    /// Uses `syncfs` on Linux, which flushes that file system only (a plain `sync` would wait for
    /// every disk of the machine); elsewhere, or when `path` cannot be opened, `sync`.
    public static func syncFileSystem(containing path: String) {
        #if os(Linux)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            defer { close(descriptor) }
            if let syncfs = linuxSyncfs, syncfs(descriptor) == 0 { return }
        }
        #endif
        sync()
    }

    #if os(Linux)
    /// glibc's `syncfs`, which the Glibc module does not export (it is declared for `_GNU_SOURCE` only).
    private static let linuxSyncfs: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()
    #endif

    private static let processIdentifier = getpid()

    static func failure(_ path: String, _ what: String) -> ToolError {
        let reason = String(cString: strerror(errno))
        return ToolError(.writeFailed, path: path, message: "\(what): \(reason)")
    }
}
