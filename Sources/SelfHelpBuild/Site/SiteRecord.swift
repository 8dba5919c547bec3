import SelfHelpKit

/// What the last build's site pass left, kept in `OUT/.selfhelp/site`, so that a rebuild redoes
/// only what changed: for each article, by its id (its place in path order), its path, the digest
/// of its page's surroundings (``PageChromeDigests/digest(_:findingRecords:related:in:)``) and its result
/// document's digest and size; and the site search's postings. An article the rebuild does not
/// render keeps its postings, and its page and result document are not even read while their
/// digests hold: editing one article does not read every article's search record back.
///
/// Trusted with the manifest only (a build that changes the outputs removes the manifest first,
/// and writes this record before the manifest is put back).
struct SiteRecord: PiecewiseBuildRecord {
    static let file = BuildFile.siteRecord
    private static let magic = "selfhelp site 1"

    /// One article as the site pass left it.
    struct Article: Equatable {
        var path: String
        /// The digest of what its page's surroundings show.
        var chrome: Int
        /// Its result document's (`search/d/<id>.json`) digest and size.
        var document: Int
        var documentSize: Int
    }

    /// By id.
    var articles: [Article] = []
    var postings = SearchPostings()

    init(articles: [Article] = [], postings: SearchPostings = SearchPostings()) {
        self.articles = articles
        self.postings = postings
    }

    init?(bytes: [UInt8]) {
        var input = ByteReader(bytes)
        guard input.string() == Self.magic, let count = input.count() else { return nil }
        articles.reserveCapacity(count)
        for _ in 0..<count {
            guard let path = input.string(), let chrome = input.int(), let document = input.int(), let size = input.int() else { return nil }
            articles.append(Article(path: path, chrome: chrome, document: document, documentSize: size))
        }
        guard let postings = SearchPostings(reading: &input), postings.documentCount == count, input.isAtEnd else { return nil }
        self.postings = postings
    }

    /// Hands the record's bytes to `emit`, a piece at a time (a large knowledge base's postings
    /// are tens of megabytes).
    func write(_ emit: ([UInt8]) throws -> Void) rethrows {
        var out = ByteWriter()
        out.string(Self.magic)
        out.int(articles.count)
        for article in articles {
            out.string(article.path)
            out.int(article.chrome)
            out.int(article.document)
            out.int(article.documentSize)
        }
        try postings.write(&out) { try emit($0.take()) }
        try emit(out.take())
    }
}
