/// The home page (`index.html`): the build's summary, a search box, and the ways in — every
/// service, type and cloud with its article count, linking to its listing pages. It lists no
/// article itself, so it stays small however large the knowledge base (about 100 bytes a value).
enum HomePage {
    static func render(_ entries: [SiteEntry]) -> [UInt8] {
        var page = SitePage(path: SitePaths.home, title: "Knowledge base")
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
        page.anchor(to: SitePaths.findings, "articles with findings")
        page.raw("</li></ul>\n")
        page.raw("<form class=\"site-search\" role=\"search\" method=\"get\" action=\"search.html\"><input type=\"search\" name=\"q\" ")
        page.raw("aria-label=\"Search the knowledge base\" placeholder=\"Search: a symptom, an error, a service\"><button type=\"submit\">Search</button></form>\n")
        for (facet, values) in groups {
            page.raw("<h2 id=\"\(facet.folder)\">\(facet.title)s <span class=\"counts\">(\(values.count))</span></h2>\n<ul class=\"tiles\">")
            for (value, members) in values {
                page.raw("<li><a href=\"")
                page.text(page.link(to: SitePaths.listing(facet, value)))
                page.raw("\"><span>")
                page.text(value)
                page.raw("</span><span class=\"n\">\(members.count)</span></a></li>")
            }
            page.raw("</ul>\n")
        }
        page.raw("</main>\n")
        return page.finish()
    }
}
