import ArgumentParser
import Foundation
import SelfHelpKit
import SelfHelpSearch

/// `selfhelp search QUERY --index FILE`: ranked articles with a snippet (Docs/search.md).
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search a search index (written by `selfhelp index`) for articles.",
        discussion: """
            Every word of QUERY must occur (stemmed: 'synchronizing' finds 'synchronization'); when no \
            article has them all, any word may. FTS5 operators in QUERY are plain text. Results are \
            ranked by BM25 with titles weighted highest.
            Exit status: 0 (also when nothing is found), 2 when the index is missing or not a selfhelp \
            index, or the query is empty.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The words to search for.")
    var query: String

    @Option(help: "The search index file (from `selfhelp index`).")
    var index: String

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

    func run() throws {
        let results: [SearchResult]
        do {
            results = try SearchIndex.search(query, in: index, cloud: cloud.map(CloudEnvironment.init(raw:)), service: service,
                                             type: type.map(SelfHelpType.init(raw:)), limit: limit)
        } catch let error as ToolError {
            StandardError.print(error.description)
            throw ExitCode(ExitStatus.failure.rawValue)
        }
        var output = StandardOutput()
        switch format {
        case .json:
            output.write(Search.json(query: query, results: results).prettySerialized())
            output.write("\n")
        case .text:
            if results.isEmpty { StandardError.print("no articles match \"\(query)\"") }
            for (rank, result) in results.enumerated() {
                output.write("\(rank + 1). \(result.title)\n   \(result.path)\n")
                if !result.snippet.isEmpty { output.write("   \(Search.oneLine(result.snippet))\n") }
            }
        }
        output.flush()
    }

    /// `{"query": …, "results": [{rank, path, articleId, title, selfHelpType, service, titleMatch, score, snippet}]}`.
    static func json(query: String, results: [SearchResult]) -> JSONOutput {
        .object([
            ("query", .string(query)),
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
