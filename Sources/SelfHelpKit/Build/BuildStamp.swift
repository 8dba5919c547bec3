import Foundation

/// The small record of a finished build, `OUT/.selfhelp/stamp.json`, written after the manifest:
/// what the inputs were (by content and by file metadata) and the summary. A rebuild whose
/// inputs have not changed reads only this file instead of the whole manifest, and, when no
/// input file was even touched (same size, modification and change times, inode), does not read
/// or hash the articles either.
struct BuildStamp: BuildRecord, Equatable {
    static let path = ".selfhelp/stamp.json"

    var formatVersion = BuildManifest.formatVersion
    /// The manifest's fingerprint: SHA-256 over every input's path and content, the settings and
    /// the tool version.
    var fingerprint: String
    /// SHA-256 over every input's path and file metadata, the settings and the tool version.
    var inputSignature: String?
    var summary: BuildSummary

    var recordVersion: Int { formatVersion }

    /// The signature of `files` (shown as `relativePaths`) from their metadata, or nil when one
    /// cannot be `stat`ed (then the build reads everything and reports it).
    static func inputSignature(files: [String], relativePaths: [String], settings: String) -> String? {
        var text = "\(SiteBuilder.toolVersion)\n\(settings)\n"
        for (file, relative) in zip(files, relativePaths) {
            guard let signature = FileSignature.of(file) else { return nil }
            text += "\(relative)\t\(signature)\n"
        }
        return SHA256.hexDigest(Array(text.utf8))
    }
}
