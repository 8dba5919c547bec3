/// The anchors an article offers to `#fragment` links.
enum ArticleAnchors {
    /// The anchors of an article: its heading slugs and explicit anchors.
    static func anchors(of article: Article) -> Set<String> {
        var anchors = Set(HeadingSlugs.compute(article.markdown).values)
        for node in article.markdown.nodes {
            switch node.kind {
            case .htmlBlock(let literal), .htmlInline(let literal):
                anchors.formUnion(ExplicitAnchors.names(in: literal))
            default:
                break
            }
        }
        return anchors
    }
}

/// Explicit anchors in raw HTML: `<a name="x">` and any `id="x"`.
enum ExplicitAnchors {
    static func names(in html: String) -> [String] {
        guard html.utf8.contains(UInt8(ascii: "=")) else { return [] }
        var names: [String] = []
        let bytes = Array(html.utf8)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count, (bytes[i + 1] | 0x20) >= 0x61, (bytes[i + 1] | 0x20) <= 0x7A else { i += 1; continue }
            let end = HTMLLinkScanner.tagEnd(bytes, from: i + 1)
            let tag = String(decoding: bytes[i..<end], as: UTF8.self)
            if let id = HTMLLinkScanner.attributeValue("id", in: tag), !id.isEmpty { names.append(id) }
            let isAnchor = bytes[i + 1] | 0x20 == UInt8(ascii: "a") && (i + 2 >= bytes.count || !((bytes[i + 2] | 0x20) >= 0x61 && (bytes[i + 2] | 0x20) <= 0x7A))
            if isAnchor, let name = HTMLLinkScanner.attributeValue("name", in: tag), !name.isEmpty { names.append(name) }
            i = end
        }
        return names
    }
}
