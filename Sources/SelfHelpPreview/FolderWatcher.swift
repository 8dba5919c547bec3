import Foundation
import SelfHelpBuild
import SelfHelpKit

/// Notices edited, added and deleted articles by looking at the folder each time it is asked (the
/// preview asks twice a second): the ``FileSignature`` (size, modification and change times,
/// inode) of each `*.md` file, as the build compares them. No platform API is needed, and a
/// change shows at the next look.
final class FolderWatcher: @unchecked Sendable {
    let root: String
    private var signatures: [String: String] = [:]

    init(root: String) {
        self.root = root
        signatures = scan()
    }

    /// The files (paths as walked: `root/…`) added, changed or removed since the last call.
    func changes() -> Set<String> {
        let now = scan()
        var changed: Set<String> = []
        for (path, signature) in now where signatures[path] != signature { changed.insert(path) }
        for path in signatures.keys where now[path] == nil { changed.insert(path) }
        signatures = now
        return changed
    }

    private func scan() -> [String: String] {
        var result: [String: String] = [:]
        for file in ArticleLoader.articleFiles(in: [root]).files {
            if let signature = FileSignature.of(file) { result[file] = signature }
        }
        return result
    }
}
