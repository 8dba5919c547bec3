/// What the ``HTMLSanitizer`` does with each tag and attribute. Docs/security.md has the same
/// tables with the reasons.
///
/// Four kinds of tag:
/// - **allowed**: kept, with only the attributes listed for it (plus ``globalAttributes``);
/// - **dropped with content**: the tag and everything up to its end tag vanish (`script`,
///   `style`, `iframe`, `svg`, `math` …: elements whose content is code, or parsed by other rules);
/// - **dropped**: the tag vanishes, its content stays as sanitized text (`form`, `input`,
///   `button`, `font`, `section` …: known HTML that is unsafe or unwanted, whose text is meant);
/// - **unknown** (anything else: `<port>`, `<your resource group>`, `<ResourceGroupName>`):
///   escaped and shown as text, because authors who write them mean text.
public enum HTMLAllowlist {
    /// Attributes allowed on every allowed tag.
    public static let globalAttributes: Set<String> = ["title", "lang", "dir"]

    /// Allowed tags and their own attributes.
    public static let tags: [String: Set<String>] = [
        "a": ["href", "target"],
        "img": ["src", "alt", "width", "height"],
        "ol": ["start", "type", "reversed"], "ul": [], "li": ["value"],
        "dl": [], "dt": [], "dd": [],
        "p": [], "div": [], "span": [], "br": [], "hr": [], "wbr": [],
        "b": [], "i": [], "u": [], "s": [], "em": [], "strong": [], "small": [], "mark": [], "strike": [], "tt": [],
        "sup": [], "sub": [], "del": [], "ins": [], "q": [], "cite": [], "abbr": [], "dfn": [],
        "code": [], "pre": [], "kbd": [], "samp": [], "var": [],
        "blockquote": [],
        "h1": [], "h2": [], "h3": [], "h4": [], "h5": [], "h6": [],
        "table": [], "caption": [], "thead": [], "tbody": [], "tfoot": [], "tr": [],
        "th": ["colspan", "rowspan", "scope"], "td": ["colspan", "rowspan"],
        "colgroup": ["span"], "col": ["span"],
        "details": [], "summary": [], "figure": [], "figcaption": [],
    ]

    /// Void elements: never closed, never pushed on the open-element stack.
    public static let voidTags: Set<String> = ["br", "hr", "img", "wbr", "col"]

    /// Tags dropped together with their content, up to the matching end tag.
    public static let droppedWithContent: Set<String> = [
        "script", "style", "template", "iframe", "object", "applet", "noscript", "noembed", "noframes",
        "xmp", "plaintext", "textarea", "title", "svg", "math", "select", "frameset", "canvas", "audio",
    ]

    /// Known HTML tags dropped without their content.
    public static let dropped: Set<String> = [
        "form", "input", "button", "embed", "link", "meta", "base", "frame", "param", "source", "track",
        "option", "optgroup", "label", "fieldset", "legend", "datalist", "output", "keygen", "portal",
        "dialog", "picture", "map", "area", "html", "head", "body", "slot", "marquee", "blink", "font",
        "center", "big", "section", "article", "aside", "header", "footer", "nav", "main", "address",
        "hgroup", "menu", "menuitem", "image", "isindex", "listing", "nextid", "spacer", "multicol",
        "basefont", "bgsound", "acronym", "dir", "data", "time", "meter", "progress", "search", "nobr",
        "bdi", "bdo", "ruby", "rt", "rp", "rb", "rtc", "layer", "ilayer",
    ]

    /// Values allowed for `a target`; with a target the link also gets `rel="noopener noreferrer"`.
    public static let targets: Set<String> = ["_blank", "_self", "_parent", "_top"]

    /// Attributes whose value must be a small number (`width`, `colspan` …).
    static let numericAttributes: Set<String> = ["width", "height", "colspan", "rowspan", "span", "start", "value"]

    /// How a start or end tag is treated.
    enum Decision {
        case allow(Set<String>)
        case dropWithContent
        case drop
        case apollo
        case escape
    }

    static func decision(for name: String) -> Decision {
        if let attributes = tags[name] { return .allow(attributes) }
        if ApolloTag.names.contains(name) { return .apollo }
        if droppedWithContent.contains(name) { return .dropWithContent }
        if dropped.contains(name) { return .drop }
        return .escape
    }

    /// The value an allowed attribute is written with, or nil to drop the attribute.
    static func value(of attribute: String, on tag: String, _ value: String?) -> String? {
        switch attribute {
        case "href":
            return value.flatMap { URLPolicy.sanitize($0, context: .link) }
        case "src":
            return value.flatMap { URLPolicy.sanitize($0, context: .image) }
        case "target":
            guard let value = value?.lowercased(), targets.contains(value) else { return nil }
            return value
        case "dir":
            guard let value = value?.lowercased(), ["ltr", "rtl", "auto"].contains(value) else { return nil }
            return value
        case "type":
            guard let value, ["1", "a", "A", "i", "I"].contains(value) else { return nil }
            return value
        case "scope":
            guard let value = value?.lowercased(), ["row", "col", "rowgroup", "colgroup"].contains(value) else { return nil }
            return value
        case "reversed":
            return ""
        case _ where numericAttributes.contains(attribute):
            guard let value = value?.trimmingHeaderWhitespace(), !value.isEmpty, value.count <= 6,
                  value.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "%") }) else { return nil }
            return value
        default:
            return value ?? ""
        }
    }
}
