import Foundation

/// The `fileExists` of cross-article checks over facts: a link's target is one of the articles
/// (known without a look at the disk) or another file, looked up below `root` (nil: as named).
package enum LinkTargets {
    package static func exist(articles: Set<String>, below root: String?) -> @Sendable (String) -> Bool {
        { path in
            articles.contains(path) || FileManager.default.fileExists(atPath: root.map { ($0 as NSString).appendingPathComponent(path) } ?? path)
        }
    }
}
