import Foundation

/// Writes the site's pages beyond the articles' own, from the articles' ``SiteEntry`` values and
/// ``SearchRecord``s: the home page, the listing pages, the search page, its script and index, and
/// the files articles link to. Pages that a previous build wrote and this one does not (a service
/// that is gone) are removed.
struct SiteWriter {
    let knowledgeBase: String
    let output: BuildOutput

    /// Writes the site's other pages; the home page and the listing pages only when what they show
    /// changed since the build that recorded `aggregates` (or their files did). Returns
    /// `aggregates` with the listings' digest and files as they are now.
    func write(_ entries: [SiteEntry], records: [SearchRecord?], aggregates: AggregateDigests) throws -> AggregateDigests {
        var aggregates = aggregates
        let digest = AggregateDigests.listingsDigest(entries)
        try output.createFolders(for: BuildFile.sitePages.map(\.path))
        if !aggregates.isCurrent(AggregateDigests.listings, digest: digest, in: output) {
            let listings = ListingPages.render(entries) + HomePage.allValuesPages(entries)
            try output.createFolders(for: listings.map(\.path))
            try output.write(HomePage.render(entries), to: BuildFile.home.path)
            for (path, bytes) in listings { try output.write(bytes, to: path) }
            removeListings(except: Set(listings.map(\.path)))
            aggregates.outputs[AggregateDigests.listings] = .init(digest: digest, writing: [BuildFile.home.path] + listings.map(\.path), in: output)
        }
        try output.write(SearchPage.render(), to: BuildFile.searchPage.path)
        try output.write(Array(SearchScript.source.utf8), to: BuildFile.searchScript.path)
        try SiteMedia(knowledgeBase: knowledgeBase, output: output).copy(entries)
        aggregates.documents = try SearchIndexWriter(output: output).write(entries, records: records, previousDocuments: aggregates.documents).documents
        return aggregates
    }

    /// Removes listing pages not in `kept`: in the facets' folders, and `findings-N.html`.
    private func removeListings(except kept: Set<String>) {
        for folder in SitePaths.Facet.allCases.map(\.folder) {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: output.path(folder))) ?? []
            where name.hasSuffix(".html") && !kept.contains(folder + "/" + name) {
                unlink(output.path(folder + "/" + name))
            }
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: output.root)) ?? []
        where name.hasPrefix("findings-") && name.hasSuffix(".html") && !kept.contains(name) {
            unlink(output.path(name))
        }
    }
}
