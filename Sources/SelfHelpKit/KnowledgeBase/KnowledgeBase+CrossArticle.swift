import Foundation

extension KnowledgeBase {
    /// Runs checks that need every article at once: duplicate ids, relative links and images
    /// that point nowhere, and the like. To run the validation's rules, call
    /// ``Validator/validate(_:jobs:)`` with the knowledge base; this hook is for checks of your own:
    ///
    /// ```swift
    /// let untitled = kb.runCrossArticleChecks { articles, _ in articles.filter { $0.title == nil }.map(\.path) }
    /// ```
    ///
    /// The knowledge base implements no rule itself. `check` receives the articles in path
    /// order and ``fileExists(_:)``, which answers from the loaded articles first and the
    /// file system second (so an in-memory knowledge base can still resolve its own links).
    ///
    /// - Returns: What `check` returns.
    public func runCrossArticleChecks<Finding>(_ check: ([Article], _ fileExists: (String) -> Bool) -> [Finding]) -> [Finding] {
        check(articles, fileExists)
    }

    /// Whether a file exists: one of this knowledge base's articles (by the path it was parsed
    /// with, or its relative path), or any other file on disk (images, for instance).
    /// Paths are compared as given: callers resolve `..` and anchors first.
    public func fileExists(_ path: String) -> Bool {
        if index.byPath[path] != nil { return true }
        if index.articlePaths.contains(path) { return true }
        return FileManager.default.fileExists(atPath: path)
    }
}
