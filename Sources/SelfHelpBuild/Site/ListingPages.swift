/// The listing pages: the articles of one service, type or cloud (`services/storage.html`), and
/// the articles with findings (`findings.html`). A list longer than ``pageSize`` is cut into
/// numbered pages (`services/storage-2.html`) with links between them, so no page is huge.
enum ListingPages {
    static let pageSize = 200

    /// Every listing page of the entries: each facet's values, then the findings.
    static func render(_ entries: [SiteEntry]) -> [(path: String, bytes: [UInt8])] {
        var pages: [(path: String, bytes: [UInt8])] = []
        forEachPage(entries) { pages.append(($0, $1)) }
        return pages
    }

    /// Renders every listing page of the entries (each facet's values, then the findings) and hands
    /// each to `page` as soon as it is made: a build writes them one at a time, so the listings of a
    /// large knowledge base (a few kilobytes an article) are never all in memory.
    static func forEachPage(_ entries: [SiteEntry], _ page: (_ path: String, _ bytes: [UInt8]) throws -> Void) rethrows {
        // Rows are made with their page, not all kept first (about 400 bytes an article): a row is
        // the same on every listing at the same depth, so the facets' rows are made for this one.
        let rowListing = SitePaths.listing(.service, "x")
        // Every entry's rank by title, once: the listings sort by group, then by it.
        let byTitle = entries.indices.sorted { (entries[$0].title, $0) < (entries[$1].title, $1) }
        var titleRank = [Int](repeating: 0, count: entries.count)
        for (rank, index) in byTitle.enumerated() { titleRank[index] = rank }
        for facet in SitePaths.Facet.allCases {
            for (value, members) in SiteGroups.grouped(entries, by: facet) {
                // A service's articles grouped by type; a type's and a cloud's by service.
                let groupKey: (SiteEntry) -> String = facet == .service ? { $0.type ?? SitePaths.none } : { $0.service ?? SitePaths.none }
                let keys = Dictionary(members.map { ($0, groupKey(entries[$0])) }, uniquingKeysWith: { a, _ in a })
                let ordered = members.sorted { (keys[$0] ?? "", titleRank[$0]) < (keys[$1] ?? "", titleRank[$1]) }
                try render(ordered, of: entries, rows: { row(entries[$0], on: rowListing) }, title: "\(facet.title): \(value)", group: groupKey,
                           path: { SitePaths.listing(facet, value, number: $0) }, page)
            }
        }
        let withFindings = entries.indices.filter { entries[$0].findingCount > 0 }.sorted {
            (-entries[$0].errors, -entries[$0].warnings, $0) < (-entries[$1].errors, -entries[$1].warnings, $1)
        }
        try render(withFindings, of: entries, rows: { row(entries[$0], on: BuildFile.findings.path) }, title: "Articles with findings", group: nil,
                   path: SitePaths.findings(number:), page)
    }

    /// Hands to `emit` the pages listing `members` in their order, headed by `title`, with a
    /// heading each time `group` changes; `rows` gives an entry's row as written on these pages.
    static func render(_ members: [Int], of entries: [SiteEntry], rows: (Int) -> [UInt8], title: String, group: ((SiteEntry) -> String)?,
                       path: (Int) -> String, _ emit: (_ path: String, _ bytes: [UInt8]) throws -> Void) rethrows {
        let count = max(1, (members.count + pageSize - 1) / pageSize)
        for number in 1...count {
            let slice = members.dropFirst((number - 1) * pageSize).prefix(pageSize)
            var page = SitePage(path: path(number), title: title + (number > 1 ? " (page \(number))" : ""), capacity: 8_192 + slice.count * 600)
            page.raw("<main class=\"site-main\">\n<nav class=\"crumbs\" aria-label=\"Breadcrumb\">")
            page.anchor(to: BuildFile.home.path, "Home")
            page.raw(" › </nav>\n<h1>")
            page.text(title)
            page.raw(" <span class=\"counts\">(\(members.count))</span></h1>\n")
            if members.isEmpty { page.raw("<p>No article.</p>\n") }
            pager(&page, number: number, count: count, path: path)
            var current: String?
            page.raw("<ul class=\"listing\">\n")
            for index in slice {
                if let group, group(entries[index]) != current {
                    current = group(entries[index])
                    page.raw("</ul>\n<h2>")
                    page.text(current ?? "")
                    page.raw("</h2>\n<ul class=\"listing\">\n")
                }
                page.raw(rows(index))
            }
            page.raw("</ul>\n")
            pager(&page, number: number, count: count, path: path)
            page.raw("</main>\n")
            try emit(page.path, page.finish())
        }
    }

    /// One article as a listing at `listing` (a page path) shows it: its title linked, then path,
    /// service, type, clouds and finding counts.
    static func row(_ entry: SiteEntry, on listing: String) -> [UInt8] {
        var page = SitePage(fragmentAt: listing)
        page.raw("<li>")
        page.anchor(to: entry.page, entry.title)
        page.findingCounts(errors: entry.errors, warnings: entry.warnings, infos: entry.infos)
        page.raw("<span class=\"meta\">")
        page.text([entry.service, entry.type].compactMap { $0 }.joined(separator: " · "))
        for cloud in entry.clouds {
            page.raw(" <span class=\"pill\">")
            page.text(cloud)
            page.raw("</span>")
        }
        page.raw(" <code>")
        page.text(entry.path)
        page.raw("</code></span></li>\n")
        return page.bytes
    }

    static func pager(_ page: inout SitePage, number: Int, count: Int, path: (Int) -> String) {
        guard count > 1 else { return }
        page.raw("<nav class=\"pager\" aria-label=\"Pages\">")
        for n in 1...count {
            if n == number { page.raw("<span aria-current=\"page\">\(n)</span>") } else { page.anchor(to: path(n), String(n)) }
        }
        page.raw("</nav>\n")
    }
}
