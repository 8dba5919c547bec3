import SelfHelpKit
import Foundation

/// The small record of a finished build, `OUT/.selfhelp/stamp.json`, written after the manifest:
/// what the inputs were (by content and by file metadata) and the summary. A rebuild whose
/// inputs have not changed reads only this file instead of the whole manifest, and, when no
/// input file was even touched (same size, modification and change times, inode), does not read
/// or hash the articles either.
struct BuildStamp: BuildRecord, Equatable {
    static let file = BuildFile.stamp

    /// The manifest's fingerprint: SHA-256 over every input's path and content, the settings and
    /// the tool version.
    var fingerprint: String
    /// SHA-256 over every input's path and file metadata, the settings and the tool version.
    var inputSignature: String?
    /// SHA-256 over the ``FileSignature`` of every folder that holds an article's outputs
    /// (``outputSignature(_:in:)``): a file added to one, removed or renamed changes it.
    var outputSignature: String?
    var summary: BuildSummary

    init(fingerprint: String, inputSignature: String?, outputSignature: String?, summary: BuildSummary) {
        self.fingerprint = fingerprint
        self.inputSignature = inputSignature
        self.outputSignature = outputSignature
        self.summary = summary
    }

    init?(bytes: [UInt8]) {
        let source = SourceText(decoding: bytes)
        guard case .success(let json) = JSONParser.parse(source, range: 0..<source.bytes.count),
              json["formatVersion"]?.value.intValue == BuildManifest.formatVersion,
              let fingerprint = json["fingerprint"]?.value.stringValue, let members = json["summary"]?.value.objectValue else { return nil }
        var summary = BuildSummary()
        for (name, field) in BuildSummary.namedFields {
            guard let value = members.last(where: { $0.key == name })?.value.value.intValue else { return nil }
            summary[keyPath: field] = value
        }
        self.init(fingerprint: fingerprint, inputSignature: json["inputSignature"]?.value.stringValue,
                  outputSignature: json["outputSignature"]?.value.stringValue, summary: summary)
    }

    /// Indented JSON, for people who look.
    func bytes() -> [UInt8] {
        let json = JSONOutput.object([
            ("formatVersion", .int(BuildManifest.formatVersion)),
            ("fingerprint", .string(fingerprint)),
            ("inputSignature", .optional(inputSignature)),
            ("outputSignature", .optional(outputSignature)),
            ("summary", .object(BuildSummary.namedFields.map { ($0.0, .int(summary[keyPath: $0.1])) })),
        ])
        var out: [UInt8] = []
        json.write(to: &out, pretty: true)
        out.append(0x0A)
        return out
    }

    /// The signature of the inputs from their files' ``FileSignature``s (paths shown as
    /// `relativePaths`), or nil when one could not be `stat`ed (then the build reads everything
    /// and reports it).
    static func inputSignature(_ signatures: [String?], relativePaths: [String], settings: String) -> String? {
        var digester = SHA256.Digester()
        digester.add("\(SelfHelpVersion.current)\n\(settings)\n".utf8)
        for (signature, relative) in zip(signatures, relativePaths) {
            guard let signature else { return nil }
            digester.add("\(relative)\t\(signature)\n".utf8)
        }
        return digester.hexDigest()
    }

    /// The signature of the folders that hold the outputs of the articles (`folders`, from
    /// ``outputFolders(_:)``), from their ``FileSignature``s, or nil when one cannot be `stat`ed.
    /// A folder's modification time changes whenever a file in it is created, removed or renamed,
    /// so an unchanged signature says every output the last build wrote is still there, in a few
    /// `stat`s rather than one for every output of every article.
    static func outputSignature(_ folders: [String], in output: BuildOutput) -> String? {
        var text = ""
        for folder in folders {
            guard let signature = FileSignature.of(output.path(folder)) else { return nil }
            text += "\(folder)\t\(signature)\n"
        }
        return SHA256.hexDigest(Array(text.utf8))
    }

    /// The folders holding the outputs of the articles at `relativePaths` (the ones
    /// ``outputSignature(_:in:)`` signs), sorted: their pages, JSON renderings and search records,
    /// and the site's folder of result documents.
    static func outputFolders(_ relativePaths: [String]) -> [String] {
        var folders: Set<String> = [SearchIndexWriter.documentFolder]
        var seen = Set<Substring>()
        for path in relativePaths {
            let folder = RelativePath.folderPart(of: path)
            guard seen.insert(folder).inserted else { continue }
            for file in ArticleOutputs(articlePath: folder.isEmpty ? "x.md" : "\(folder)/x.md").all {
                folders.insert(RelativePath.folder(of: file))
            }
        }
        return folders.sorted()
    }
}
