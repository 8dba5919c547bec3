/// One self-help article: its header, typed metadata, Markdown body, and everything read
/// from them, each with its place in the file.
///
/// An `Article` always exists, whatever the bytes: what could not be read is in ``issues``
/// (the parser's findings as data; ``diagnostics`` words them, and validation adds its own).
public struct Article: Sendable {
    /// The path as given to the parser.
    public var path: String
    /// The decoded text of the file.
    public var source: SourceText
    /// The `<properties … />` header, nil when the file has none.
    public var header: Header?
    /// The typed reading of the header (empty when there is none).
    public var metadata: ArticleMetadata
    /// Byte offset where the body starts (just past `/>`).
    public var bodyStart: Int
    /// The body's Markdown tree (the payload blanked out), positions in file coordinates.
    public var markdown: MarkdownTree
    /// The text of the first H1, if any.
    public var title: String?
    /// Every heading of the body, in order.
    public var sections: [Section]
    /// Links and images, Markdown and raw HTML, in order.
    public var links: [Link]
    /// Links inside the strings of the JSON payload (``Link/Origin/payload``), in order, found on
    /// first use. They are not rendered as Markdown links; the link rules check them too (see
    /// ``checkedLinks``).
    public var payloadLinks: [Link] { payload?.links ?? [] }
    /// The template placeholders of the body (`<!--$name-->…<!--/$name-->`), in order.
    public var placeholders: [Placeholder]
    /// The named regions of the body (`<!--name-->…<!--/name-->`), in order.
    public var regions: [Region]
    /// The JSON payload, when the body has one.
    public var payload: Payload?
    /// What the parser found wrong, in source order, as data.
    public var issues: [ParseIssue]

    /// What the parser found wrong, in source order, in the words of the rules the issues belong to.
    public var diagnostics: [Diagnostic] { issues.map { $0.diagnostic(file: path) } }

    /// Whether the parser left the article unread because of `rule` (`encoding-not-text`,
    /// `article-too-large`): the article is its bytes and that one finding.
    public func wasNotParsed(_ rule: RuleID) -> Bool {
        bodyStart == 0 && markdown.nodes.count <= 1 && issues.count == 1 && issues[0].rule == rule
    }

    /// The H1 headings (an article should have exactly one).
    public var titleSections: [Section] { sections.filter { $0.level == 1 } }
    /// The links the link rules check: ``links`` and then ``payloadLinks``.
    public var checkedLinks: [Link] { payloadLinks.isEmpty ? links : links + payloadLinks }
    /// Images only.
    public var images: [Link] { links.filter(\.isImage) }
}

extension Article: CustomStringConvertible {
    /// `Article(storage/blob-uploads.md: "Blob uploads fail", 2 diagnostics)`: a summary; the
    /// model's parts are its properties.
    public var description: String {
        let title = self.title.map { ": \"\($0)\"" } ?? ""
        return "Article(\(path)\(title), \(issues.count) diagnostic\(issues.count == 1 ? "" : "s"))"
    }
}
