import Foundation

/// What a previous build wrote, kept in `OUT/.selfhelp/manifest.json`: the input fingerprint,
/// each article's cache key and outputs, and the summary, so the next build redoes only what changed.
struct BuildManifest: BuildRecord, Equatable {
    struct Entry: Codable, Equatable {
        /// SHA-256 of the article bytes, tool version and configuration.
        var key: String
        /// Output files, relative to the output folder.
        var outputs: [String]
    }

    /// Changes whenever the tool's output format changes, invalidating every cache.
    static let formatVersion = 1
    static let path = ".selfhelp/manifest.json"

    var formatVersion = BuildManifest.formatVersion
    var toolVersion: String
    /// SHA-256 over every input (paths, contents, configuration, tool version).
    var fingerprint: String
    var entries: [String: Entry]
    var summary: BuildSummary

    var recordVersion: Int { formatVersion }
}

/// The counts a build reports on stdout (and keeps for an unchanged rebuild).
public struct BuildSummary: Codable, Equatable, Sendable {
    public var articles = 0
    public var rendered = 0
    public var unchanged = 0
    public var removed = 0
    public var errors = 0
    public var warnings = 0
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
