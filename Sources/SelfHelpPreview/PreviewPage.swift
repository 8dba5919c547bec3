import SelfHelpKit

/// A build page made into a preview page: its findings in a panel beside the text, and the
/// live-reload script. The page's Content-Security-Policy is the build's with two additions,
/// `script-src 'self'` (the one script, served by the preview) and `connect-src 'self'` (its
/// WebSocket); nothing else may run or load.
enum PreviewPage {
    static let contentSecurityPolicy = HTMLPage.contentSecurityPolicy + "; script-src 'self'; connect-src 'self'"

    static let style = """
    <style>
    @media (min-width: 70rem){body{display:grid;grid-template-columns:minmax(0,1fr) 22rem;align-items:start}}
    .selfhelp-findings{margin:2rem 1rem;padding:0 1rem;border-left:3px solid #c7e0f4;font-size:.9em}
    .selfhelp-findings ul{list-style:none;padding:0}.selfhelp-findings li{margin:.5rem 0}
    .severity{font-weight:600;text-transform:uppercase;font-size:.8em;padding:0 .3em;border-radius:3px}
    .severity-error{background:#fde7e9;color:#a4262c}.severity-warning{background:#fff4ce;color:#6d5700}.severity-info{background:#e6f2fb;color:#0f5fb8}
    </style>

    """

    /// `page` with the preview's additions; nil when the page does not have the shape the
    /// build writes (then it is served as it is, without script).
    static func decorate(_ page: [UInt8], findings: [Diagnostic]) -> [UInt8]? {
        var written = HTMLWriter()
        written.attribute("content", HTMLPage.contentSecurityPolicy)
        var replacement = HTMLWriter()
        replacement.attribute("content", contentSecurityPolicy)
        guard var result = replacing(written.bytes, with: replacement.bytes, in: page),
              let head = lastRange(of: Array("</head>".utf8), in: result) else { return nil }
        result.replaceSubrange(head.lowerBound..<head.lowerBound, with: Array(style.utf8))
        guard let body = lastRange(of: Array("</body>".utf8), in: result) else { return nil }
        result.replaceSubrange(body.lowerBound..<body.lowerBound, with: panel(findings) + Array("<script src=\"\(LiveReload.scriptPath)\"></script>\n".utf8))
        return result
    }

    /// The findings panel: severity, rule (linked to its doc), line and message.
    static func panel(_ findings: [Diagnostic]) -> [UInt8] {
        var out = HTMLWriter()
        out.raw("<aside class=\"selfhelp-findings\" aria-label=\"Findings\">\n<h2>")
        out.text(findings.isEmpty ? "No findings" : "Findings (\(findings.count))")
        out.raw("</h2>\n<ul>\n")
        for finding in findings {
            out.raw("<li class=\"finding\"><span class=\"severity severity-\(finding.severity.rawValue)\">")
            out.text(finding.severity.rawValue)
            out.raw("</span> <a")
            out.attribute("href", "\(SARIFReporter.helpBase)#\(finding.rule.rawValue)")
            out.raw(">")
            out.text(finding.rule.rawValue)
            out.raw("</a> line \(finding.location.line): ")
            out.text(finding.message)
            out.raw("</li>\n")
        }
        out.raw("</ul>\n</aside>\n")
        return out.bytes
    }

    private static func replacing(_ needle: [UInt8], with replacement: [UInt8], in haystack: [UInt8]) -> [UInt8]? {
        guard let range = firstRange(of: needle, in: haystack) else { return nil }
        var result = haystack
        result.replaceSubrange(range, with: replacement)
        return result
    }

    private static func firstRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard needle.count <= haystack.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle {
            return i..<(i + needle.count)
        }
        return nil
    }

    private static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Range<Int>? {
        guard needle.count <= haystack.count else { return nil }
        for i in stride(from: haystack.count - needle.count, through: 0, by: -1) where haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle {
            return i..<(i + needle.count)
        }
        return nil
    }
}
