import SelfHelpKit

/// The findings panel of an article's page: each finding's severity, rule (linked to its
/// reference), line and message, with the message's `code` spans as code.
enum ArticleFindings {
    /// Appends the panel (nothing without findings), `written(&page)` called after each finding.
    static func write(_ findings: [Diagnostic], into page: inout SitePage, written: (inout SitePage) -> Void = { _ in }) {
        guard !findings.isEmpty else { return }
        page.raw("<section class=\"panel findings\" aria-label=\"Findings\"><h2>Findings <span class=\"counts\">(\(findings.count))</span></h2><ul>")
        for finding in findings {
            let severity = finding.severity.rawValue
            page.raw("<li class=\"finding\"><span class=\"sev \(severity)\">\(severity)</span><a href=\"")
            page.text(SARIFReporter.helpBase + "#" + finding.rule.rawValue)
            page.raw("\">")
            page.text(finding.rule.rawValue)
            page.raw("</a> · line \(finding.location.line)<br>")
            message(finding.message, into: &page)
            page.raw("</li>")
            written(&page)
        }
        page.raw("</ul></section>\n")
    }

    /// The message with its backticked spans as `<code>` (an unpaired backtick stays a backtick).
    static func message(_ message: String, into page: inout SitePage) {
        let parts = message.split(separator: "`", omittingEmptySubsequences: false)
        let paired = parts.count % 2 == 1
        for (n, part) in parts.enumerated() {
            let isCode = n % 2 == 1 && (paired || n < parts.count - 1)
            if isCode { page.raw("<code>") } else if n % 2 == 1 { page.raw("`") }
            page.text(String(part))
            if isCode { page.raw("</code>") }
        }
    }
}
