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
    private var buffer = ByteWriter()
    private var count = 0

    init(output: BuildOutput) throws {
        self.output = output
        entries = try StreamingFile(output.path(BuildFile.manifest.path + "-entries"))
    }

    /// Adds the entry of the article at `path`; entries must come in path order.
    func add(_ entry: BuildManifest.Entry, path: String) throws {
        entry.write(path: path, to: &buffer)
        count += 1
        if buffer.bytes.count >= 1 << 20 { try entries.append(buffer.take()) }
    }

    /// The whole manifest in its temporary file, to be put in place with ``StreamingFile/finish()``.
    func finish(toolVersion: String, fingerprint: String, summary: BuildSummary, feeds: [String: String]) throws -> StreamingFile {
        try entries.append(buffer.take())
        var header = ByteWriter()
        BuildManifest.writeHeader(toolVersion: toolVersion, fingerprint: fingerprint, summary: summary, feeds: feeds, entryCount: count, to: &header)
        let manifest = try StreamingFile(output.path(BuildFile.manifest.path))
        try manifest.append(header.take())
        try manifest.append(contentsOf: entries)
        entries.discard()
        return manifest
    }
}
