/// Options shared by the renderers.
public struct RenderOptions: Sendable {
    /// Values for placeholders, by name (matched exactly, then case-insensitively). A placeholder
    /// without a value shows its default. Values are text: they are escaped, never parsed as HTML.
    public var variables: [String: String]
    /// How portal (`data-blade:`) links become links.
    public var linkResolver: any LinkResolver
    /// Rewrite relative links to other articles (`../x/y.md#a`) to their rendered form (`../x/y.html#a`).
    public var rewriteArticleLinks: Bool
    /// The extension relative `.md` links get when ``rewriteArticleLinks`` is on.
    public var renderedExtension: String
    /// Prefixed to every heading id, and to the fragment of every in-page link (`#x` → `#<prefix>x`)
    /// the HTML writes, so that several articles can share a page without clashing ids.
    public var idPrefix: String

    /// Options with the given values; the defaults render placeholders' defaults, portal links to
    /// the public Azure portal, and relative links unchanged.
    public init(variables: [String: String] = [:], linkResolver: any LinkResolver = PortalLinkResolver(),
                rewriteArticleLinks: Bool = false, renderedExtension: String = "html", idPrefix: String = "") {
        self.variables = variables
        self.linkResolver = linkResolver
        self.rewriteArticleLinks = rewriteArticleLinks
        self.renderedExtension = renderedExtension
        self.idPrefix = idPrefix
    }

    /// The URL a Markdown or payload link is written with, after resolving portal links and
    /// rewriting article links, and after ``URLPolicy``; nil when the link must not be a link.
    /// `attributes` receives the resolver's extra `data-` attributes.
    func linkTarget(_ destination: String, attributes: inout [(String, String)]) -> String? {
        // Most links are plain web links: classify only those that may need more than the policy.
        guard Self.mayBePortal(destination) || (rewriteArticleLinks && destination.utf8.contains(UInt8(ascii: "."))) else {
            return URLPolicy.sanitize(destination, context: .link)
        }
        let kind = LinkKind(destination)
        switch kind {
        case .portal(let portal):
            guard let resolved = linkResolver.resolve(portal) else { return nil }
            for (name, value) in resolved.attributes.sorted(by: { $0.key < $1.key }) where ResolvedLink.isAllowedAttributeName(name) {
                if ResolvedLink.isURLAttributeName(name) {
                    // A host may navigate to it: the same check as `href`, a rejected value dropped.
                    // An accepted one is kept as written (a template's `{$domain}` stays for the host).
                    if URLPolicy.sanitize(value, context: .link) != nil { attributes.append((name, value)) }
                } else {
                    attributes.append((name, value))
                }
            }
            return resolved.href.flatMap { URLPolicy.sanitize($0, context: .link) }
        case .relative(let path, let fragment) where rewriteArticleLinks && path.lowercased().hasSuffix(".md"):
            let rewritten = String(path.dropLast(2)) + renderedExtension + (fragment.map { "#" + $0 } ?? "")
            return URLPolicy.sanitize(rewritten, context: .link)
        default:
            return URLPolicy.sanitize(destination, context: .link)
        }
    }
}

extension RenderOptions {
    /// Whether the text before the first `:` could be a portal prefix (`data-blade` …): a quick
    /// byte test that spares classifying ordinary links.
    static func mayBePortal(_ destination: String) -> Bool {
        var letters = 0
        for b in destination.utf8 {
            if b == UInt8(ascii: ":") { return letters >= 9 }
            letters += 1
            if letters > 24 { return false }
            let lower = b | 0x20
            guard (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || b == UInt8(ascii: "-") || b == 0x20 || b == 0x09 else { return false }
        }
        return false
    }
}

/// Renders an ``Article`` as safe HTML: a fragment (default) or a standalone page.
///
/// The Markdown tree is walked iteratively (any depth). Text is escaped; raw HTML goes through
/// ``HTMLSanitizer``; every `href`/`src` through ``URLPolicy``; portal links through the
/// ``RenderOptions/linkResolver``. Headings get ids from ``HeadingSlugs``. Placeholders become
/// `<span class="placeholder" data-placeholder="name">default or value</span>`, regions
/// `<div class="region" data-region="name">…</div>` (a `span` inline). A JSON payload renders as
/// readable HTML (``PayloadHTML``). The renderer does no I/O and never fails.
///
/// A link whose URL is rejected renders as its text; an image as its alt text.
public struct HTMLRenderer: Sendable {
    /// Placeholder values, link resolution and id prefix.
    public var options: RenderOptions
    /// Whether to produce a full page (doctype, charset, title, inline stylesheet and a strict
    /// Content-Security-Policy) instead of a fragment.
    public var standalone: Bool

    /// A renderer; a fragment unless `standalone`.
    public init(options: RenderOptions = RenderOptions(), standalone: Bool = false) {
        self.options = options
        self.standalone = standalone
    }

    /// The article as HTML (UTF-8 text).
    public func render(_ article: Article) -> String {
        String(decoding: renderBytes(article), as: UTF8.self)
    }

    /// The article as UTF-8 HTML bytes.
    public func renderBytes(_ article: Article) -> [UInt8] {
        var writer = HTMLWriter(capacity: article.source.bytes.count * 2 + (standalone ? 2048 : 64))
        if standalone { HTMLPage.writeHead(title: HTMLPage.title(of: article), into: &writer) }
        renderNodes(article.markdown, 1..<article.markdown.nodes.count, slugs: nil, into: &writer)
        if let payload = article.payload { PayloadHTML.render(payload, options: options, title: article.title, into: &writer) }
        if standalone { HTMLPage.writeTail(into: &writer) }
        return writer.bytes
    }

    /// Renders the nodes `range` of `tree` (whole subtrees, in document order) as a fragment.
    /// Used for the per-section HTML of ``JSONRenderer``.
    func renderFragment(_ tree: MarkdownTree, _ range: Range<Int>, slugs: [Int: String]) -> String {
        String(decoding: renderFragmentBytes(tree, range, slugs: slugs), as: UTF8.self)
    }

    /// ``renderFragment(_:_:slugs:)`` as UTF-8 bytes (a large fragment is then not held twice,
    /// as bytes and as a string).
    func renderFragmentBytes(_ tree: MarkdownTree, _ range: Range<Int>, slugs: [Int: String]) -> [UInt8] {
        // Reserved at twice the source it comes from, as ``renderBytes(_:)`` does: a large
        // fragment grown by doubling would hold its old and new copies at once.
        var writer = HTMLWriter(capacity: max(1024, tree.sourceLength(of: range) * 2))
        renderNodes(tree, range, slugs: slugs, into: &writer)
        return writer.bytes
    }

    /// Writes the nodes `range` of `tree` through ``HTMLNodeRenderer``, then closes whatever raw
    /// HTML left open. `slugs` are the heading ids (``HeadingSlugs/compute(_:prefix:)``); when nil
    /// they are computed on the way, in the same document order, so the ids are the same.
    func renderNodes(_ tree: MarkdownTree, _ range: Range<Int>, slugs: [Int: String]?, into writer: inout HTMLWriter) {
        var nodeRenderer = HTMLNodeRenderer(tree: tree, options: options, slugs: slugs, writer: HTMLWriter(capacity: 0))
        swap(&nodeRenderer.writer, &writer)
        nodeRenderer.walk(tree, range: range)
        swap(&nodeRenderer.writer, &writer)
        writer.closeEverything()
    }

    /// The title of an Apollo `:::Section Title:::` paragraph (one text line), or nil.
    static func apolloSectionLabel(_ tree: MarkdownTree, _ index: Int) -> String? {
        guard tree.nodes[index].subtreeEnd == index + 2, case .text(let text) = tree.nodes[index + 1].kind,
              text.hasPrefix(":::"), text.hasSuffix(":::"), text.count > 6 else { return nil }
        var inner = text.dropFirst(3).dropLast(3)
        if inner.lowercased().hasPrefix("section") { inner = inner.dropFirst(7) }
        let label = String(inner).trimmingHeaderWhitespace()
        return label.isEmpty ? nil : label
    }

    /// The first word of a code block's info string, if it is a plain language name.
    static func language(_ info: String) -> String? {
        let word = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        guard !word.isEmpty, word.count <= 40,
              word.utf8.allSatisfy({ HTMLText.isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "#") })
        else { return nil }
        return word
    }
}
