import SelfHelpKit

/// Writes the manifest (``BuildManifest``) while the article stream produces its entries, in
/// path order: each entry goes to a scratch file as it comes, so a build does not keep every
/// article's entry (and its findings) until the end. ``finish(toolVersion:fingerprint:summary:feeds:)``
/// writes the header, which only the end of the build knows, then the entries after it, into the
/// manifest's temporary file; the caller puts it in place once every other output is written.
final class ManifestWriter {
    private let output: BuildOutput
    /// The entries so far; never put in place (its temporary file goes with it).
    private let entries: StreamingFile
    private var segments = ManifestSegments()

    init(output: BuildOutput) throws {
        self.output = output
        entries = try StreamingFile(output.path(BuildFile.manifest.path + "-entries"))
    }

    /// Adds the entry of the article at `path`; entries must come in path order.
    func add(_ entry: BuildManifest.Entry, path: String) throws {
        if let segment = segments.add(entry, path: path) { try entries.append(segment) }
    }

    /// The whole manifest in its temporary file, to be put in place with ``StreamingFile/finish()``.
    func finish(toolVersion: String, fingerprint: String, summary: BuildSummary, feeds: [String: String]) throws -> StreamingFile {
        if let segment = segments.finish() { try entries.append(segment) }
        var header = ByteWriter()
        BuildManifest.writeHeader(toolVersion: toolVersion, fingerprint: fingerprint, summary: summary, feeds: feeds, segments: segments, to: &header)
        let manifest = try StreamingFile(output.path(BuildFile.manifest.path))
        try manifest.append(header.take())
        try manifest.append(contentsOf: entries)
        entries.discard()
        return manifest
    }
}
