import SelfHelpKit

/// One page of the site being written: the shared frame (strict Content-Security-Policy, the
/// stylesheet inline, a header with a link home, the sections and a search box), then what the
/// page's generator writes, then ``finish()``.
///
/// Pages make no request of their own but their images and, on the search page only, the search
/// script and the index files: all from the site's own origin.
struct SitePage {
    /// The page, relative to the output folder: links are written relative to it.
    let path: String
    /// `../` for each folder the page is in.
    private let rootPrefix: String
    private(set) var bytes: [UInt8] = []

    /// The policy of every page; `script` adds `script-src 'self'` and `connect-src 'self'`.
    static func contentSecurityPolicy(script: Bool) -> String {
        "default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'"
            + (script ? "; script-src 'self'; connect-src 'self'" : "")
    }

    /// Starts a page at `path` titled `title`; `script` is a site path to load with `defer`.
    init(path: String, title: String, script: String? = nil, query: String = "", capacity: Int = 16_384) {
        self.path = path
        rootPrefix = SitePaths.rootPrefix(of: path)
        bytes.reserveCapacity(capacity)
        raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"")
        text(Self.contentSecurityPolicy(script: script != nil))
        raw("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<link rel=\"icon\" href=\"data:,\">\n<title>")
        text(title)
        raw("</title>\n<style>\n")
        raw(Self.stylesheet)
        raw("</style>\n")
        if let script {
            raw("<script src=\"")
            text(link(to: script))
            raw("\" defer></script>\n")
        }
        // The header's targets are fixed paths with nothing to encode.
        raw("</head>\n<body>\n<header class=\"site-header\"><a class=\"site-name\" href=\"\(rootPrefix)\(BuildFile.home.path)\">Knowledge base</a><nav aria-label=\"Site\">")
        raw("<a href=\"\(rootPrefix)\(BuildFile.home.path)#services\">Services</a><a href=\"\(rootPrefix)\(BuildFile.home.path)#types\">Types</a>")
        raw("<a href=\"\(rootPrefix)\(BuildFile.home.path)#clouds\">Clouds</a><a href=\"\(rootPrefix)\(BuildFile.findings.path)\">Findings</a>")
        raw("</nav><form class=\"site-search\" role=\"search\" method=\"get\" action=\"\(rootPrefix)\(BuildFile.searchPage.path)\">")
        raw("<input type=\"search\" name=\"q\" aria-label=\"Search the knowledge base\" placeholder=\"Search articles\" value=\"")
        text(query)
        raw("\"><button type=\"submit\">Search</button></form></header>\n")
    }

    /// The article stylesheet, then the site's.
    private static let stylesheet = Array((String(describing: HTMLPage.stylesheet) + "\n" + SiteStyle.stylesheet).utf8)

    /// A piece of the page at `path` (no frame), to be copied into pages at the same depth.
    init(fragmentAt path: String) {
        self.path = path
        rootPrefix = SitePaths.rootPrefix(of: path)
    }

    /// The URL of the site path `target` from this page (every `#` or `?` in it is part of a file name).
    func link(to target: String) -> String {
        rootPrefix + SitePaths.percentEncodedPath(target)
    }

    /// Empties the bytes written so far (a caller took them), keeping their storage.
    mutating func removeBytes() { bytes.removeAll(keepingCapacity: true) }

    mutating func raw(_ html: String) { bytes.append(contentsOf: html.utf8) }

    mutating func raw(_ html: [UInt8]) { bytes.append(contentsOf: html) }

    mutating func text(_ text: String) { HTMLText.appendEscaped(text, to: &bytes) }

    /// `<a href="…">text</a>` to a site path.
    mutating func anchor(to target: String, _ label: String, class className: String? = nil) {
        raw("<a")
        if let className { raw(" class=\"\(className)\"") }
        raw(" href=\"")
        text(link(to: target))
        raw("\">")
        text(label)
        raw("</a>")
    }

    /// The counts of findings, coloured by severity (nothing when there are none).
    mutating func findingCounts(errors: Int, warnings: Int, infos: Int) {
        for (n, severity) in [(errors, "error"), (warnings, "warning"), (infos, "info")] where n > 0 {
            raw(" <span class=\"badge \(severity)\">\(n) \(severity)\(n == 1 || severity == "info" ? "" : "s")</span>")
        }
    }

    /// Closes the page and returns its bytes.
    mutating func finish() -> [UInt8] {
        raw("</body>\n</html>\n")
        return bytes
    }
}
