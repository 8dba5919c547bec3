import Foundation
import SelfHelpKit

/// One article found by a search, best first (see ``SearchIndex/search(_:cloud:service:type:limit:)``).
public struct SearchResult: Hashable, Sendable {
    /// How much of the query the title holds; results are ordered by this first, then by ``score``.
    public enum TitleMatch: String, Hashable, Sendable {
        /// The title holds the query's words as a phrase, in order.
        case phrase
        /// The title holds every word (any word, when the search fell back to any word).
        case words
        /// The match is elsewhere.
        case none
    }

    /// The article's path relative to the knowledge base.
    public var path: String
    /// The article's `articleId`, if it has one.
    public var articleId: String?
    /// The first H1, or `pageTitle` when the body has none, or the path.
    public var title: String
    /// The canonical `selfHelpType`, if any.
    public var selfHelpType: String?
    /// The `service` as written, if any.
    public var service: String?
    /// Whether the title matched, the first sort key.
    public var titleMatch: TitleMatch
    /// The relevance: BM25 with weights title 10, description 4, text 1, negated so that
    /// higher is better; the second sort key. Comparable only between results of the same
    /// query and index.
    public var score: Double
    /// A short extract around the matched terms, each match wrapped in `[` and `]`,
    /// elisions marked with `…`.
    public var snippet: String
    /// False when no article held every word of the query and the search fell back to
    /// articles holding any of them (the same for every result of one search).
    public var matchedEveryWord: Bool

    /// A result with the given fields (the search makes them; tests and other front ends may too).
    public init(path: String, articleId: String?, title: String, selfHelpType: String?, service: String?,
                titleMatch: TitleMatch, score: Double, snippet: String, matchedEveryWord: Bool = true) {
        self.path = path
        self.articleId = articleId
        self.title = title
        self.selfHelpType = selfHelpType
        self.service = service
        self.titleMatch = titleMatch
        self.score = score
        self.snippet = snippet
        self.matchedEveryWord = matchedEveryWord
    }
}

extension SearchResult: CustomStringConvertible {
    /// `Title — path (service, type; score 1.234)`, then the snippet on a second line.
    public var description: String {
        let facets = [service, selfHelpType].compactMap { $0 }.filter { !$0.isEmpty }
        var text = "\(title) — \(path) (\(facets.isEmpty ? "" : facets.joined(separator: ", ") + "; ")score \(String(format: "%.3f", score)))"
        if !snippet.isEmpty { text += "\n  " + snippet.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        return text
    }
}
