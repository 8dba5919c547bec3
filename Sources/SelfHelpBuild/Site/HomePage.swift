/// The home page (`index.html`): the build's summary, a search box, and the ways in — every
/// service, type and cloud with its article count, linking to its listing pages. It lists no
/// article itself, so it stays small however large the knowledge base (about 100 bytes a value).
enum HomePage {
    static func render(_ entries: [SiteEntry]) -> [UInt8] {
        var page = SitePage(path: BuildFile.home.path, title: "Knowledge base")
        page.raw("<main class=\"site-main\">\n<h1>Knowledge base</h1>\n")
        let errors = entries.reduce(0) { $0 + $1.errors }, warnings = entries.reduce(0) { $0 + $1.warnings }
        let infos = entries.reduce(0) { $0 + $1.infos }
        let withFindings = entries.reduce(0) { $0 + ($1.findingCount > 0 ? 1 : 0) }
        let groups = SitePaths.Facet.allCases.map { ($0, SiteGroups.grouped(entries, by: $0)) }
        page.raw("<ul class=\"summary\" aria-label=\"Build summary\">")
        page.raw("<li><strong>\(entries.count)</strong>articles</li>")
        page.raw("<li><strong>\(groups[0].1.count)</strong>services</li>")
        page.raw("<li class=\"error\"><strong>\(errors)</strong>errors</li><li class=\"warning\"><strong>\(warnings)</strong>warnings</li>")
        page.raw("<li class=\"info\"><strong>\(infos)</strong>info</li><li><strong>\(withFindings)</strong>")
        page.anchor(to: BuildFile.findings.path, "articles with findings")
        page.raw("</li></ul>\n")
        page.raw("<form class=\"site-search\" role=\"search\" method=\"get\" action=\"search.html\"><input type=\"search\" name=\"q\" ")
        page.raw("aria-label=\"Search the knowledge base\" placeholder=\"Search: a symptom, an error, a service\"><button type=\"submit\">Search</button></form>\n")
        for (facet, values) in groups {
            page.raw("<h2 id=\"\(facet.folder)\">\(facet.title)s <span class=\"counts\">(\(values.count))</span></h2>\n")
            // However many values the headers hold, the home page names the most used (all of them
            // in any real knowledge base) and links to the page of every value.
            let shown = SiteGroups.mostFrequent(values, limit: valueLimit)
            if shown.count < values.count {
                page.raw("<p>The \(shown.count) with the most articles; ")
                page.anchor(to: SitePaths.allValues(facet), "all \(values.count) \(facet.rawValue)s")
                page.raw(".</p>\n")
            }
            tiles(&page, facet, shown)
        }
        page.raw("</main>\n")
        return page.finish()
    }

    /// Values a facet shows on the home page at most (about 120 bytes each).
    static let valueLimit = 1_000

    /// The values as tiles: name and article count, linking to the value's listing.
    static func tiles(_ page: inout SitePage, _ facet: SitePaths.Facet, _ values: [(value: String, members: [Int])]) {
        page.raw("<ul class=\"tiles\">")
        for (value, members) in values {
            page.raw("<li><a href=\"")
            page.text(page.link(to: SitePaths.listing(facet, value)))
            page.raw("\"><span>")
            page.text(value)
            page.raw("</span><span class=\"n\">\(members.count)</span></a></li>")
        }
        page.raw("</ul>\n")
    }

    /// The pages of every value of the facets that have more than ``valueLimit`` (none otherwise).
    static func allValuesPages(_ entries: [SiteEntry]) -> [(path: String, bytes: [UInt8])] {
        var pages: [(String, [UInt8])] = []
        for facet in SitePaths.Facet.allCases {
            let values = SiteGroups.grouped(entries, by: facet)
            guard values.count > valueLimit else { continue }
            var page = SitePage(path: SitePaths.allValues(facet), title: "All \(facet.rawValue)s")
            page.raw("<main class=\"site-main\">\n<nav class=\"crumbs\" aria-label=\"Breadcrumb\">")
            page.anchor(to: BuildFile.home.path, "Home")
            page.raw(" › </nav>\n<h1>All \(facet.rawValue)s <span class=\"counts\">(\(values.count))</span></h1>\n")
            tiles(&page, facet, values)
            page.raw("</main>\n")
            pages.append((page.path, page.finish()))
        }
        return pages
    }
}
