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
}
