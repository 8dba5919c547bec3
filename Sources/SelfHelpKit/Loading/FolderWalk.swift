#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The walk of a knowledge-base folder for its `*.md` files (``ArticleLoader``'s rules: hidden
/// entries skipped, symbolic links to folders never followed, a `*.md` that is a broken link or
/// not a regular file reported). Entries are named relative to their folder's descriptor, and
/// only `*.md` files are `stat`ed (the folder listing says which entries are folders), so a
/// knowledge base with many media files costs a few system calls per article.
package enum FolderWalk {
    /// An article file the walk found.
    package struct Found: Sendable {
        package let path: String
        package init(path: String, status: stat?) {
            self.path = path
            self.status = status
        }
        /// What `lstat` said of it; nil for a symbolic link (whose target is read when the file is).
        package let status: stat?
    }

    /// The `*.md` files under `root`, sorted by path, and what could not be listed or looked at.
    /// The root is listed first, then its folders are walked side by side on `jobs` threads (a
    /// walk is mostly system calls: a listing per folder, a `stat` per article).
    package static func articleFiles(under root: String, jobs: Int = ParallelMap.defaultJobs) -> ([Found], [ToolError]) {
        let top = list([root], descending: false)
        var files = top.files, errors = top.errors
        for walk in ParallelMap.run(top.folders, jobs: jobs, { list([$0], descending: true) }) {
            files += walk.files
            errors += walk.errors
        }
        files.sort { $0.path < $1.path }
        return (files, errors)
    }

    /// The `*.md` files of `folders`, with every folder below them when `descending` (else those
    /// folders are returned, not listed), and what could not be listed or looked at.
    private static func list(_ folders: [String], descending: Bool) -> (files: [Found], errors: [ToolError], folders: [String]) {
        var files: [Found] = []
        var errors: [ToolError] = []
        var below: [String] = []
        var pending = folders
        func found(_ folder: String) {
            if descending { pending.append(folder) } else { below.append(folder) }
        }
        while let folder = pending.popLast() {
            guard let directory = opendir(folder) else {
                errors.append(ToolError(.unreadable, path: folder, message: "cannot list the folder"))
                continue
            }
            defer { closedir(directory) }
            let descriptor = dirfd(directory)
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: &entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
                }
                guard !name.hasPrefix(".") else { continue }
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                let isMarkdown = ArticleLoader.hasMarkdownExtension(name)
                // The listing's type spares a `stat` of folders and of files that are not articles.
                switch Int32(entry.pointee.d_type) {
                case Int32(DT_DIR):
                    found(path)
                    continue
                case Int32(DT_REG) where !isMarkdown:
                    continue
                default:
                    break
                }
                var info = stat()
                guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                    errors.append(ToolError(.unreadable, path: path, message: "cannot read the file's attributes"))
                    continue
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    found(path)
                case S_IFREG:
                    if isMarkdown { files.append(Found(path: path, status: info)) }
                case S_IFLNK:
                    guard isMarkdown else { continue }
                    var target = stat()
                    if stat(path, &target) != 0 {
                        errors.append(ToolError(.unreadable, path: path, message: "a symbolic link to a file that does not exist"))
                    } else if (target.st_mode & S_IFMT) != S_IFDIR {
                        files.append(Found(path: path, status: nil)) // checked again, and refused unless regular, when read
                    }
                default:
                    if isMarkdown {
                        errors.append(ToolError(.unreadable, path: path, message: "not a regular file (a FIFO, socket or device); not read"))
                    }
                }
            }
        }
        return (files, errors, below)
    }
}
