/// The files a build writes for one article, by their path relative to the output folder.
struct ArticleOutputs: Equatable, Sendable {
    /// The standalone page: `articles/<stem>.html`.
    let page: String
    /// The JSON rendering: `articles/<stem>.json`.
    let json: String
    /// The site search's record of the article: `.selfhelp/search/<stem>.record`.
    let searchRecord: String

    /// The outputs of the article at `articlePath` (relative to the knowledge base); the stem is
    /// the path without its `.md`.
    init(articlePath: String) {
        let stem = articlePath.hasSuffix(".md") ? String(articlePath.dropLast(3)) : articlePath
        page = "\(BuildFolder.articles.path)/\(stem).html"
        json = "\(BuildFolder.articles.path)/\(stem).json"
        searchRecord = "\(BuildFolder.searchRecords.path)/\(stem).record"
    }

    /// Every output: page, JSON rendering, search record (the order the manifest records them in).
    var all: [String] { [page, json, searchRecord] }
}
