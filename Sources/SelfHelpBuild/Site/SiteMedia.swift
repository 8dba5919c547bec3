import Foundation
import SelfHelpKit

/// Copies the files articles link to relatively (images, PDFs…) into the output, at the same place
/// below `articles/` as below the knowledge base, so the pages' relative links load.
///
/// Each file once, however many articles link to it, and only when the copy is missing or differs
/// in size or is older than the original: an unchanged file costs two `stat`s. A file that does not
/// exist, is not a regular file, or resolves (through symbolic links) outside the knowledge base is
/// not copied (a missing one is the `link-broken` finding). Copies are written like every output:
/// to a temporary file, then renamed.
struct SiteMedia {
    let knowledgeBase: String
    let output: BuildOutput


    /// Copies the files `entries` link to, and removes the copies a previous build made that no
    /// article links to now; returns how many were copied. A linked file that would take the place
    /// of an article's page or JSON rendering is not copied.
    @discardableResult
    func copy(_ entries: [SiteEntry]) throws -> Int {
        var files = Set<String>()
        for entry in entries { files.formUnion(entry.linkedFiles) }
        let outputs = ArticleOutputNames(articlePaths: Set(entries.map(\.path)))
        let root = OutputPlacement.resolved(knowledgeBase)
        var copied = 0
        var present: [String] = []
        for file in files.sorted() {
            let target = BuildFolder.articles.path + "/" + file
            guard !outputs.contains(target) else { continue }
            // A file that is not there (a broken link: thousands, in some knowledge bases) costs one
            // `stat`, not the resolving of its path.
            let linked = (knowledgeBase as NSString).appendingPathComponent(file)
            guard let original = Self.status(linked), (original.st_mode & S_IFMT) == S_IFREG else { continue }
            let resolved = OutputPlacement.resolved(linked)
            guard resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/") else { continue }
            present.append(target)
            if let copy = Self.status(output.path(target)), copy.st_size == original.st_size, Self.modified(copy) >= Self.modified(original) { continue }
            guard let bytes = try? FileContents.read(resolved) else { continue }
            try output.createFolders(for: [target])
            try output.write(bytes, to: target)
            copied += 1
        }
        let kept = Set(present)
        let previous = output.read(BuildFile.siteMediaList.path).map { String(decoding: $0, as: UTF8.self).split(separator: "\n").map(String.init) } ?? []
        for target in previous where !kept.contains(target) && !outputs.contains(target) && target.hasPrefix(BuildFolder.articles.path + "/") && !target.contains("..") {
            output.remove(target)
        }
        try output.write(Array(present.map { $0 + "\n" }.joined().utf8), to: BuildFile.siteMediaList.path)
        return copied
    }

    private static func modified(_ info: stat) -> Int {
        #if canImport(Darwin)
        return Int(info.st_mtimespec.tv_sec)
        #else
        return Int(info.st_mtim.tv_sec)
        #endif
    }

    private static func status(_ path: String) -> stat? {
        var info = stat()
        return stat(path, &info) == 0 ? info : nil
    }
}

/// Whether a file below the output folder is one of the articles' outputs, without listing
/// every article's outputs.
private struct ArticleOutputNames {
    let articlePaths: Set<String>

    func contains(_ output: String) -> Bool {
        guard let dot = output.lastIndex(of: "."), output.hasPrefix(BuildFolder.articles.path + "/") else { return false }
        let stem = String(output[output.index(output.startIndex, offsetBy: BuildFolder.articles.path.count + 1)..<dot])
        // An output's stem is its article's path without `.md`, or the whole path when it has no `.md`.
        return [stem + ".md", stem].contains { articlePaths.contains($0) && ArticleOutputs(articlePath: $0).all.contains(output) }
    }
}
