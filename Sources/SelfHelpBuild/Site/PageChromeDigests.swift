import SelfHelpKit

/// A digest of what each article page's surroundings (``ArticlePage/chrome(_:findings:related:)``)
/// are made from, as the last build wrote them, kept in `OUT/.selfhelp/page-chrome`: a rebuild makes,
/// reads and rewrites an unchanged article's page only when its surroundings changed (its
/// findings, its related articles, a title it links to), not every page every time.
struct PageChromeDigests: BuildRecord, Equatable {
    static let file = BuildFile.pageChromeDigests

    private static let magic = "selfhelp page chrome 1"

    var digests: [String: Int] = [:]

    init(digests: [String: Int] = [:]) { self.digests = digests }

    /// A ``ContentDigest`` of everything the surroundings show. It changes
    /// with ``formatVersion`` too, so a build whose pages look different redoes them all.
    static func digest(_ entry: SiteEntry, findings: some Sequence<Diagnostic>, related: [SiteEntry]) -> Int {
        var digest = ContentDigest()
        digest.add(formatVersion)
        for text in [entry.path, entry.page, entry.title, entry.articleId ?? "", entry.service ?? "", entry.resource ?? "", entry.type ?? ""] { digest.add(text) }
        for list in [entry.clouds, entry.supportTopicIds, entry.productIds] { digest.add(list) }
        for finding in findings {
            for text in [finding.severity.rawValue, finding.rule.rawValue, String(finding.location.line), finding.message] { digest.add(text) }
        }
        digest.add("related")
        for other in related { digest.add(other.page); digest.add(other.title) }
        return digest.intValue
    }

    /// Changed whenever the pages' surroundings are written differently for the same inputs.
    static let formatVersion = "1"

    init?(bytes: [UInt8]) {
        var input = ByteReader(bytes)
        guard input.string() == Self.magic, let count = input.count() else { return nil }
        for _ in 0..<count {
            guard let path = input.string(), let digest = input.int() else { return nil }
            digests[path] = digest
        }
        guard input.isAtEnd else { return nil }
    }

    func bytes() -> [UInt8] {
        var out = ByteWriter()
        out.string(Self.magic)
        out.int(digests.count)
        for (path, digest) in digests.sorted(by: { $0.key < $1.key }) {
            out.string(path)
            out.int(digest)
        }
        return out.bytes
    }
}
