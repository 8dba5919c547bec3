import Foundation

/// Writes the site's pages beyond the articles' own, from the articles' ``SiteEntry`` values: the
/// home page, the listing pages, the search page and its script, and the files articles link to
/// (the search index is ``SearchIndexWriter``'s). Pages that a previous build wrote and this one does not (a service
/// that is gone) are removed.
struct SiteWriter {
    let knowledgeBase: String
    let output: BuildOutput

    /// Writes the site's other pages; the home page and the listing pages only when what they show changed
    /// since the build that recorded `aggregates` (or their files did). Returns `aggregates` with
    /// the listings' digest and files as they are now.
    func write(_ entries: [SiteEntry], aggregates: AggregateDigests) throws -> AggregateDigests {
        var aggregates = aggregates
        let digest = AggregateDigests.listingsDigest(entries)
        try output.createFolders(for: BuildFile.sitePages.map(\.path))
        if !aggregates.isCurrent(AggregateDigests.listings, digest: digest, in: output) {
            // Written as they are made: the listings of a large knowledge base are never all in memory.
            try output.createFolders(SitePaths.Facet.allCases.map(\.folder))
            try output.write(HomePage.render(entries), to: BuildFile.home.path)
            var listings: [String] = []
            func write(_ path: String, _ bytes: [UInt8]) throws {
                try output.write(bytes, to: path)
                listings.append(path)
            }
            try ListingPages.forEachPage(entries, write)
            for (path, bytes) in HomePage.allValuesPages(entries) { try write(path, bytes) }
            removeListings(except: Set(listings))
            aggregates.outputs[AggregateDigests.listings] = .init(digest: digest, writing: [BuildFile.home.path] + listings, in: output)
        }
        try output.write(SearchPage.render(), to: BuildFile.searchPage.path)
        try output.write(Array(SearchScript.source.utf8), to: BuildFile.searchScript.path)
        try SiteMedia(knowledgeBase: knowledgeBase, output: output).copy(entries)
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
