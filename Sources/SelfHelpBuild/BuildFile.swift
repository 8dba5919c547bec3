/// The files a build writes at fixed places, by their path relative to the output folder.
///
/// Not here: each article's files (``ArticleOutputs``), the listing pages (named by the values
/// they list), the site search's shards and the media articles link to.
public enum BuildFile: String, CaseIterable, Sendable {
    /// The site's home page.
    case home = "index.html"
    /// The site's search page.
    case searchPage = "search.html"
    /// The first page of the listing of articles with findings.
    case findings = "findings.html"
    /// The search page's script (the site's only script).
    case searchScript = "assets/search.js"
    /// What the search script reads first: the shards' terms and the facets.
    case searchMeta = "search/meta.json"
    /// One JSON rendering per article, one a line, in path order.
    case articlesFeed = "articles.jsonl"
    /// One line per chunk of every article, in path order.
    case chunksFeed = "chunks.jsonl"
    /// The SQLite search index.
    case searchIndex = "kb.sqlite"
    /// Every finding of the build, as SARIF.
    case sarifLog = "diagnostics.sarif"
    /// The build's record of each article (key, hash, outputs, facts) for the next build.
    case manifest = ".selfhelp/manifest"
    /// The build's fingerprint, input signature and summary: a rebuild with nothing changed stops there.
    case stamp = ".selfhelp/stamp.json"
    /// What the last build's site pass left: each article's page and result document digests,
    /// and the site search's postings.
    case siteRecord = ".selfhelp/site"
    /// What the last build made the SARIF log and the listing pages from.
    case aggregateDigests = ".selfhelp/aggregates"
    /// The media files the last build copied, one a line.
    case siteMediaList = ".selfhelp/site-media"

    /// The path relative to the output folder.
    public var path: String { rawValue }

    /// The site's files every build writes (besides the listing pages and the search shards).
    static let sitePages: [BuildFile] = [.home, .searchPage, .searchScript, .searchMeta]

    /// Files every build writes besides each article's own (and the listing pages and search shards).
    static let aggregates: [BuildFile] = [.articlesFeed, .chunksFeed, .searchIndex, .sarifLog] + sitePages

    /// Records older versions kept in `.selfhelp/`, removed by a build that changes the outputs.
    static let formerRecords = ["chunks", "manifest.json", "page-chrome"].map { BuildFolder.records.path + "/" + $0 }
}

/// The folders of the output that hold files named after articles or their contents.
package enum BuildFolder: String {
    /// The build's own records for the next build (manifest, stamp, digests, search records).
    case records = ".selfhelp"
    /// Each article's page and JSON rendering, and the media articles link to.
    case articles = "articles"
    /// Each article's site search record.
    case searchRecords = ".selfhelp/search"
    /// The site search's index: `meta.json` and the shards.
    case siteSearch = "search"

    /// The path relative to the output folder.
    package var path: String { rawValue }
}
