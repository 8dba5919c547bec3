import SelfHelpKit
/// The `index.html` of a build: every article by service, by type and by cloud, with counts
/// and each article's diagnostics. A single self-contained file (inline style, no script, no
/// external request) that works when opened from disk.
enum SiteIndexPage {
    static func render(facts articles: [ArticleFacts], diagnostics: [Diagnostic], outputs: (String) -> String) -> [UInt8] {
        // Diagnostics come in report order (by file), so each file's are one contiguous run.
        var byFile: [String: Range<Int>] = [:]
        var start = 0
        for i in diagnostics.indices where i + 1 == diagnostics.count || diagnostics[i + 1].file != diagnostics[i].file {
            byFile[diagnostics[i].file] = start..<(i + 1)
            start = i + 1
        }
        func found(_ path: String) -> ArraySlice<Diagnostic> { byFile[path].map { diagnostics[$0] } ?? [] }
        // What the page shows of each article, taken from its facts once.
        let rows = articles.map { article in
            var link: [UInt8] = Array("<a href=\"".utf8)
            HTMLText.appendEscaped(percentEncodedPath(outputs(article.path)), to: &link)
            link += Array("\">".utf8)
            HTMLText.appendEscaped(article.displayTitle, to: &link)
            link += Array("</a>".utf8)
            return Row(path: article.path, link: link, type: article.selfHelpType?.name,
                       service: article.service?.normalized, clouds: article.cloudNames)
        }
        var out: [UInt8] = []
        out.reserveCapacity(articles.count * 1_800)
        func raw(_ s: String) { out.append(contentsOf: s.utf8) }
        func text(_ s: String) { HTMLText.appendEscaped(s, to: &out) }

        raw("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Knowledge base</title>
        <style>
        body{font:15px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
        header{background:#0b3d66;color:#fff;padding:1.2em 2em}header h1{margin:0;font-size:1.6em}
        header p{margin:.3em 0 0;opacity:.85}nav{padding:.6em 2em;background:#e8eef4}nav a{margin-right:1.2em;color:#0b3d66}
        main{padding:1em 2em;max-width:1100px}h2{border-bottom:2px solid #0b3d66;padding-bottom:.2em;margin-top:1.6em}
        h3{margin:1.2em 0 .4em;font-size:1.05em}.count{color:#555;font-weight:normal}
        table{border-collapse:collapse;width:100%;background:#fff}td,th{border-bottom:1px solid #e2e2e2;padding:.35em .6em;text-align:left;vertical-align:top}
        th{background:#f0f0f0}.error{color:#a4262c}.warning{color:#8a5300}.info{color:#555}
        details summary{cursor:pointer}ul.diagnostics{margin:.3em 0;padding-left:1.2em;font-size:.9em}code{font-size:.9em}
        .pill{display:inline-block;border-radius:.8em;padding:0 .5em;margin-right:.2em;background:#e8eef4;font-size:.85em}
        </style></head><body>
        """)
        let errors = diagnostics.reduce(0) { $1.severity == .error ? $0 + 1 : $0 }
        let warnings = diagnostics.reduce(0) { $1.severity == .warning ? $0 + 1 : $0 }
        raw("<header><h1>Knowledge base</h1><p>\(articles.count) articles · \(errors) errors · \(warnings) warnings</p></header>\n")
        raw("<nav><a href=\"#by-service\">By service</a><a href=\"#by-type\">By type</a><a href=\"#by-cloud\">By cloud</a><a href=\"#diagnostics\">Diagnostics</a></nav>\n<main>\n")

        func table(_ group: [Int]) {
            raw("<table><thead><tr><th>Article</th><th>Type</th><th>Clouds</th><th>Diagnostics</th></tr></thead><tbody>\n")
            for index in group {
                let row = rows[index]
                raw("<tr><td>")
                out += row.link
                raw("<br><code>")
                text(row.path)
                raw("</code></td><td>")
                text(row.type ?? "—")
                raw("</td><td>")
                for cloud in row.clouds {
                    raw("<span class=\"pill\">")
                    text(cloud)
                    raw("</span>")
                }
                raw("</td><td>")
                raw(countsHTML(found(row.path)))
                raw("</td></tr>\n")
            }
            raw("</tbody></table>\n")
        }

        // By service: the full table, each article once.
        let services = grouped(rows) { [$0.service ?? "(no service)"] }
        raw("<h2 id=\"by-service\">By service <span class=\"count\">(\(services.count))</span></h2>\n")
        for (name, group) in services {
            raw("<h3>")
            text(name)
            raw(" <span class=\"count\">(\(group.count))</span></h3>\n")
            table(group)
        }
        // By type and by cloud: counts, and the articles as a compact list behind each.
        for (id, title, groups) in [
            ("by-type", "By type", grouped(rows) { [$0.type ?? "(no type)"] }),
            ("by-cloud", "By cloud", grouped(rows) { $0.clouds.isEmpty ? ["(no cloud)"] : $0.clouds }),
        ] {
            raw("<h2 id=\"\(id)\">\(title) <span class=\"count\">(\(groups.count))</span></h2>\n")
            for (name, group) in groups {
                raw("<details><summary><strong>")
                text(name)
                raw("</strong> <span class=\"count\">(\(group.count))</span></summary><ul>")
                for index in group {
                    raw("<li>")
                    out += rows[index].link
                    raw("</li>")
                }
                raw("</ul></details>\n")
            }
        }

        raw("<h2 id=\"diagnostics\">Diagnostics <span class=\"count\">(\(diagnostics.count))</span></h2>\n")
        for row in rows {
            let found = found(row.path)
            guard !found.isEmpty else { continue }
            raw("<details><summary><code>")
            text(row.path)
            raw("</code> ")
            raw(countsHTML(found))
            raw("</summary><ul class=\"diagnostics\">")
            for diagnostic in found {
                raw("<li class=\"\(diagnostic.severity.rawValue)\">\(diagnostic.location.line):\(diagnostic.location.column) \(diagnostic.severity.rawValue): ")
                text(diagnostic.message)
                raw(" <code>[")
                text(diagnostic.rule.rawValue)
                raw("]</code></li>")
            }
            raw("</ul></details>\n")
        }
        raw("</main></body></html>\n")
        return out
    }

    static func countsHTML(_ diagnostics: ArraySlice<Diagnostic>) -> String {
        guard !diagnostics.isEmpty else { return "" }
        var parts: [String] = []
        for severity in [Severity.error, .warning, .info] {
            let n = diagnostics.reduce(0) { $1.severity == severity ? $0 + 1 : $0 }
            if n > 0 { parts.append("<span class=\"\(severity.rawValue)\">\(n) \(severity.rawValue)\(n == 1 || severity == .info ? "" : "s")</span>") }
        }
        return parts.joined(separator: " ")
    }

    /// One article as the page lists it.
    private struct Row {
        var path: String
        /// `<a href="page">title</a>`, escaped.
        var link: [UInt8]
        var type: String?
        var service: String?
        var clouds: [String]
    }

    /// Groups rows by one or more keys each: the groups sorted by key, each a list of indices
    /// into `rows` in their order.
    private static func grouped(_ rows: [Row], by keys: (Row) -> [String]) -> [(String, [Int])] {
        var groups: [String: [Int]] = [:]
        for (index, row) in rows.enumerated() { for key in keys(row) { groups[key, default: []].append(index) } }
        return groups.keys.sorted().map { ($0, groups[$0] ?? []) }
    }

    /// Percent-encodes what a relative URL path cannot hold (spaces, `#`, `?`, `%`, non-ASCII).
    static func percentEncodedPath(_ path: String) -> String {
        UTF8Text.percentEncoded(path.utf8) { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"), UInt8(ascii: "("),
                 UInt8(ascii: ")"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: "@"):
                return true
            default:
                return false
            }
        }
    }
}
