/// Writes a `<properties … />` header in the canonical form:
///
/// ```
/// <properties
///     pageTitle="Storage account cannot be deleted"
///     articleId="634644cb-e6f8-4125-82fd-b1eb6321eb49"
///     author="someone"
/// />
/// ```
///
/// One attribute per line, in the order given; known keys in their canonical spelling
/// (``HeaderKey/name``: `articleid` → `articleId`), unknown keys as written; every value in
/// double quotes with `&`, `"` and line breaks written as `&amp;`, `&quot;`, `&#xD;` and `&#xA;`.
/// Nothing is dropped or merged: repeated keys are written as often as they occur (the later
/// value wins when read, as before).
///
/// What it writes, ``HeaderScanner`` reads back to the same keys and decoded values, so
/// ``ArticleMetadata`` is unchanged (the corpus round trip in `HeaderRoundTripCorpusTests`
/// checks this for every real article). Keys must follow the header key grammar
/// (`[A-Za-z][A-Za-z0-9._:-]*`), as every key the scanner returns does.
public struct HeaderSerializer: Sendable {
    /// Written before each attribute.
    public var indent: String
    /// Written after `<properties` and after each attribute: `"\n"`, or `"\r\n"` for a CRLF file.
    public var lineEnding: String

    /// A serializer with the given indent (four spaces by default) and line ending (LF by default).
    public init(indent: String = "    ", lineEnding: String = "\n") {
        self.indent = indent
        self.lineEnding = lineEnding
    }

    /// The canonical text of `header`'s attributes, from `<properties` to `/>`; text before the
    /// header and the header's own layout are not kept. A nil header gives an empty `<properties />`.
    public func serialize(_ header: Header?) -> String {
        serialize(fields: (header?.attributes ?? []).map { ($0.key, $0.value) })
    }

    /// A canonical header that reads back as `metadata`: the typed fields in the order of
    /// ``HeaderKey/knownNames`` (lists joined with `, `, clouds and types in their canonical
    /// spelling), then ``ArticleMetadata/otherFields`` in the same order, then
    /// ``ArticleMetadata/unknownFields`` sorted by key. Empty fields are left out.
    public func serialize(_ metadata: ArticleMetadata) -> String {
        serialize(fields: HeaderSerializer.fields(of: metadata))
    }

    /// The header text for `fields` (key, decoded value), in the order given.
    public func serialize(fields: [(key: HeaderKey, value: String)]) -> String {
        var out = "<properties" + lineEnding
        for field in fields {
            out += indent + HeaderSerializer.attribute(key: field.key, value: field.value) + lineEnding
        }
        return out + "/>"
    }

    /// One attribute, `key="value"`, with the key in its canonical spelling and the value escaped.
    public static func attribute(key: HeaderKey, value: String) -> String {
        keyText(key) + "=\"" + escape(value) + "\""
    }

    /// How a key is written: the canonical spelling of a known key, an unknown key as written.
    /// The `header-key-case` fix writes keys with it.
    public static func keyText(_ key: HeaderKey) -> String {
        key.name
    }

    /// `value` as it goes between double quotes: `&` → `&amp;`, `"` → `&quot;`, CR → `&#xD;`,
    /// LF → `&#xA;`; everything else (other whitespace, `'`, `<`, `>`, any Unicode) as it is.
    /// Line breaks are escaped because the scanner takes a quoted value that runs into a line
    /// starting with `key=` for one that lost its closing quote.
    public static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }) else {
            return value
        }
        var out = ""
        out.reserveCapacity(value.utf8.count + 16)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "\r": out += "&#xD;"
            case "\n": out += "&#xA;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The fields of `metadata` as ``serialize(_:)-(ArticleMetadata)`` writes them.
    static func fields(of metadata: ArticleMetadata) -> [(key: HeaderKey, value: String)] {
        var fields: [(key: HeaderKey, value: String)] = []
        func add(_ key: HeaderKey, _ value: String?) {
            if let value, !value.isEmpty { fields.append((key, value)) }
        }
        func add(_ key: HeaderKey, _ list: [String]) {
            if !list.isEmpty { fields.append((key, list.joined(separator: ", "))) }
        }
        add(.articleId, metadata.articleId)
        add(.pageTitle, metadata.pageTitle)
        add(.description, metadata.description)
        add(.service, metadata.service?.raw)
        add(.resource, metadata.resource)
        add(.selfHelpType, metadata.selfHelpType?.name)
        add(.supportTopicIds, metadata.supportTopicIds)
        add(.productPesIds, metadata.productPesIds)
        add(.cloudEnvironments, metadata.cloudEnvironments.map(\.name))
        add(.disableClouds, metadata.disableClouds.map(\.name))
        add(.resourceTags, metadata.resourceTags)
        switch metadata.displayOrder {
        case .value(let number): add(.displayOrder, String(number))
        case .invalid(let text): add(.displayOrder, text)
        case nil: break
        }
        add(.schemaVersion, metadata.schemaVersion)
        add(.ownershipId, metadata.ownershipId)
        add(.diagnosticScenario, metadata.diagnosticScenario)
        add(.infoBubbleText, metadata.infoBubbleText)
        add(.articleTags, metadata.articleTags)
        add(.authors, metadata.authors)
        add(.msAuthor, metadata.msAuthor)
        // Known keys without a typed field keep even an empty value: the metadata records it.
        for name in HeaderKey.knownNames {
            if let value = metadata.otherFields[name] { fields.append((HeaderKey(raw: name), value)) }
        }
        for name in metadata.unknownFields.keys.sorted() {
            fields.append((HeaderKey(raw: name), metadata.unknownFields[name]!))
        }
        return fields
    }
}
