import Foundation

/// The `---`-fenced JSON block that follows the H1 in the five payload types (a problem-scoping
/// form, a support-topic description, an advisor recommendation …).
///
/// The payload is cut out of the body before Markdown parsing (cmark would read `}` + `---` as
/// a setext heading). When the JSON is invalid, ``error`` says why and where, and ``json`` is nil;
/// the raw text is always in ``text``.
///
/// Parsing an article only checks the JSON; its tree (``json``) is built on first use and kept,
/// so an article that is never rendered or validated never pays for it.
public struct Payload: Hashable, Sendable {
    /// From the opening `---` line to the end of the closing one.
    public var range: SourceRange
    /// The JSON text between the fences.
    public var jsonRange: SourceRange
    /// The raw JSON text.
    public var text: String
    /// Whether a closing `---` line was found.
    public var isClosed: Bool
    /// The first error of the JSON, with its position in the file, when invalid.
    public var error: JSONParser.Failure?
    private let tree: JSONTreeCache
    private let linkCache: PayloadLinkCache
    private let recovery: JSONRecoveryCache

    /// A payload whose JSON `source.bytes[json]` was checked beforehand (`error` is the result).
    init(source: SourceText, fence: Range<Int>, json: Range<Int>, isClosed: Bool, error: JSONParser.Failure?) {
        range = source.range(fence)
        jsonRange = source.range(json)
        text = source.text(json)
        self.isClosed = isClosed
        self.error = error
        tree = JSONTreeCache(source: error == nil ? source : nil, range: json)
        linkCache = PayloadLinkCache(source: error == nil ? source : nil)
        recovery = JSONRecoveryCache(source: error == nil ? nil : source, range: json)
    }

    /// For invalid JSON, what ``JSONParser/parseRecovering(_:range:)`` could read, so that form
    /// checks can run on it; nil when the JSON is valid (see ``json``) or nothing could be read.
    /// Read on first access, then kept.
    public var recovered: JSONNode? { recovery.value.json }

    /// Every syntax error of the JSON the reader could get past, in source order (the first is
    /// ``error``); empty when the JSON is valid.
    public var errors: [JSONParser.Failure] { error == nil ? [] : recovery.value.failures }

    /// The parsed JSON, when valid (built on first access, then kept).
    public var json: JSONNode? { tree.value }

    /// The links inside the payload's strings (``PayloadLinkScanner``), found on first access
    /// and kept; empty when the JSON is invalid.
    public var links: [Link] { linkCache.value(json) }

    /// The typed reading of the JSON, when it has a known shape (decoded on each access from
    /// ``json``: keep the result if you need it more than once).
    public var content: PayloadContent {
        guard let json else { return .invalid }
        if let form = ProblemScopingForm(json: json) { return .problemScopingForm(form) }
        if let description = SupportTopicDescription(json: json) { return .supportTopicDescription(description) }
        return .other
    }

    // The tree follows from the text: two payloads are equal when what they were read from is.
    public static func == (a: Payload, b: Payload) -> Bool {
        a.range == b.range && a.jsonRange == b.jsonRange && a.text == b.text && a.isClosed == b.isClosed && a.error == b.error
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(range)
        hasher.combine(text)
    }
}

/// The JSON tree of a payload, parsed once on first access by whichever thread asks first.
private final class JSONTreeCache: @unchecked Sendable {
    private let lock = NSLock()
    private var source: SourceText?
    private let range: Range<Int>
    private var tree: JSONNode?

    /// `source` nil: the JSON is known to be invalid, there is no tree.
    init(source: SourceText?, range: Range<Int>) {
        self.source = source
        self.range = range
    }

    var value: JSONNode? {
        lock.lock()
        defer { lock.unlock() }
        if tree == nil, let source {
            tree = try? JSONParser.parse(source, range: range).get()
            self.source = nil
        }
        return tree
    }
}

/// What the recovering reader made of invalid JSON, read once on first access.
private final class JSONRecoveryCache: @unchecked Sendable {
    private let lock = NSLock()
    private var source: SourceText?
    private let range: Range<Int>
    private var result: (json: JSONNode?, failures: [JSONParser.Failure])?

    /// `source` nil: the JSON is valid, there is nothing to recover.
    init(source: SourceText?, range: Range<Int>) {
        self.source = source
        self.range = range
    }

    var value: (json: JSONNode?, failures: [JSONParser.Failure]) {
        lock.lock()
        defer { lock.unlock() }
        if result == nil {
            result = source.map { JSONParser.parseRecovering($0, range: range) } ?? (nil, [])
            source = nil
        }
        return result ?? (nil, [])
    }
}

/// The links of a payload's strings, found once on first access.
private final class PayloadLinkCache: @unchecked Sendable {
    private let lock = NSLock()
    private var source: SourceText?
    private var links: [Link]?

    init(source: SourceText?) { self.source = source }

    func value(_ json: @autoclosure () -> JSONNode?) -> [Link] {
        lock.lock()
        defer { lock.unlock() }
        if links == nil {
            links = source.map { PayloadLinkScanner.links(in: json(), source: $0) } ?? []
            source = nil
        }
        return links ?? []
    }
}

/// What a payload holds, decoded into a typed model where SelfHelpKit knows the shape.
public enum PayloadContent: Hashable, Sendable {
    /// A problem-scoping form (`formElements`).
    case problemScopingForm(ProblemScopingForm)
    /// A support-topic description (`supportTopics`).
    case supportTopicDescription(SupportTopicDescription)
    /// Valid JSON of another shape (advisor metadata, diagnose-and-solve …): see ``Payload/json``.
    case other
    /// The JSON did not parse: see ``Payload/error``.
    case invalid
}

/// Finds the payload in a body: the first dash-only line whose next non-blank line starts with
/// `{`, up to the next dash-only line (Docs/article-format.md §6).
enum PayloadLocator {
    static func locate(in source: SourceText, body: Range<Int>) -> (fence: Range<Int>, json: Range<Int>, closed: Bool)? {
        let bytes = source.bytes
        let firstLine = source.location(ofOffset: body.lowerBound).line
        var line = firstLine
        while line <= source.lineStarts.count {
            let (start, end, _) = lineBounds(source, line)
            if isDashLine(bytes, max(start, body.lowerBound), end) {
                var next = line + 1
                while next <= source.lineStarts.count, isBlank(bytes, lineBounds(source, next)) { next += 1 }
                if next <= source.lineStarts.count, firstNonSpace(bytes, lineBounds(source, next)) == UInt8(ascii: "{") {
                    let jsonStart = lineBounds(source, line).next
                    var close = next
                    while close <= source.lineStarts.count {
                        let bounds = lineBounds(source, close)
                        if isDashLine(bytes, bounds.start, bounds.end) {
                            return (max(start, body.lowerBound)..<min(bounds.next, body.upperBound), jsonStart..<bounds.start, true)
                        }
                        close += 1
                    }
                    return (max(start, body.lowerBound)..<body.upperBound, jsonStart..<body.upperBound, false)
                }
            }
            line += 1
        }
        return nil
    }

    /// Start, end (before the line ending) and start of the next line.
    static func lineBounds(_ source: SourceText, _ line: Int) -> (start: Int, end: Int, next: Int) {
        let start = source.lineStarts[line - 1]
        let next = line < source.lineStarts.count ? source.lineStarts[line] : source.bytes.count
        var end = next
        while end > start, source.bytes[end - 1] == 0x0A || source.bytes[end - 1] == 0x0D { end -= 1 }
        return (start, end, next)
    }

    static func isDashLine(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var dashes = 0
        for i in start..<end {
            if bytes[i] == UInt8(ascii: "-") { dashes += 1 } else if bytes[i] != 0x20 && bytes[i] != 0x09 { return false }
        }
        return dashes >= 3
    }

    static func isBlank(_ bytes: [UInt8], _ bounds: (start: Int, end: Int, next: Int)) -> Bool {
        firstNonSpace(bytes, bounds) == nil
    }

    static func firstNonSpace(_ bytes: [UInt8], _ bounds: (start: Int, end: Int, next: Int)) -> UInt8? {
        for i in bounds.start..<bounds.end where bytes[i] != 0x20 && bytes[i] != 0x09 { return bytes[i] }
        return nil
    }
}
