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
        var writer = HTMLWriter(capacity: 1024)
        renderNodes(tree, range, slugs: slugs, into: &writer)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// The walk: a stack of open nodes, each with the closing markup to write when its subtree ends.
    /// `slugs` are the heading ids (``HeadingSlugs/compute(_:prefix:)``); when nil they are
    /// computed on the way, in the same document order, so the ids are the same.
    func renderNodes(_ tree: MarkdownTree, _ range: Range<Int>, slugs: [Int: String]?, into writer: inout HTMLWriter) {
        let nodes = tree.nodes
        var taken = HeadingSlugs.Taken()
        var laterEndTags = LaterEndTags()
        let markers = HTMLSanitizer.Markers(variables: options.variables, idPrefix: options.idPrefix)
        var stack: [(end: Int, index: Int, close: StaticString)] = []
        stack.reserveCapacity(32)
        var i = range.lowerBound
        let end = min(range.upperBound, nodes.count)
        while true {
            while let top = stack.last, top.end <= i || i >= end {
                stack.removeLast()
                writer.closeAll(container: top.index)
                writer.raw(top.close)
            }
            guard i < end else { break }
            let node = nodes[i]
            var close: StaticString?
            var next = i + 1
            switch node.kind {
            case .document, .other:
                close = ""
            case .blockQuote:
                writer.raw("<blockquote>\n")
                close = "</blockquote>\n"
            case .list(let ordered, let start, _):
                if ordered {
                    if start != 1 {
                        writer.raw("<ol start=\"")
                        writer.raw(String(start))
                        writer.raw("\">\n")
                    } else {
                        writer.raw("<ol>\n")
                    }
                    close = "</ol>\n"
                } else {
                    writer.raw("<ul>\n")
                    close = "</ul>\n"
                }
            case .item:
                writer.raw("<li>")
                close = "</li>\n"
            case .paragraph:
                if let label = Self.apolloSectionLabel(tree, i) {
                    // Apollo's `:::Section Title:::` line: a label, not text.
                    writer.raw("<p class=\"apollo-section\"><strong>")
                    writer.text(label)
                    writer.raw("</strong></p>\n")
                    next = node.subtreeEnd
                } else if isTight(tree, i) {
                    close = ""
                } else {
                    writer.raw("<p>")
                    close = "</p>\n"
                }
            case .heading(let level):
                let tags: [(StaticString, StaticString)] = [("<h1", "</h1>\n"), ("<h2", "</h2>\n"), ("<h3", "</h3>\n"),
                                                            ("<h4", "</h4>\n"), ("<h5", "</h5>\n"), ("<h6", "</h6>\n")]
                let tag = tags[min(max(level, 1), 6) - 1]
                writer.raw(tag.0)
                if let slugs {
                    if let slug = slugs[i] { writer.attribute("id", slug) }
                } else {
                    writer.attribute("id", HeadingSlugs.unique(options.idPrefix + HeadingSlugs.slug(HeadingSlugs.visibleText(tree, i)), taken: &taken))
                }
                writer.raw(">")
                close = tag.1
            case .codeBlock(let info, let literal):
                writer.raw("<pre><code")
                if let language = Self.language(info) { writer.attribute("class", "language-" + language) }
                writer.raw(">")
                writer.text(literal)
                writer.raw("</code></pre>\n")
            case .htmlBlock(let literal):
                writer.beginBlock()
                HTMLSanitizer.sanitize(literal, into: &writer, container: node.parent, block: true, markers: markers)
                if writer.blockLeftElementsOpen {
                    let later = laterEndTags.names(after: i, container: node.parent, in: tree)
                    writer.endBlock(container: node.parent) { later.contains($0) }
                } else {
                    writer.endActiveDrop()
                }
                if !literal.hasSuffix("\n") { writer.raw("\n") }
            case .thematicBreak:
                writer.raw("<hr>\n")
            case .text(let text):
                writer.text(text)
            case .softBreak:
                writer.raw("\n")
            case .lineBreak:
                writer.raw("<br>\n")
            case .code(let code):
                writer.raw("<code>")
                writer.text(code)
                writer.raw("</code>")
            case .htmlInline(let literal):
                if let apollo = ApolloTag.inlineElement(tree, at: i) {
                    HTMLSanitizer.sanitize(apollo.html, into: &writer, container: node.parent, block: false, markers: markers)
                    next = apollo.next
                } else {
                    HTMLSanitizer.sanitize(literal, into: &writer, container: node.parent, block: false, markers: markers)
                }
            case .emphasis:
                writer.raw("<em>")
                close = "</em>"
            case .strong:
                writer.raw("<strong>")
                close = "</strong>"
            case .link(let destination, let title):
                var attributes: [(String, String)] = []
                if let href = options.linkTarget(destination, attributes: &attributes) {
                    writer.raw("<a")
                    writer.attribute("href", HeadingSlugs.prefixingFragment(href, with: options.idPrefix))
                    if !title.isEmpty { writer.attribute("title", title) }
                    for (name, value) in attributes { writer.attribute(name, value) }
                    writer.raw(">")
                    close = "</a>"
                } else {
                    close = ""
                }
            case .image(let destination, let title):
                let alt = tree.plainText(of: i)
                if let src = URLPolicy.sanitize(destination, context: .image) {
                    writer.raw("<img")
                    writer.attribute("src", src)
                    writer.attribute("alt", alt)
                    if !title.isEmpty { writer.attribute("title", title) }
                    writer.raw(">")
                } else {
                    writer.text(alt)
                }
                next = node.subtreeEnd
            }
            if let close, node.subtreeEnd > i + 1 {
                stack.append((node.subtreeEnd, i, close))
            } else if let close {
                writer.closeAll(container: i)
                writer.raw(close)
            }
            i = next
        }
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

    /// Whether a paragraph sits in an item of a tight list (rendered without `<p>`, as cmark does).
    func isTight(_ tree: MarkdownTree, _ index: Int) -> Bool {
        let item = tree.nodes[index].parent
        guard item >= 0, case .item = tree.nodes[item].kind else { return false }
        let list = tree.nodes[item].parent
        guard list >= 0, case .list(_, _, let tight) = tree.nodes[list].kind else { return false }
        return tight
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
