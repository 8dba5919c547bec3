#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says of a file that changes whenever the file is written or replaced: size,
/// modification and change times (nanoseconds) and inode. Builds and the live preview's watcher
/// compare signatures to notice that a file was touched without reading it.
package enum FileSignature {
    /// The signature of the file at `path` (tab-separated), or nil when it cannot be `stat`ed.
    package static func of(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return of(info)
    }

    /// The signature of the file `info` describes.
    package static func of(_ info: stat) -> String {
        #if canImport(Darwin)
        let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
        #else
        let (modified, changed) = (info.st_mtim, info.st_ctim)
        #endif
        return "\(info.st_size)\t\(modified.tv_sec).\(modified.tv_nsec)\t\(changed.tv_sec).\(changed.tv_nsec)\t\(info.st_ino)"
    }
}
