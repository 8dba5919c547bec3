/// How a cross-article finding names the other articles involved: each one, up to ``limit``, then
/// how many more. A knowledge base where hundreds of articles share an id gets findings of a
/// bounded size (naming every other article in every finding would grow with the square of them).
enum OtherArticles {
    static let limit = 5

    /// `` `a.md`, `b.md` `` (sorted paths, at most ``limit``, then "and N more").
    static func list(_ paths: [String]) -> String {
        let named = paths.prefix(limit).map { "`\($0)`" }.joined(separator: ", ")
        return paths.count > limit ? "\(named) and \(paths.count - limit) more" : named
    }

    /// One note per article named (`other article: a.md`), then one for the rest.
    static func notes(_ paths: [String]) -> [String] {
        paths.prefix(limit).map { "other article: \($0)" } + (paths.count > limit ? ["and \(paths.count - limit) other articles"] : [])
    }
}
