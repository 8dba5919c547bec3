import SelfHelpKit

/// What the last build made its whole-knowledge-base outputs from, kept in `OUT/.selfhelp/aggregates`:
/// a rebuild writes the SARIF log, the home page and the listing pages again only when their
/// inputs changed, so that editing one article's text does not redo them.
///
/// Each output is skipped only while its files still have the signatures (``FileSignature``)
/// recorded when they were written: a file changed or removed behind the build's back is made again.
struct AggregateDigests: BuildRecord, Equatable {
    static let file = BuildFile.aggregateDigests
    private static let magic = "selfhelp aggregates 2" // 2: the result documents' digests are in SiteRecord

    /// One output made from one digest: the digest and the signatures of the files it wrote.
    struct Output: Equatable {
        var digest: Int
        var files: [String: String]
    }

    /// By name (``sarif``, ``listings``).
    var outputs: [String: Output] = [:]

    static let sarif = "sarif"
    static let listings = "listings"

    init() {}

    /// Whether output `name` was made from `digest` and its files are untouched since.
    func isCurrent(_ name: String, digest: Int, in output: BuildOutput) -> Bool {
        guard let recorded = outputs[name], recorded.digest == digest, !recorded.files.isEmpty else { return false }
        return recorded.files.allSatisfy { FileSignature.of(output.path($0.key)) == $0.value }
    }

    init?(bytes: [UInt8]) {
        var input = ByteReader(bytes)
        guard input.string() == Self.magic, let count = input.count() else { return nil }
        for _ in 0..<count {
            guard let name = input.string(), let digest = input.int(), let files = input.count() else { return nil }
            var signatures: [String: String] = [:]
            for _ in 0..<files {
                guard let file = input.string(), let signature = input.string() else { return nil }
                signatures[file] = signature
            }
            outputs[name] = Output(digest: digest, files: signatures)
        }
        guard input.isAtEnd else { return nil }
    }

    func bytes() -> [UInt8] {
        var out = ByteWriter()
        out.string(Self.magic)
        out.int(outputs.count)
        for (name, recorded) in outputs.sorted(by: { $0.key < $1.key }) {
            out.string(name)
            out.int(recorded.digest)
            out.int(recorded.files.count)
            for (file, signature) in recorded.files.sorted(by: { $0.key < $1.key }) {
                out.string(file)
                out.string(signature)
            }
        }
        return out.bytes
    }
}

extension AggregateDigests.Output {
    /// Output made from `digest` into `files`, with their signatures as they are now.
    init(digest: Int, writing files: [String], in output: BuildOutput) {
        var signatures: [String: String] = [:]
        for file in files { signatures[file] = FileSignature.of(output.path(file)) }
        self.init(digest: digest, files: signatures)
    }
}

extension AggregateDigests {
    /// The digest of everything the SARIF log shows of `findings` (their records: the same findings
    /// are the same bytes, and nothing needs decoding) and the tool's version, which names the
    /// rules' texts.
    static func sarifDigest(_ findings: FindingList) -> Int {
        var digest = ContentDigest()
        digest.add(SelfHelpVersion.current)
        digest.add(BuildManifest.formatVersion)
        findings.forEachRun { file, records in
            digest.add(file)
            digest.add(records)
        }
        return digest.intValue
    }

    /// The digest of everything the home page and the listing pages show of `entries`.
    static func listingsDigest(_ entries: [SiteEntry]) -> Int {
        var digest = ContentDigest()
        digest.add(SelfHelpVersion.current)
        digest.add(BuildManifest.formatVersion)
        digest.add(PageChromeDigests.formatVersion)
        for entry in entries {
            // The page's path is made from the article's (``SiteEntry/page``).
            for text in [entry.path, entry.title] { digest.add(text) }
            for text in [entry.articleId, entry.service, entry.resource, entry.type] { digest.add(text) }
            for list in [entry.clouds, entry.supportTopicIds, entry.productIds, entry.linkedFiles] { digest.add(list) }
            for count in [entry.errors, entry.warnings, entry.infos] { digest.add(count) }
        }
        return digest.intValue
    }
}
