/// Fixes one article file: repeated passes of the fixable rules, each checked by re-parsing.
///
/// Each pass validates the current bytes with the fixable rules only, applies their fixes with
/// ``Fixer``, and re-parses the result. If the fixed article's model differs from the original
/// one in anything but what the fixes are allowed to change (spellings of keys, clouds and
/// types, padding, the BOM), the session stops and returns the original bytes with a reason.
/// At most ``maximumPasses`` passes run.
public enum FixSession {
    /// The most passes a session runs before it stops.
    public static let maximumPasses = 5

    /// The rules whose fixes change the words of the text (not only its layout): their results
    /// are compared with ``ModelFingerprint/looseText`` applied to every text.
    static let textRules: Set<RuleID> = [.textInvisibleCharacter, .productName]

    /// What a session did to one file.
    public struct Outcome: Sendable {
        /// The fixed bytes (the input when nothing was fixed or the fix was refused).
        public var bytes: [UInt8]
        /// Every applied fix's diagnostic, over all passes.
        public var applied: [Diagnostic]
        /// Fixable diagnostics still left after the last pass.
        public var remaining: [Diagnostic]
        /// Why the file was left as it was, when the fixed text did not re-parse to the same model.
        public var refusal: String?
        /// Whether `bytes` differ from the input.
        public var changed: Bool
    }

    /// Fixes `raw`, the content of the file at `path`.
    public static func fix(_ raw: [UInt8], path: String, configuration: Configuration = Configuration()) -> Outcome {
        let validator = Validator(configuration: configuration, include: { $0.isFixable })
        let original = ArticleParser.parse(raw, path: path)
        if !original.source.invalidUTF8Offsets.isEmpty {
            return Outcome(bytes: raw, applied: [], remaining: [], refusal: "the file is not valid UTF-8; fix its encoding first", changed: false)
        }
        let fingerprint = ModelFingerprint(original)
        var bytes = raw
        var applied: [Diagnostic] = []
        var remaining: [Diagnostic] = []
        for _ in 0..<maximumPasses {
            let article = ArticleParser.parse(bytes, path: path)
            let fixable = validator.validate(article).filter { $0.fix != nil }
            remaining = fixable
            guard !fixable.isEmpty else { break }
            let result = Fixer.apply(fixable, to: bytes)
            guard !result.applied.isEmpty, result.bytes != bytes else { break }
            let fixed = ArticleParser.parse(result.bytes, path: path)
            // Fixes that edit text (invisible characters, product names) are checked with text compared loosely.
            let editsText = result.applied.contains { textRules.contains($0.rule) } || applied.contains { textRules.contains($0.rule) }
            let same = editsText ? ModelFingerprint(fixed, text: ModelFingerprint.looseText) == ModelFingerprint(original, text: ModelFingerprint.looseText)
                                 : ModelFingerprint(fixed) == fingerprint
            if !same {
                return Outcome(bytes: raw, applied: [], remaining: fixable,
                               refusal: "the fixed text would not parse to the same article; fix it by hand", changed: false)
            }
            bytes = result.bytes
            applied += result.applied
            remaining = []
        }
        if !applied.isEmpty {
            remaining = validator.validate(ArticleParser.parse(bytes, path: path)).filter { $0.fix != nil }
        }
        return Outcome(bytes: bytes, applied: applied, remaining: remaining, refusal: nil, changed: bytes != raw)
    }
}

/// What an article means, without where: the canonical metadata, the header's keys, the
/// Markdown tree, links, template comments and payload. Two files with equal fingerprints
/// render the same article. Used to check that fixes change nothing else.
public struct ModelFingerprint: Hashable, Sendable {
    let metadata: JSONOutput
    let keys: [String]
    let nodes: [MarkdownNode.Kind]
    let depths: [Int]
    let links: [String]
    let templates: [String]
    let payload: JSONOutput?

    /// The fingerprint of `article`.
    public init(_ article: Article) {
        self.init(article, text: nil)
    }

    /// The fingerprint of `article` with `text` applied to every text of the body (text nodes,
    /// link text, payload string values), so that fixes which edit words can be compared.
    init(_ article: Article, text: ((String) -> String)?) {
        metadata = ArticleJSON.metadata(article.metadata)
        keys = article.header?.attributes.map(\.key.name) ?? []
        nodes = article.markdown.nodes.map { node in
            guard let text, case .text(let literal) = node.kind else { return node.kind }
            return .text(Substring(text(String(literal))))
        }
        depths = article.markdown.nodes.map(\.depth)
        links = article.links.map { "\($0.isImage) \($0.destination) \(text?($0.text) ?? $0.text)" }
        templates = article.placeholders.map { "$\($0.name)=\($0.defaultValue) \($0.isClosed)" } + article.regions.map { "\($0.name) \($0.openRange != nil) \($0.closeRange != nil)" }
        let json = article.payload?.json.map(JSONOutput.init)
        payload = text.flatMap { text in json.map { ModelFingerprint.mapStrings($0, text) } } ?? json
    }

    /// Text compared loosely: lower case, without spaces or invisible format characters.
    static func looseText(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter {
            !$0.properties.isWhitespace && $0.properties.generalCategory != .format && $0 != "\u{AD}"
        }))
    }

    /// `json` with `transform` applied to every string value (keys are kept).
    static func mapStrings(_ json: JSONOutput, _ transform: (String) -> String) -> JSONOutput {
        switch json {
        case .string(let s): return .string(transform(s))
        case .array(let items): return .array(items.map { mapStrings($0, transform) })
        case .object(let members): return .object(members.map { ($0.0, mapStrings($0.1, transform)) })
        default: return json
        }
    }
}
