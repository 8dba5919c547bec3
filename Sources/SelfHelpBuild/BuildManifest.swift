import SelfHelpKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a previous build wrote, kept in `OUT/.selfhelp/manifest`: the input fingerprint, each
/// article's cache key, outputs, place in the feeds, facts and own findings, the
/// signatures of the aggregates a rebuild updates, and the summary, so the next build redoes only what changed.
///
/// A binary file (``ByteWriter``): it holds every article's findings, and a rebuild reads it in
/// a few milliseconds, where JSON took longer than the validation it saves.
package struct BuildManifest: PiecewiseBuildRecord, Equatable {
    static let file = BuildFile.manifest

    struct Entry: Equatable {
        /// SHA-256 of the article bytes, tool version and configuration.
        var key: String
        /// The article file's ``FileSignature`` when it was read, if it could be taken.
        var signature: String?
        /// SHA-256 of the article bytes: reused, without reading them again, while the file keeps
        /// its signature.
        var hash: String
        /// Output files, relative to the output folder: the article's ``ArticleOutputs``, which
        /// follow from its path and are not held (three strings an article, 14 MB of a rebuild's
        /// memory at 46,000 articles), unless the entry was given others.
        var outputs: [String] {
            get { otherOutputs ?? ArticleOutputs(articlePath: facts.path).all }
            set { otherOutputs = newValue == ArticleOutputs(articlePath: facts.path).all ? nil : newValue }
        }
        /// The outputs when they are not the article's ``ArticleOutputs``.
        private var otherOutputs: [String]?
        /// The article's line in `articles.jsonl`, and its lines in `chunks.jsonl` (line ends included).
        var json: FeedSlice
        var chunks: FeedSlice
        /// The article's facts, without its own findings (``findings``).
        var facts: ArticleFacts
        /// The article's own findings, as their records: a rebuild hands an unchanged article's
        /// on to the new records and to the build's findings without decoding them.
        var findings: FindingRecords

        /// Whether the entry holds its outputs' paths (they are not its article's ``ArticleOutputs``).
        var holdsOutputs: Bool { otherOutputs != nil }

        /// The entry of the article whose facts are `facts` (their path is the article's). Nil
        /// `outputs` (what the build's stream gives an article it rendered) are the article's
        /// ``ArticleOutputs``, taken as such without working them out.
        init(key: String, signature: String? = nil, hash: String, outputs: [String]? = nil, json: FeedSlice, chunks: FeedSlice,
             facts: ArticleFacts, findings: FindingRecords) {
            self.key = key
            self.signature = signature
            self.hash = hash
            self.json = json
            self.chunks = chunks
            self.facts = facts
            self.findings = findings
            if let outputs { self.outputs = outputs }
        }
    }

    /// Where an article's bytes are in a feed file.
    struct FeedSlice: Equatable {
        var offset: Int
        var count: Int
    }

    /// Changes whenever the tool's output format changes, invalidating every cache.
    static let formatVersion = 6 // 4: columns count Unicode scalars; 5: each article's facts, site pages and search records; 6: segments

    var toolVersion: String
    /// SHA-256 over every input (paths, contents, configuration, tool version).
    var fingerprint: String
    var entries: [String: Entry]
    /// The ``FileSignature`` of each aggregate a rebuild updates (`articles.jsonl`, `chunks.jsonl`,
    /// `kb.sqlite`) as this build left it: the next build reuses one only while it matches.
    var feeds: [String: String]
    var summary: BuildSummary
    /// Whether the entries' facts were dropped as the manifest was read, because its entries were
    /// made under other settings than the build reading it (no article's outputs can then be
    /// reused: each entry's facts are its path and hash alone). At 15,000 articles the facts
    /// are about 60 MB that a build under new settings would otherwise hold to the end. A build
    /// reads its settings from this: a manifest read for them with entries and facts was made
    /// under them.
    var factsDropped = false

    init(toolVersion: String, fingerprint: String, entries: [String: Entry], feeds: [String: String], summary: BuildSummary) {
        self.toolVersion = toolVersion
        self.fingerprint = fingerprint
        self.entries = entries
        self.feeds = feeds
        self.summary = summary
    }

    /// The bytes start with this and ``formatVersion``.
    private static let magic = "selfhelp build manifest"

    /// The manifest in `outDir`, read for a build whose settings have the digest `settingsDigest`
    /// (``SiteBuilder/settingsDigest(_:)``): made under other settings, its facts are dropped.
    /// Its segments are decoded on `jobs` threads.
    ///
    /// The file is read a segment at a time, each as it is decoded: a rebuild never holds the
    /// whole file (54 MB at 46,000 articles) beside what is decoded from it.
    static func load(from outDir: String, settingsDigest: String, jobs: Int) -> BuildManifest? {
        let descriptor = open((outDir as NSString).appendingPathComponent(file.path), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, let head = FeedReader.read(descriptor, at: 0, count: min(Int(info.st_size), headerPiece)) else { return nil }
        let size = Int(info.st_size)
        if let manifest = BuildManifest(byteCount: size, head: head, settingsDigest: settingsDigest, jobs: jobs, segment: { segment in
            FeedReader.read(descriptor, at: segment.offset, count: segment.byteCount).map { ($0, 0) }
        }) {
            return manifest
        }
        // A header longer than the first piece (a few hundred bytes, where the piece is 64 KB) is read with the rest.
        return head.count < size ? storedBytes(in: outDir).flatMap { BuildManifest(bytes: $0, settingsDigest: settingsDigest, jobs: jobs) } : nil
    }

    /// The bytes read first, to hold the header (``writeHeader(toolVersion:fingerprint:summary:feeds:segments:to:)``).
    private static let headerPiece = 1 << 16

    /// Whether the entry with cache key `key` and hash `hash` was made under the settings whose
    /// digest is `settingsDigest` (a build makes all its entries under one).
    private static func isMade(key: String, hash: String, under settingsDigest: String) -> Bool {
        key == SiteBuilder.cacheKey(hash: hash, settingsDigest: settingsDigest)
    }

    /// The manifest in `bytes`, every entry with its facts; nil when they are not a whole
    /// manifest of this format.
    package init?(bytes: [UInt8]) {
        self.init(bytes: bytes, settingsDigest: nil, jobs: ParallelMap.defaultJobs)
    }

    /// The manifest in `bytes`; nil when they are not a whole manifest of this format. Given a
    /// `settingsDigest`, entries made under other settings keep no facts (``factsDropped``). The
    /// segments are decoded on `jobs` threads.
    init?(bytes: [UInt8], settingsDigest: String?, jobs: Int) {
        self.init(byteCount: bytes.count, head: bytes, settingsDigest: settingsDigest, jobs: jobs) { segment in (bytes, segment.offset) }
    }

    /// The manifest of `byteCount` bytes whose first bytes, the header at least, are `head`;
    /// `segment` gives bytes holding a segment and where in them it starts (nil when they cannot
    /// be read). Nil when they are not a whole manifest of this format.
    private init?(byteCount: Int, head: [UInt8], settingsDigest: String?, jobs: Int,
                  segment bytesOf: (ManifestSegments.Segment) -> (bytes: [UInt8], start: Int)?) {
        var input = ByteReader(head)
        guard input.string() == BuildManifest.magic, input.int() == BuildManifest.formatVersion,
              let toolVersion = input.string(), let fingerprint = input.string(), let summary = BuildSummary(&input),
              let feedCount = input.count() else { return nil }
        var feeds: [String: String] = [:]
        for _ in 0..<feedCount {
            guard let path = input.string(), let signature = input.string() else { return nil }
            feeds[path] = signature
        }
        guard let entryCount = input.count(), let segments = ManifestSegments.read(&input, entryCount: entryCount, byteCount: byteCount) else { return nil }
        // The segments are decoded side by side (a large manifest is tens of megabytes of strings).
        let decoded = ParallelMap.run(segments, jobs: jobs) { segment in
            bytesOf(segment).flatMap { read in
                var placed = segment
                placed.offset = read.start
                return Self.entries(read.bytes, placed, settingsDigest: settingsDigest)
            }
        }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(entryCount)
        var dropsFacts = false
        for segment in decoded {
            guard let segment else { return nil }
            for (path, entry) in segment.entries { entries[path] = entry }
            dropsFacts = dropsFacts || segment.dropsFacts
        }
        guard entries.count == entryCount else { return nil }
        self.init(toolVersion: toolVersion, fingerprint: fingerprint, entries: entries, feeds: feeds, summary: summary)
        factsDropped = dropsFacts
    }

    /// The entries of one segment of `bytes`, and whether their facts were dropped (made under
    /// other settings than `settingsDigest`'s); nil when the segment does not hold exactly its
    /// entries.
    private static func entries(_ bytes: [UInt8], _ segment: ManifestSegments.Segment, settingsDigest: String?)
        -> (entries: [(String, Entry)], dropsFacts: Bool)? {
        var input = ByteReader(bytes, at: segment.offset)
        var entries: [(String, Entry)] = []
        entries.reserveCapacity(segment.entries)
        var dropsFacts: Bool?
        // The values the facts repeat are shared within a segment (the segments are read side by side).
        var interner = FactsInterner()
        for _ in 0..<segment.entries {
            guard let path = input.string(), let key = input.string(), let hasSignature = input.bool() else { return nil }
            let signature = hasSignature ? input.string() : nil
            guard !hasSignature || signature != nil, let hash = input.string(), let outputs = input.strings(),
                  let json = FeedSlice(&input), let chunks = FeedSlice(&input), let read = ArticleFacts.read(&input),
                  read.facts.path == path else { return nil }
            let drops = dropsFacts ?? settingsDigest.map { !isMade(key: key, hash: hash, under: $0) } ?? false
            dropsFacts = drops
            // The path and hash are written twice, and held once.
            let contentHash = read.facts.contentHash == hash ? hash : read.facts.contentHash
            var facts = read.facts
            if drops {
                facts = ArticleFacts(path: path, contentHash: contentHash)
            } else {
                interner.intern(&facts)
                facts.path = path
                facts.contentHash = contentHash
            }
            // The findings' records are copied out of `bytes`: as slices of them, the entries would
            // keep every byte of the manifest (54 MB at 46,000 articles) as long as they are held.
            entries.append((path, Entry(key: key, signature: signature, hash: hash, outputs: outputs, json: json, chunks: chunks,
                                        facts: facts, findings: drops ? FindingRecords() : read.findings.detached())))
        }
        guard input.position == segment.offset + segment.byteCount else { return nil }
        return (entries, dropsFacts ?? false)
    }

    /// The manifest handed to `emit` a piece at a time (about a megabyte): entries and feeds in path
    /// order, so the same build writes the same bytes. The header lists the segments' sizes, so the
    /// segments are held until it is written (a build writes its manifest with ``ManifestWriter``,
    /// which keeps them in a temporary file).
    func write(_ emit: ([UInt8]) throws -> Void) rethrows {
        var segments = ManifestSegments()
        var pieces: [[UInt8]] = []
        // The paths sorted, not the entries: a copy of every entry would cost hundreds of bytes an article.
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            if let piece = segments.add(entry, path: path) { pieces.append(piece) }
        }
        if let piece = segments.finish() { pieces.append(piece) }
        var out = ByteWriter()
        Self.writeHeader(toolVersion: toolVersion, fingerprint: fingerprint, summary: summary, feeds: feeds, segments: segments, to: &out)
        try emit(out.take())
        for piece in pieces { try emit(piece) }
    }

    /// What comes before the entries: the format, the tool version, the fingerprint, the summary,
    /// the feeds' signatures in path order, the number of entries and the segments' sizes.
    static func writeHeader(toolVersion: String, fingerprint: String, summary: BuildSummary, feeds: [String: String], segments: ManifestSegments,
                            to out: inout ByteWriter) {
        out.string(BuildManifest.magic)
        out.int(BuildManifest.formatVersion)
        out.string(toolVersion)
        out.string(fingerprint)
        summary.write(to: &out)
        out.int(feeds.count)
        for (path, signature) in feeds.sorted(by: { $0.key < $1.key }) {
            out.string(path)
            out.string(signature)
        }
        segments.write(to: &out)
    }
}

extension BuildManifest.Entry {
    /// The entry of the article at `path`, as the manifest holds it.
    func write(path: String, to out: inout ByteWriter) {
        out.string(path)
        out.string(key)
        out.bool(signature != nil)
        if let signature { out.string(signature) }
        out.string(hash)
        out.strings(outputs)
        json.write(to: &out)
        chunks.write(to: &out)
        facts.write(to: &out, findings: findings)
    }
}

extension BuildManifest.FeedSlice {
    init?(_ input: inout ByteReader) {
        guard let offset = input.int(), let count = input.int() else { return nil }
        self.init(offset: offset, count: count)
    }

    func write(to out: inout ByteWriter) {
        out.int(offset)
        out.int(count)
    }
}

/// The counts a build reports on stdout (and keeps for an unchanged rebuild).
public struct BuildSummary: Codable, Equatable, Sendable {
    /// Articles in the build (read and parsed, or kept from the previous build).
    public var articles = 0
    /// Articles rendered again in this build.
    public var rendered = 0
    /// Articles whose outputs were kept from the previous build.
    public var unchanged = 0
    /// Articles of the previous build that are gone, with their outputs.
    public var removed = 0
    /// Findings of severity error.
    public var errors = 0
    /// Findings of severity warning.
    public var warnings = 0
    /// Findings of severity info.
    public var infos = 0
    /// Files that could not be read.
    public var failures = 0

    /// The summary of a rebuild that found nothing to do after the build this one describes.
    var unchangedRebuild: BuildSummary {
        var summary = self
        summary.unchanged = summary.articles
        summary.rendered = 0
        summary.removed = 0
        return summary
    }

    /// One line for people.
    public var line: String {
        "\(articles) articles (\(rendered) rendered, \(unchanged) unchanged, \(removed) removed): "
            + "\(errors) errors, \(warnings) warnings, \(infos) info" + (failures > 0 ? ", \(failures) unreadable files" : "")
    }
}

extension BuildSummary {
    /// A summary of findings of these severities (the other counts zero).
    init(counting counts: SeverityCounts) {
        self.init()
        (errors, warnings, infos) = (counts.errors, counts.warnings, counts.infos)
    }

    /// Every count with its name, in the order the records write them.
    static let namedFields: [(String, WritableKeyPath<BuildSummary, Int>)] = [
        ("articles", \.articles), ("rendered", \.rendered), ("unchanged", \.unchanged), ("removed", \.removed),
        ("errors", \.errors), ("warnings", \.warnings), ("infos", \.infos), ("failures", \.failures),
    ]

    init?(_ input: inout ByteReader) {
        self.init()
        for (_, field) in BuildSummary.namedFields {
            guard let value = input.int() else { return nil }
            self[keyPath: field] = value
        }
    }

    func write(to out: inout ByteWriter) {
        for (_, field) in BuildSummary.namedFields { out.int(self[keyPath: field]) }
    }
}

extension BuildSummary: CustomStringConvertible {
    /// ``line``.
    public var description: String { line }
}
