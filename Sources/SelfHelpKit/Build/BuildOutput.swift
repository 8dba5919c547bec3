import Foundation

/// Writes build outputs: atomically (temp file + rename) and only when the bytes differ, so an
/// unchanged output keeps its modification time and an interrupted build never leaves a
/// half-written file where a complete one stood.
struct BuildOutput {
    let root: String

    func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// Writes `bytes` to `relative` unless the file already holds exactly them. Returns whether it wrote.
    @discardableResult
    func write(_ bytes: [UInt8], to relative: String) throws -> Bool {
        let full = path(relative)
        if let existing = FileManager.default.contents(atPath: full), existing.count == bytes.count, [UInt8](existing) == bytes {
            return false
        }
        let folder = (full as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ToolError(.writeFailed, path: folder, message: "cannot create the folder: \(error.localizedDescription)")
        }
        try AtomicFile.write(bytes, to: full)
        return true
    }

    func read(_ relative: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path(relative)).map { [UInt8]($0) }
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path(relative)) }

    /// Removes an output and the folders it leaves empty (up to the output root).
    func remove(_ relative: String) {
        try? FileManager.default.removeItem(atPath: path(relative))
        var folder = (relative as NSString).deletingLastPathComponent
        while !folder.isEmpty, let entries = try? FileManager.default.contentsOfDirectory(atPath: path(folder)), entries.isEmpty {
            try? FileManager.default.removeItem(atPath: path(folder))
            folder = (folder as NSString).deletingLastPathComponent
        }
    }
}
