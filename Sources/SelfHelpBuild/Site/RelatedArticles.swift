/// A handful of related articles for each article: first those sharing a support topic id, then
/// those of the same service, nearest in path order first (so neighbours in a folder come before
/// the rest of a large service).
struct RelatedArticles {
    static let count = 5

    private var byTopic: [String: [Int]] = [:]
    private var byService: [String: [Int]] = [:]

    init(_ entries: [SiteEntry]) {
        // By index, not by entry: an entry taken out of the array is a copy (a dozen retains).
        for index in entries.indices {
            // An id listed twice is one topic: the list already ends with this article.
            for topic in entries[index].supportTopicIds where byTopic[topic]?.last != index { byTopic[topic, default: []].append(index) }
            if let service = entries[index].service { byService[service, default: []].append(index) }
        }
    }

    /// The indices of the articles related to `entries[index]`, at most ``count``.
    func related(to index: Int, in entries: [SiteEntry]) -> [Int] {
        var chosen: [Int] = []
        let lists = entries[index].supportTopicIds.sorted().compactMap { byTopic[$0] } + [entries[index].service.flatMap { byService[$0] } ?? []]
        for list in lists where chosen.count < Self.count {
            for candidate in Self.nearest(to: index, in: list) where candidate != index && !chosen.contains(candidate) {
                chosen.append(candidate)
                if chosen.count == Self.count { break }
            }
        }
        return chosen
    }

    /// Up to ``count`` + 1 members of the sorted `list` nearest to `index`, alternating after and before.
    static func nearest(to index: Int, in list: [Int]) -> [Int] {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid] < index { low = mid + 1 } else { high = mid }
        }
        var result: [Int] = []
        var after = low, before = low - 1
        while result.count <= count, after < list.count || before >= 0 {
            if after < list.count { result.append(list[after]); after += 1 }
            if before >= 0, result.count <= count { result.append(list[before]); before -= 1 }
        }
        return result
    }
}
