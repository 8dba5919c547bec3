/// The `<properties … />` header of an article, as written.
///
/// Every attribute is kept in source order with its raw key, raw value and positions, including
/// unknown keys and repeated ones. ``ArticleMetadata`` is the typed reading of it.
public struct Header: Hashable, Sendable {
    /// From `<properties` up to and including `/>` (or to where the header was cut off).
    public var range: SourceRange
    /// The attributes in source order.
    public var attributes: [HeaderAttribute]
    /// False when no `/>` closed the header; the body then starts where scanning stopped.
    public var isTerminated: Bool
    /// Non-blank text before `<properties`, if any.
    public var leadingText: SourceRange?

    /// A header as written; see the properties for what each part is.
    public init(range: SourceRange, attributes: [HeaderAttribute], isTerminated: Bool, leadingText: SourceRange?) {
        self.range = range
        self.attributes = attributes
        self.isTerminated = isTerminated
        self.leadingText = leadingText
    }

    /// The attribute that sets `key`: the last one when a key is repeated (later wins, as in
    /// JSON payloads and JavaScript).
    public func attribute(_ key: HeaderKey) -> HeaderAttribute? {
        attributes.last { $0.key == key }
    }
}

/// One `key="value"` of a header.
public struct HeaderAttribute: Hashable, Sendable {
    /// The key as written (`articleid`).
    public var rawKey: String
    /// The canonical key (`articleId`), or the raw key when unknown.
    public var key: HeaderKey
    /// The value as written between the quotes, entities not decoded.
    public var rawValue: String
    /// The value with HTML entities decoded (`&amp;` → `&`, `&#xD;` → CR); not trimmed.
    public var value: String
    /// The quote character used: `"` or `'`; nil for a value written without quotes.
    public var quote: Character?
    /// The span of the key.
    public var keyRange: SourceRange
    /// The span of the value inside its quotes.
    public var valueRange: SourceRange
    /// The whole attribute, from the key to the closing quote.
    public var range: SourceRange

    /// An attribute as written; see the properties for what each part is.
    public init(rawKey: String, key: HeaderKey, rawValue: String, value: String, quote: Character?, keyRange: SourceRange, valueRange: SourceRange, range: SourceRange) {
        self.rawKey = rawKey
        self.key = key
        self.rawValue = rawValue
        self.value = value
        self.quote = quote
        self.keyRange = keyRange
        self.valueRange = valueRange
        self.range = range
    }

    /// The value without leading and trailing whitespace (including NBSP, ZWSP and the CR of `&#xD;`).
    public var trimmedValue: String { value.trimmingHeaderWhitespace() }
}
