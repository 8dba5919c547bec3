import Foundation

/// Finds article files and reads them from disk.
///
/// Folders are walked recursively for `*.md` files (in a stable, sorted order; hidden folders
/// and symbolic-link loops are skipped); a file named explicitly is read whatever its extension.
/// Reading never throws for a bad article, only for a file that cannot be read.
public enum ArticleLoader {
    /// The largest file read (larger files are a ``ToolError``): 256 MiB.
    public static let maximumFileSize = 256 << 20

    /// The article files under `paths`, sorted, with errors for paths that do not exist.
    public static func articleFiles(in paths: [String]) -> (files: [String], errors: [ToolError]) {
        var files: [String] = []
        var errors: [ToolError] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(ToolError(.notFound, path: path, message: "no such file or folder"))
                continue
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let (found, walkErrors) = walk(path)
            files += found
            errors += walkErrors
        }
        return (files, errors)
    }

    /// Walks a folder without following symbolic links to folders (no loops), collecting `*.md` files.
    static func walk(_ root: String) -> ([String], [ToolError]) {
        var files: [String] = []
        var errors: [ToolError] = []
        var pending = [root]
        let manager = FileManager.default
        while let folder = pending.popLast() {
            let entries: [String]
            do {
                entries = try manager.contentsOfDirectory(atPath: folder)
            } catch {
                errors.append(ToolError(.unreadable, path: folder, message: "cannot list the folder"))
                continue
            }
            for name in entries where !name.hasPrefix(".") {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                guard let attributes = try? manager.attributesOfItem(atPath: path), let type = attributes[.type] as? FileAttributeType else {
                    errors.append(ToolError(.unreadable, path: path, message: "cannot read the file's attributes"))
                    continue
                }
                switch type {
                case .typeDirectory:
                    pending.append(path)
                case .typeRegular:
                    if name.lowercased().hasSuffix(".md") { files.append(path) }
                case .typeSymbolicLink:
                    var isDirectory: ObjCBool = false
                    if manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue, name.lowercased().hasSuffix(".md") {
                        files.append(path)
                    }
                default:
                    break
                }
            }
        }
        return (files.sorted(), errors)
    }

    /// Reads and parses one file.
    ///
    /// - Throws: ``ToolError`` when the file cannot be opened or read, is a folder, or is
    ///   larger than ``maximumFileSize``. A damaged article is not an error: see its diagnostics.
    public static func load(_ path: String) throws -> Article {
        ArticleParser.parse(try readBytes(path), path: path)
    }

    /// Reads a file's bytes with the checks of ``load(_:)``.
    public static func readBytes(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ToolError(.notFound, path: path, message: "no such file")
        }
        if isDirectory.boolValue { throw ToolError(.unreadable, path: path, message: "is a folder, not an article file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ToolError(.unreadable, path: path, message: "cannot open the file for reading (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            let size = try handle.seekToEnd()
            if size > UInt64(maximumFileSize) {
                throw ToolError(.unreadable, path: path, message: "the file is \(size) bytes; the limit is \(maximumFileSize) bytes")
            }
            try handle.seek(toOffset: 0)
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch let error as ToolError {
            throw error
        } catch {
            throw ToolError(.unreadable, path: path, message: "cannot read the file: \(error.localizedDescription)")
        }
    }
}
