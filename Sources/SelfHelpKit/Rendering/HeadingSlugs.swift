/// Stable anchor ids for an article's headings: `## **Recommended Steps**` → `recommended-steps`.
///
/// A slug is the heading's plain text, lower-cased, letters and digits kept (any script), runs of
/// spaces, dashes and underscores turned into one `-`, everything else dropped. An empty slug
/// becomes `section`. Repeats get `-1`, `-2` … (skipping ids already taken), in document order,
/// so the same article always gets the same ids.
public enum HeadingSlugs {
    /// The slug of every heading node of `tree`, by node index.
    public static func compute(_ tree: MarkdownTree, prefix: String = "") -> [Int: String] {
        var result: [Int: String] = [:]
        var taken = Taken()
        for (index, node) in tree.nodes.enumerated() {
            guard case .heading = node.kind else { continue }
            result[index] = unique(prefix + slug(visibleText(tree, index)), taken: &taken)
        }
        return result
    }

    /// The text a reader sees in node `index` (a heading): its text and code, soft and hard
    /// breaks as spaces, without what raw HTML drops with its content
    /// (`# </title><script>alert(3)</script>` has no visible text). Otherwise as
    /// ``MarkdownTree/plainText(of:)``.
    static func visibleText(_ tree: MarkdownTree, _ index: Int) -> String {
        var out = ""
        var extractor = HTMLTextExtractor(variables: nil)
        var ignored = ""
        let nodes = tree.nodes
        for i in index..<nodes[index].subtreeEnd {
            extractor.leave(upTo: i)
            switch nodes[i].kind {
            case .text(let text): if !extractor.isSuppressing { out += text }
            case .code(let code): if !extractor.isSuppressing { out += code }
            case .softBreak, .lineBreak: out += " "
            case .htmlInline(let html):
                let parent = nodes[i].parent
                extractor.extract(html, into: &ignored, container: parent, containerEnd: parent >= 0 ? nodes[parent].subtreeEnd : nodes.count)
            default: break
            }
        }
        return out
    }

    /// `href` with `prefix` after its `#` when it is an in-page link (`#section` →
    /// `#<prefix>section`), as heading ids get it; any other link unchanged.
    static func prefixingFragment(_ href: String, with prefix: String) -> String {
        guard !prefix.isEmpty, href.hasPrefix("#"), href.count > 1 else { return href }
        return "#" + prefix + href.dropFirst()
    }

    /// The ids handed out so far, and for each repeated base the last suffix used, so that many
    /// identical headings stay linear.
    struct Taken {
        var ids: Set<String> = []
        var lastSuffix: [String: Int] = [:]
    }

    /// `base`, or `base-1`, `base-2` … the first not taken; recorded in `taken`.
    static func unique(_ base: String, taken: inout Taken) -> String {
        if taken.ids.insert(base).inserted { return base }
        var n = taken.lastSuffix[base] ?? 0
        var candidate: String
        repeat {
            n += 1
            candidate = "\(base)-\(n)"
        } while !taken.ids.insert(candidate).inserted
        taken.lastSuffix[base] = n
        return candidate
    }

    /// The slug of one heading text (without de-duplication).
    public static func slug(_ text: String) -> String {
        if let ascii = asciiSlug(text) { return ascii }
        var out = ""
        var pendingDash = false
        for scalar in HTMLText.decodingEntities(text).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar == " " || scalar == "-" || scalar == "_" || scalar.properties.isWhitespace {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : out
    }

    /// The same slug computed on bytes, for ASCII text without character references (most headings).
    static func asciiSlug(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for b in text.utf8 {
            if b >= 0x80 || b == UInt8(ascii: "&") { return nil }
            if HTMLText.isASCIIAlphanumeric(b) {
                if pendingDash, !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            } else if b == 0x20 || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || (b >= 0x09 && b <= 0x0D) {
                pendingDash = true
            }
        }
        return out.isEmpty ? "section" : String(decoding: out, as: UTF8.self)
    }
}
