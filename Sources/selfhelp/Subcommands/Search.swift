import ArgumentParser
import Foundation
import SelfHelpKit
import SelfHelpSearch
import SelfHelpBuild

/// `selfhelp search QUERY [--index FILE]`: ranked articles with a snippet (Docs/search.md).
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search a search index (written by `selfhelp build` or `selfhelp index`) for articles.",
        discussion: """
            Every word of QUERY must occur (stemmed: 'synchronizing' finds 'synchronization'); when no \
            article has them all, any word may, and the output says so. FTS5 operators in QUERY are plain \
            text. Results are ranked by BM25 with titles weighted highest. The index used is named on \
            standard error (text) or in the "index" member (json).
            Exit status: 0 (also when nothing is found), 2 when the index is missing or not a selfhelp \
            index, the query is empty, or a filter value is unknown (the message lists the known ones).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The words to search for.")
    var query: String

    @Option(help: "The search index file (default: out/kb.sqlite, the index of `selfhelp build KB --out out`).")
    var index: String?

    @Option(help: "Only articles shown in this cloud (public, fairfax, mooncake, …; disableClouds applied).")
    var cloud: String?

    @Option(help: "Only articles of this service (e.g. microsoft.storage; any letter case).")
    var service: String?

    @Option(help: "Only articles of this selfHelpType (e.g. generic, TSG_Content; any letter case).")
    var type: String?

    @Option(help: "The most results to print.")
    var limit: Int = 10

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    /// The index searched when `--index` is not given: the one `selfhelp build KB --out out` writes.
    static let defaultIndex = "out/" + BuildFile.searchIndex.path

    func run() throws {
        let indexPath = index ?? Search.defaultIndex
        let results = try exitingOnToolError {
            if index == nil, !FileManager.default.fileExists(atPath: indexPath) {
                throw ToolError(.notFound, path: nil, message: "no --index given and there is no \(indexPath) here; "
                                + "build one with `selfhelp build KB_DIR --out out` or pass --index FILE")
            }
            return try SearchIndex.search(query, in: indexPath, cloud: cloud.map(CloudEnvironment.init(raw:)), service: service,
                                          type: type.map(SelfHelpType.init(raw:)), limit: limit)
        }
        var output = StandardOutput()
        switch format {
        case .json:
            output.write(Search.json(query: query, index: indexPath, results: results).prettySerialized())
            output.write("\n")
        case .text:
            StandardError.print("selfhelp search: index \(indexPath)")
            if results.isEmpty { StandardError.print("no articles match \"\(query)\"") }
            if let first = results.first, !first.matchedEveryWord {
                output.write("No article has every word of \"\(query)\"; showing articles with any of them.\n")
            }
            for (rank, result) in results.enumerated() {
                output.write("\(rank + 1). \(result.title)\n   \(result.path)\n")
                if !result.snippet.isEmpty { output.write("   \(Search.oneLine(result.snippet))\n") }
            }
        }
        output.flush()
    }

    /// `{"query": …, "index": …, "matchedEveryWord": …, "results": [{rank, path, articleId, title, selfHelpType, service,
    /// titleMatch, score, snippet}]}`; `matchedEveryWord` is false when the search fell back to any word.
    static func json(query: String, index: String, results: [SearchResult]) -> JSONOutput {
        .object([
            ("query", .string(query)),
            ("index", .string(index)),
            ("matchedEveryWord", .bool(results.first?.matchedEveryWord ?? true)),
            ("results", .array(results.enumerated().map { rank, result in
                .object([
                    ("rank", .int(rank + 1)),
                    ("path", .string(result.path)),
                    ("articleId", .optional(result.articleId)),
                    ("title", .string(result.title)),
                    ("selfHelpType", .optional(result.selfHelpType)),
                    ("service", .optional(result.service)),
                    ("titleMatch", .string(result.titleMatch.rawValue)),
                    ("score", .number(String(format: "%.6f", result.score))),
                    ("snippet", .string(result.snippet)),
                ])
            })),
        ])
    }

    /// The snippet with line breaks and runs of white space as single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
