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
        let stem = Self.stem(of: articlePath)
        page = Self.page(stem: stem)
        json = "\(BuildFolder.articles.path)/\(stem).json"
        searchRecord = "\(BuildFolder.searchRecords.path)/\(stem).record"
    }

    /// The page of the article at `articlePath` (what ``page`` is, without the other outputs' paths).
    static func page(of articlePath: String) -> String {
        page(stem: stem(of: articlePath))
    }

    private static func stem(of articlePath: String) -> String {
        articlePath.hasSuffix(".md") ? String(articlePath.dropLast(3)) : articlePath
    }

    private static func page(stem: String) -> String {
        "\(BuildFolder.articles.path)/\(stem).html"
    }

    /// Every output: page, JSON rendering, search record (the order the manifest records them in).
    var all: [String] { [page, json, searchRecord] }
}
