import Foundation

/// What a previous build wrote, kept in `OUT/.selfhelp/manifest.json`: the input fingerprint,
/// each article's cache key, outputs and place in the feeds, and the summary, so the next build
/// redoes only what changed.
struct BuildManifest: BuildRecord, Equatable {
    struct Entry: Codable, Equatable {
        /// SHA-256 of the article bytes, tool version and configuration.
        var key: String
        /// Output files, relative to the output folder.
        var outputs: [String]
        /// The article's line in `articles.jsonl` (without its newline).
        var json: FeedSlice
        /// The article's chunk lines in `chunks.jsonl` (newlines included).
        var chunks: FeedSlice
    }

    /// Where an article's bytes are in a feed file.
    struct FeedSlice: Codable, Equatable {
        var offset: Int
        var count: Int
    }

    /// Changes whenever the tool's output format changes, invalidating every cache.
    static let formatVersion = 2
    static let path = ".selfhelp/manifest.json"

    var formatVersion = BuildManifest.formatVersion
    var toolVersion: String
    /// SHA-256 over every input (paths, contents, configuration, tool version).
    var fingerprint: String
    var entries: [String: Entry]
    /// The ``FileSignature`` of each feed (`articles.jsonl`, `chunks.jsonl`) as this build left
    /// it: the next build copies unchanged articles' lines from a feed only while it matches.
    var feeds: [String: String]
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
