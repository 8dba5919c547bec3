/// `search.html`: the search form with its filters, and the results that `assets/search.js`
/// (``SearchScript``) writes from the index (``SearchIndexWriter``). The only page with a script.
/// Search needs the site served over HTTP (a browser does not let a page opened from disk fetch).
enum SearchPage {
    static func render() -> [UInt8] {
        var page = SitePage(path: BuildFile.searchPage.path, title: "Search · Knowledge base", script: BuildFile.searchScript.path)
        page.raw("""
        <main class="site-main">
        <h1>Search</h1>
        <form id="search-form" class="search-form" role="search" method="get" action="\(BuildFile.searchPage.path)">
        <div class="site-search"><input id="q" type="search" name="q" aria-label="Search terms" placeholder="Search articles"><button type="submit">Search</button></div>
        <div class="search-filters">
        <label>Service <select id="filter-service" name="service"><option value="">All</option></select></label>
        <label>Type <select id="filter-type" name="type"><option value="">All</option></select></label>
        <label>Cloud <select id="filter-cloud" name="cloud"><option value="">All</option></select></label>
        </div>
        </form>
        <p id="status" role="status"><noscript>Search runs in the browser: it needs JavaScript.</noscript></p>
        <ol id="results" class="results"></ol>
        <p><button id="more" type="button" hidden>More results</button></p>
        </main>

        """)
        return page.finish()
    }
}
