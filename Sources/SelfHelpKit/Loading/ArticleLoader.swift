import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds article files and reads them from disk.
///
/// Folders are walked recursively for `*.md` files (in a stable, sorted order; hidden entries
/// are skipped, and symbolic links to folders are never followed, so a link loop cannot trap
/// the walk). A folder named `x.md` is walked like any folder. A `*.md` entry that is a broken
/// symbolic link, a FIFO, a socket or a device is reported as a ``ToolError`` and never opened.
/// A file named explicitly is read whatever its extension. Reading never throws for a bad
/// article, only for a file that cannot be read. Nothing here reads the targets of the links
/// *inside* an article. See Docs/robustness.md.
public enum ArticleLoader {
    /// The largest file read (larger files are a ``ToolError``): 256 MiB.
    public static let maximumFileSize = 256 << 20

    /// The article files under `paths`, sorted, with errors for paths that do not exist and for
    /// folders that hold no article file ("no articles found under PATH": a mistyped path in a
    /// CI step must not pass as an empty, clean knowledge base).
    public static func articleFiles(in paths: [String]) -> (files: [String], errors: [ToolError]) {
        let (found, errors) = foundFiles(in: paths)
        return (found.map(\.path), errors)
    }

    /// ``articleFiles(in:)`` with what the walk learnt of each file (a file named explicitly has no status).
    /// Folders are walked on `jobs` threads (``FolderWalk/articleFiles(under:jobs:)``).
    package static func foundFiles(in paths: [String], jobs: Int = ParallelMap.defaultJobs) -> (files: [FolderWalk.Found], errors: [ToolError]) {
        var files: [FolderWalk.Found] = []
        var errors: [ToolError] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(ToolError(.notFound, path: path, message: "no such file or folder"))
                continue
            }
            if !isDirectory.boolValue {
                files.append(FolderWalk.Found(path: path, status: nil))
                continue
            }
            let (found, walkErrors) = FolderWalk.articleFiles(under: path, jobs: jobs)
            files += found
            errors += walkErrors
            if found.isEmpty { errors.append(noArticles(under: path)) }
        }
        return (files, errors)
    }

    /// The error for a folder without any `*.md` file (hidden folders are not searched).
    public static func noArticles(under folder: String) -> ToolError {
        ToolError(.notFound, path: nil, message: "no articles found under \(folder) (no *.md file outside hidden folders)")
    }

    /// Walks a folder without following symbolic links to folders (no loops), collecting `*.md` files.
    static func walk(_ root: String) -> ([String], [ToolError]) {
        let (found, errors) = FolderWalk.articleFiles(under: root)
        return (found.map(\.path), errors)
    }

    /// Whether a file name ends in `.md`, in any case.
    static func hasMarkdownExtension(_ name: String) -> Bool {
        let tail = Array(name.utf8.suffix(3))
        return tail.count == 3 && tail[0] == UInt8(ascii: ".") && tail[1] | 0x20 == UInt8(ascii: "m") && tail[2] | 0x20 == UInt8(ascii: "d")
    }

    /// Reads and parses one file.
    ///
    /// - Throws: ``ToolError`` when the file cannot be opened or read, is a folder, or is
    ///   larger than ``maximumFileSize``. A damaged article is not an error: see its diagnostics.
    public static func load(_ path: String) throws -> Article {
        ArticleParser.parse(try readBytes(path), path: path)
    }

    /// ``readBytes(_:)`` as a result: every failure a ``ToolError``.
    public static func readResult(_ path: String) -> Result<[UInt8], ToolError> {
        Result(.unreadable, path: path) { try readBytes(path) }
    }

    /// Reads a file's bytes with the checks of ``load(_:)``.
    public static func readBytes(_ path: String) throws -> [UInt8] {
        // stat (following links) before opening: opening a FIFO would wait for a writer forever.
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw ToolError(.notFound, path: path, message: "no such file") }
            throw ToolError(.unreadable, path: path, message: "cannot read the file's attributes: \(String(cString: strerror(errno)))")
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw ToolError(.unreadable, path: path, message: "is a folder, not an article file")
        default: throw ToolError(.unreadable, path: path, message: "not a regular file (a FIFO, socket or device); not read")
        }
        do {
            return try FileContents.read(path, limit: maximumFileSize)
        } catch FileContents.Failure.cannotOpen {
            throw ToolError(.unreadable, path: path, message: "cannot open the file for reading (permission denied?)")
        } catch FileContents.Failure.tooLarge(let size) {
            throw ToolError(.unreadable, path: path, message: "the file is \(size) bytes; the limit is \(maximumFileSize) bytes")
        } catch FileContents.Failure.cannotRead(let code) {
            throw ToolError(.unreadable, path: path, message: "cannot read the file: \(String(cString: strerror(code)))")
        } catch {
            throw ToolError(.unreadable, path: path, message: "cannot read the file: \(error)")
        }
    }
}
