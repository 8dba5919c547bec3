/// The site's stylesheet, after the article stylesheet (``HTMLPage/stylesheet``) in every page.
///
/// Narrow first: one column, wrapping long words, tables and code scrolling inside themselves, so
/// that no page scrolls sideways at 360 pixels; the article's side panel moves to the right from
/// 960 pixels. Print drops the header's navigation, the search and the related articles.
enum SiteStyle {
    static let stylesheet = """
    *{box-sizing:border-box}body{overflow-wrap:anywhere}
    .site-header{background:#0b3d66;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center}
    .site-header a{color:#fff;text-decoration:none}.site-header a:hover{text-decoration:underline}
    .site-name{font-weight:700;font-size:1.1rem}.site-header nav{display:flex;flex-wrap:wrap;gap:.2rem 1rem}
    .site-search{display:flex;gap:.3rem;margin-left:auto;flex:1 1 14rem;max-width:28rem}
    .site-search input{flex:1;min-width:0;padding:.3rem .5rem;border:1px solid #9fb3c8;border-radius:4px;font:inherit}
    .site-search button{padding:.3rem .8rem;font:inherit;border:0;border-radius:4px;background:#e8eef4;color:#0b3d66;cursor:pointer}
    .site-main{max-width:74rem;margin:0 auto;padding:1rem}.site-main .site-search{margin:0 0 1rem}
    .site-main h1{margin:.4rem 0 .6rem}.lead{color:#444;margin-top:0}
    .crumbs{font-size:.9rem;color:#555;margin:.2rem 0 .8rem}.crumbs a{color:#0f5fb8}
    .article-grid{display:grid;grid-template-columns:minmax(0,1fr);gap:1.5rem}
    @media (min-width:960px){.article-grid{grid-template-columns:minmax(0,1fr) 19rem}}
    .article-grid .selfhelp-article{margin:0;max-width:none;padding:0;min-width:0}
    pre,table{max-width:100%}table{display:block;overflow-x:auto}
    .panel{border:1px solid #dbe3ec;border-radius:6px;padding:.7rem 1rem;margin:0 0 1rem;background:#f7f9fb;font-size:.92rem}
    .panel h2{font-size:1rem;margin:0 0 .5rem}.panel dl{margin:0}.panel dd{margin:0 0 .35rem 0}
    .panel ul{margin:0;padding-left:1.1rem}.panel li{margin:.2rem 0}
    .findings li{list-style:none;margin-left:-1.1rem;padding:.2rem 0;border-bottom:1px solid #e6ebf0}
    .sev{font-weight:600;text-transform:uppercase;font-size:.75rem;margin-right:.3rem}
    .error{color:#a4262c}.warning{color:#8a5300}.info{color:#3b5a78}
    .badge{display:inline-block;border-radius:.7rem;padding:0 .45rem;font-size:.78rem;background:#f1f1f1;white-space:nowrap}
    .pill{display:inline-block;border-radius:.7rem;padding:0 .45rem;margin:0 .2rem .1rem 0;background:#e8eef4;font-size:.8rem}
    .counts{color:#555;font-weight:normal}
    .tiles{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));gap:.4rem}
    .tiles a{display:flex;justify-content:space-between;gap:.5rem;padding:.35rem .6rem;border:1px solid #dbe3ec;border-radius:5px;text-decoration:none;background:#fff}
    .tiles a:hover{border-color:#0f5fb8}.tiles .n{color:#555}
    .summary{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;list-style:none}.summary strong{font-size:1.3rem;display:block}
    .listing{list-style:none;padding:0}.listing li{padding:.45rem 0;border-bottom:1px solid #e6ebf0}
    .listing .meta{display:block;color:#555;font-size:.85rem}
    .pager{display:flex;flex-wrap:wrap;gap:.3rem;margin:1rem 0}.pager a,.pager span{padding:.15rem .55rem;border:1px solid #dbe3ec;border-radius:4px}
    .pager span{background:#0b3d66;color:#fff}
    .form-control{display:block;width:100%;max-width:28rem;margin:.25rem 0;padding:.3rem;font:inherit}
    .form-choices label{display:block}.form-condition{color:#555;font-size:.9em;margin:.2rem 0}
    .search-filters{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 1rem}.search-filters select{font:inherit;max-width:100%}
    .results{padding-left:1.2rem}.results li{margin:0 0 1rem}.results .snippet{margin:.2rem 0;color:#333}
    mark{background:#fff1a8;padding:0 .1em}
    @media print{.site-header nav,.site-search,.related,.pager,.search-filters{display:none}
    .site-header{background:none;color:#000;padding:0}.site-header a{color:#000}
    .article-grid{display:block}.panel{break-inside:avoid;background:none}a,.crumbs a{color:#000}pre,table{overflow:visible}}
    """
}
