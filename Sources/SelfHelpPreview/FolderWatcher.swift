import Foundation
import SelfHelpKit

/// Notices edited, added and deleted articles by looking at the folder each time it is asked (the
/// preview asks twice a second): size, modification and change times and inode of each `*.md`
/// file. No platform API is needed, and a change shows at the next look.
final class FolderWatcher: @unchecked Sendable {
    struct Stamp: Equatable {
        var size: Int
        var modified: timespec
        var changed: timespec
        var inode: UInt

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.size == b.size && a.inode == b.inode && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
        }

        static func of(_ path: String) -> Stamp? {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            return Stamp(size: Int(info.st_size), modified: info.st_mtim, changed: info.st_ctim, inode: UInt(info.st_ino))
        }
    }

    let root: String
    private var stamps: [String: Stamp] = [:]

    init(root: String) {
        self.root = root
        stamps = scan()
    }

    /// The files (paths as walked: `root/…`) added, changed or removed since the last call.
    func changes() -> Set<String> {
        let now = scan()
        var changed: Set<String> = []
        for (path, stamp) in now where stamps[path] != stamp { changed.insert(path) }
        for path in stamps.keys where now[path] == nil { changed.insert(path) }
        stamps = now
        return changed
    }

    private func scan() -> [String: Stamp] {
        var result: [String: Stamp] = [:]
        for file in ArticleLoader.articleFiles(in: [root]).files {
            if let stamp = Stamp.of(file) { result[file] = stamp }
        }
        return result
    }
}
