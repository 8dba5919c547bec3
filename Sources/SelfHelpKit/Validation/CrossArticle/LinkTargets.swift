import Foundation

/// The `fileExists` of cross-article checks over facts: a link's target is one of the articles
/// (known without a look at the disk) or another file, looked up below `root` (nil: as named)
/// once per check, however many articles link to it (a knowledge base's articles share images).
package enum LinkTargets {
    package static func exist(articles: Set<String>, below root: String?) -> @Sendable (String) -> Bool {
        let files = KnownFiles()
        return { path in
            articles.contains(path) || files.exists(root.map { ($0 as NSString).appendingPathComponent(path) } ?? path)
        }
    }
}

/// Whether files exist, each looked up once.
private final class KnownFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: Bool] = [:]

    func exists(_ path: String) -> Bool {
        if let answer = lock.withLock({ known[path] }) { return answer }
        let answer = FileManager.default.fileExists(atPath: path)
        lock.withLock { known[path] = answer }
        return answer
    }
}
