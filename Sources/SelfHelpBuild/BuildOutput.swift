import SelfHelpKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes build outputs: atomically (temp file + rename) and only when the bytes differ, so an
/// unchanged output keeps its modification time and an interrupted build never leaves a
/// half-written file where a complete one stood.
///
/// Files are not flushed one by one (thousands of `fsync`s would dominate a build on disk):
/// ``flush()`` flushes them all at once, before the build records them in its manifest.
/// Safe to use from several threads for different files.
struct BuildOutput: Sendable {
    let root: String
    /// Whether outputs may already exist (a previous build): when false, files are written
    /// without first checking what they hold.
    var compareExisting = true

    func path(_ relative: String) -> String { root.hasSuffix("/") ? root + relative : root + "/" + relative }

    /// Writes `bytes` to `relative` unless the file already holds exactly them. Returns whether
    /// it wrote. The folder must exist (``createFolders(for:)``).
    @discardableResult
    func write(_ bytes: [UInt8], to relative: String) throws -> Bool {
        let full = path(relative)
        if compareExisting, holds(bytes, full) { return false }
        try AtomicFile.write(bytes, to: full, durable: false, mayExist: compareExisting)
        return true
    }

    /// Creates the output folder and the folders of the given output files (each once, parents first).
    func createFolders(for relativePaths: [String]) throws {
        try createFolders(relativePaths.map(RelativePath.folder(of:)).filter { !$0.isEmpty })
    }

    /// Creates the output's root and the folders at `relativeFolders` where they are missing.
    func createFolders(_ relativeFolders: [String]) throws {
        for full in [root] + Set(relativeFolders).sorted().map(path) {
            var info = stat()
            if stat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { continue }
            do {
                try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
            } catch {
                throw ToolError(.writeFailed, path: full, message: "cannot create the folder: \(error.localizedDescription)")
            }
        }
    }

    /// Removes the temporary files an interrupted build left (`.NAME.tmp-…` from ``AtomicFile``,
    /// `.NAME.….tmp` from the search index) in the folder `relative` (the whole output when
    /// empty) and, when `descending`, below: hidden files, so they are never outputs.
    func removeLeftoverTemporaryFiles(under relative: String = "", descending: Bool = true) {
        var pending = [relative.isEmpty ? root : path(relative)]
        while let folder = pending.popLast() {
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in entries {
                let full = folder + "/" + name
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                if (info.st_mode & S_IFMT) == S_IFDIR {
                    if descending { pending.append(full) }
                } else if name.hasPrefix("."), name.contains(".tmp-") || name.hasSuffix(".tmp") {
                    unlink(full)
                }
            }
        }
    }

    /// Flushes every output written so far to disk.
    func flush() {
        AtomicFile.syncFileSystem(containing: root)
    }

    func read(_ relative: String) -> [UInt8]? {
        try? FileContents.read(path(relative))
    }

    /// The size of the regular file `relative`, or nil when there is none.
    func size(of relative: String) -> Int? {
        var info = stat()
        guard stat(path(relative), &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    func exists(_ relative: String) -> Bool {
        var info = stat()
        return stat(path(relative), &info) == 0
    }

    /// Removes an output and the folders it leaves empty (up to the output root).
    func remove(_ relative: String) {
        try? FileManager.default.removeItem(atPath: path(relative))
        var folder = (relative as NSString).deletingLastPathComponent
        while !folder.isEmpty, let entries = try? FileManager.default.contentsOfDirectory(atPath: path(folder)), entries.isEmpty {
            try? FileManager.default.removeItem(atPath: path(folder))
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    /// Whether the regular file at `full` holds exactly `bytes` (a size check first, so a new or
    /// resized output costs one `stat`).
    private func holds(_ bytes: [UInt8], _ full: String) -> Bool {
        var info = stat()
        guard stat(full, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else { return false }
        return (try? FileContents.read(full, limit: bytes.count)) == bytes
    }
}
