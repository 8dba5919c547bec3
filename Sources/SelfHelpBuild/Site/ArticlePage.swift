import SelfHelpKit

/// An article's page on the site: the site header, a breadcrumb (Home › service › type), the
/// rendered article, and beside it the metadata panel, the build's findings and related articles.
///
/// The article's own HTML sits between two markers, so that a rebuild can give an unchanged
/// article new surroundings (its findings or related articles changed) without rendering it
/// again: ``splice(_:top:bottom:)``.
enum ArticlePage {
    static let bodyStart = Array("<!--selfhelp:body-->\n".utf8)
    static let bodyEnd = Array("<!--/selfhelp:body-->\n".utf8)

    /// The page around `body` (the article as an HTML fragment).
    static func render(_ entry: SiteEntry, findings: [Diagnostic], related: [SiteEntry], body: [UInt8]) -> [UInt8] {
        let (top, bottom) = chrome(entry, findings: findings, related: related)
        return top + bodyStart + body + bodyEnd + bottom
    }

    /// The page around `body()` appended to `out`, as ``render(_:findings:related:body:)`` makes
    /// it, `spill(&out)` called after the top, the body and every few findings: a build moves a
    /// large article's page to its file as it is written (``SpillingOutput``) instead of holding
    /// the page, and makes the body only once the top is out.
    static func write(_ entry: SiteEntry, findings: [Diagnostic], related: [SiteEntry], body: () -> [UInt8],
                      into out: inout [UInt8], spill: (inout [UInt8]) -> Void) {
        out += top(entry)
        out += bodyStart
        spill(&out)
        // In slices, so that a large body is not copied whole into `out`.
        let html = body()
        for start in stride(from: 0, to: html.count, by: 1 << 20) {
            out += html[start..<min(start + (1 << 20), html.count)]
            spill(&out)
        }
        out += bodyEnd
        spill(&out)
        var rest = bottom(entry, findings: findings, related: related) { page in
            guard page.bytes.count >= 1 << 16 else { return }
            out += page.bytes
            page.removeBytes()
            spill(&out)
        }
        out += rest.finish()
    }

    /// `page` (a page this type wrote) with new surroundings; nil when it has no markers.
    static func splice(_ page: [UInt8], top: [UInt8], bottom: [UInt8]) -> [UInt8]? {
        guard let start = firstIndex(of: bodyStart, in: page, from: 0),
              let end = firstIndex(of: bodyEnd, in: page, from: start + bodyStart.count) else { return nil }
        return top + page[start..<(end + bodyEnd.count)] + bottom
    }

    /// What comes before and after the article's HTML.
    static func chrome(_ entry: SiteEntry, findings: [Diagnostic], related: [SiteEntry]) -> (top: [UInt8], bottom: [UInt8]) {
        var rest = bottom(entry, findings: findings, related: related)
        return (top(entry), rest.finish())
    }

    /// The page's start, up to the article's HTML: header, breadcrumb.
    static func top(_ entry: SiteEntry) -> [UInt8] {
        var page = SitePage(path: entry.page, title: entry.title, capacity: 4_096)
        page.raw("<main class=\"site-main\">\n<nav class=\"crumbs\" aria-label=\"Breadcrumb\">")
        page.anchor(to: BuildFile.home.path, "Home")
        for facet in [SitePaths.Facet.service, .type] {
            let value = facet.values(of: entry)[0]
            page.raw(" › ")
            page.anchor(to: SitePaths.listing(facet, value), value == SitePaths.none ? "(no \(facet.rawValue))" : value)
        }
        page.raw("</nav>\n<div class=\"article-grid\">\n<article class=\"selfhelp-article\">\n")
        return page.bytes
    }

    /// What follows the article's HTML (metadata, findings, related articles), not finished;
    /// `written` is called after each finding (``ArticleFindings/write(_:into:written:)``).
    static func bottom(_ entry: SiteEntry, findings: [Diagnostic], related: [SiteEntry], written: (inout SitePage) -> Void = { _ in }) -> SitePage {
        var page = SitePage(fragmentAt: entry.page)
        page.raw("</article>\n<aside class=\"article-side\">\n")
        metadata(&page, entry)
        ArticleFindings.write(findings, into: &page, written: written)
        relatedPanel(&page, related)
        page.raw("</aside>\n</div>\n</main>\n")
        return page
    }

    static func metadata(_ page: inout SitePage, _ entry: SiteEntry) {
        page.raw("<section class=\"panel metadata\" aria-label=\"About this article\"><h2>About this article</h2><dl>")
        func row(_ name: String, _ values: [String], link: SitePaths.Facet? = nil) {
            guard !values.isEmpty else { return }
            page.raw("<dt>\(name)</dt><dd>")
            for (n, value) in values.enumerated() {
                if n > 0 { page.raw(", ") }
                if let link { page.anchor(to: SitePaths.listing(link, value), value) } else { page.text(value) }
            }
            page.raw("</dd>")
        }
        row("Service", entry.service.map { [$0] } ?? [], link: .service)
        row("Resource", entry.resource.map { [$0] } ?? [])
        row("Type", entry.type.map { [$0] } ?? [], link: .type)
        row("Clouds", entry.clouds, link: .cloud)
        row("Support topic ids", entry.supportTopicIds)
        row("Product ids", entry.productIds)
        row("Article id", entry.articleId.map { [$0] } ?? [])
        page.raw("<dt>Source</dt><dd><code>")
        page.text(entry.path)
        page.raw("</code></dd></dl></section>\n")
    }

    static func relatedPanel(_ page: inout SitePage, _ related: [SiteEntry]) {
        guard !related.isEmpty else { return }
        page.raw("<section class=\"panel related\" aria-label=\"Related articles\"><h2>Related articles</h2><ul>")
        for entry in related {
            page.raw("<li>")
            page.anchor(to: entry.page, entry.title)
            page.raw("</li>")
        }
        page.raw("</ul></section>\n")
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        var i = from
        while i <= haystack.count - needle.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
