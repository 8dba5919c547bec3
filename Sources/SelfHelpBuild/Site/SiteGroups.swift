/// The articles of a facet's values: each value with the indices of its entries, values in
/// alphabetical order ("(none)" last), entries in their order (path order).
enum SiteGroups {
    static func grouped(_ entries: [SiteEntry], by facet: SitePaths.Facet) -> [(value: String, members: [Int])] {
        var groups: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            for value in facet.values(of: entry) { groups[value, default: []].append(index) }
        }
        return groups.keys.sorted { ($0 == SitePaths.none ? 1 : 0, $0) < ($1 == SitePaths.none ? 1 : 0, $1) }
            .map { ($0, groups[$0] ?? []) }
    }

    /// The values a page shows by name when there are too many for one page: the `limit` with the
    /// most articles, in the groups' order.
    static func mostFrequent(_ groups: [(value: String, members: [Int])], limit: Int) -> [(value: String, members: [Int])] {
        guard groups.count > limit else { return groups }
        let kept = Set(groups.indices.sorted { (-groups[$0].members.count, $0) < (-groups[$1].members.count, $1) }.prefix(limit))
        return groups.indices.filter(kept.contains).map { groups[$0] }
    }
}
