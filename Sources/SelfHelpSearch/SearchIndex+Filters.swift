import GRDB
import SelfHelpKit

extension SearchIndex {
    /// The values the index's articles have for each search filter, sorted: what
    /// ``search(_:cloud:service:type:limit:)`` can narrow to.
    public struct FilterValues: Hashable, Sendable {
        /// Effective clouds (`disableClouds` applied), canonical names.
        public var clouds: [String]
        /// Services as written in the articles (several spellings of one service may appear).
        public var services: [String]
        /// Canonical `selfHelpType` names.
        public var types: [String]
    }

    /// The distinct clouds, services and types of the indexed articles.
    ///
    /// - Throws: ``ToolError`` `unreadable` if SQLite fails.
    public func filterValues() throws -> FilterValues {
        do {
            return try queue.read { db in
                FilterValues(
                    clouds: try String.fetchAll(db, sql: "SELECT DISTINCT cloud FROM article_clouds ORDER BY cloud"),
                    services: try String.fetchAll(db, sql: "SELECT DISTINCT service FROM articles WHERE service IS NOT NULL AND service <> '' ORDER BY service COLLATE NOCASE"),
                    types: try String.fetchAll(db, sql: "SELECT DISTINCT self_help_type FROM articles WHERE self_help_type IS NOT NULL ORDER BY self_help_type"))
            }
        } catch {
            throw ToolError(.unreadable, path: nil, message: "cannot read the index's filter values: \(error)")
        }
    }

    /// Throws a `usage` error naming the known values for a filter value that is neither known
    /// to SelfHelpKit (clouds, types) nor held by any indexed article: a misspelt `--cloud` must
    /// not read as "no articles match". Services are an open set: any the index holds.
    func checkFilters(cloud: CloudEnvironment?, service: String?, type: SelfHelpType?) throws {
        guard cloud != nil || service != nil || type != nil else { return }
        let known = try filterValues()
        if let cloud, !cloud.isKnown, !known.clouds.contains(cloud.name) {
            throw Self.unknown("cloud", cloud.raw, known: Self.union(CloudEnvironment.allKnown.map(\.name), known.clouds))
        }
        if let service {
            let wanted = service.trimmingHeaderWhitespace().lowercased()
            if !known.services.contains(where: { $0.lowercased() == wanted }) { throw Self.unknown("service", service, known: known.services) }
        }
        if let type, !type.isKnown, !known.types.contains(type.name) {
            throw Self.unknown("type", type.raw, known: Self.union(SelfHelpType.allKnown.map(\.name), known.types))
        }
    }

    private static func union(_ a: [String], _ b: [String]) -> [String] {
        Array(Set(a).union(b)).sorted()
    }

    private static func unknown(_ filter: String, _ value: String, known: [String]) -> ToolError {
        let shown = known.prefix(20).joined(separator: ", ")
        let more = known.count > 20 ? " and \(known.count - 20) more" : ""
        let list = known.isEmpty ? "none" : shown + more
        return ToolError(.usage, path: nil, message: "unknown \(filter) \"\(value)\"; known values: \(list)")
    }
}
