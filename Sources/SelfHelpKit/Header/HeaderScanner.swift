/// Reads the `<properties … />` header from the start of an article.
///
/// Accepts every variant of the real corpus (Docs/article-format.md §2): text or blank lines
/// before the header, tabs, line breaks, NBSP and ZWSP as whitespace, spaces around `=`, single
/// or double quotes, `>` inside values, entities, a missing closing quote (recovered at the next
/// line that starts with `key=`), and stray characters between attributes. It never fails:
/// whatever it cannot read becomes a diagnostic.
public struct HeaderScanner {
    /// What ``scan()`` read: the header, where the body starts, and the findings.
    public struct Result: Sendable {
        /// The header, or nil when the file has no `<properties`.
        public var header: Header?
        /// Byte offset in the source where the Markdown body starts.
        public var bodyStart: Int
        /// What the scanner noticed (issues of the `header-*` rules), in the order it noticed them.
        public var issues: [ParseIssue]
        /// The path the findings name.
        public var file: String

        /// The issues as findings, in each rule's words.
        public var diagnostics: [Diagnostic] { issues.map { $0.diagnostic(file: file) } }
    }

    let source: SourceText
    let file: String
    let bytes: [UInt8]
    var issues: [ParseIssue] = []
    /// The line index of the last location computed: offsets mostly grow, so look there first.
    var lineHint = 0

    /// A scanner of `source`'s header; `file` is the path its diagnostics name.
    public init(source: SourceText, file: String) {
        self.source = source
        self.file = file
        self.bytes = source.bytes
    }

    /// Scans the header. Never throws.
    public static func scan(_ source: SourceText, file: String) -> Result {
        var scanner = HeaderScanner(source: source, file: file)
        return scanner.scan()
    }

    mutating func scan() -> Result {
        let firstNonSpace = skipWhitespace(from: 0)
        guard let start = findStart(from: firstNonSpace) else {
            report(.headerMissing, at: firstNonSpace)
            return Result(header: nil, bodyStart: 0, issues: issues, file: file)
        }
        var leading: SourceRange?
        if start > firstNonSpace {
            var end = start
            while end > firstNonSpace, isSpace(at: end - 1) > 0 { end -= 1 }
            leading = source.range(firstNonSpace..<end)
            report(.headerLeadingText, at: firstNonSpace)
        }
        var attributes: [HeaderAttribute] = []
        var seen: [String: Int] = [:] // key → line of its first occurrence, once headers are long
        var i = start + 11 // "<properties"
        var atLineStart = false
        while true {
            let before = i
            i = skipWhitespace(from: i)
            if hasLineBreak(before..<i) { atLineStart = true }
            if i >= bytes.count {
                report(.headerUnterminated(bodyLine: nil), at: start)
                let header = Header(range: source.range(start..<bytes.count), attributes: attributes, isTerminated: false, leadingText: leading)
                return Result(header: header, bodyStart: bytes.count, issues: issues, file: file)
            }
            let byte = bytes[i]
            if byte == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">") {
                reportTrailingText(after: i + 2)
                let header = Header(range: source.range(start..<(i + 2)), attributes: attributes, isTerminated: true, leadingText: leading)
                return Result(header: header, bodyStart: i + 2, issues: issues, file: file)
            }
            if byte == UInt8(ascii: ">") {
                report(.headerSyntax(.endsWithGreaterThan), at: i)
                let header = Header(range: source.range(start..<(i + 1)), attributes: attributes, isTerminated: true, leadingText: leading)
                return Result(header: header, bodyStart: i + 1, issues: issues, file: file)
            }
            if isKeyStart(byte), let attribute = readAttribute(at: i, lineStart: atLineStart) {
                if let previousLine = firstLine(of: attribute, in: attributes, seen: &seen) {
                    report(.headerDuplicateKey(key: attribute.rawKey, firstLine: previousLine), at: attribute.keyRange.start.offset)
                }
                i = attribute.range.end.offset
                attributes.append(attribute)
                atLineStart = false
                continue
            }
            if atLineStart {
                // A line that is no attribute: the header was never closed; the body starts here.
                let lineStart = source.lineStarts[source.location(ofOffset: i).line - 1]
                report(.headerUnterminated(bodyLine: source.location(ofOffset: i).line), at: start)
                let header = Header(range: source.range(start..<lineStart), attributes: attributes, isTerminated: false, leadingText: leading)
                return Result(header: header, bodyStart: lineStart, issues: issues, file: file)
            }
            let length = scalarLength(at: i)
            report(.headerSyntax(.unexpected(source.text(i..<(i + length)))), at: i)
            i += length
        }
    }

    // MARK: Attributes

    /// The line of an earlier attribute with the same key as `attribute`: a linear look among the
    /// few attributes of a normal header, a dictionary (`seen`) once a header has many.
    func firstLine(of attribute: HeaderAttribute, in attributes: [HeaderAttribute], seen: inout [String: Int]) -> Int? {
        let name = attribute.key.name
        if attributes.count < 48 {
            // Known keys compare by index; only two unknown keys need their names compared.
            let known = attribute.key.knownIndex
            return attributes.first { $0.key.knownIndex == known && (known >= 0 || $0.key.name == name) }?.keyRange.start.line
        }
        if seen.isEmpty {
            for earlier in attributes where seen[earlier.key.name] == nil { seen[earlier.key.name] = earlier.keyRange.start.line }
        }
        if let line = seen[name] { return line }
        seen[name] = attribute.keyRange.start.line
        return nil
    }

    /// Reads `key = "value"` at `i`. Returns nil when, at the start of a line, the word is not
    /// followed by `=` (then the header is taken to be unterminated).
    mutating func readAttribute(at keyStart: Int, lineStart: Bool) -> HeaderAttribute? {
        var i = keyStart + 1
        while i < bytes.count, isKeyByte(bytes[i]) { i += 1 }
        let keyEnd = i
        let (key, rawKey) = bytes.withUnsafeBufferPointer { HeaderKey.lookup(UnsafeBufferPointer(rebasing: $0[keyStart..<keyEnd])) }
        i = skipWhitespace(from: i)
        guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else {
            if lineStart { return nil }
            report(.headerSyntax(.keyWithoutValue(key: rawKey)), at: keyStart)
            let empty = range(keyEnd..<keyEnd)
            return HeaderAttribute(rawKey: rawKey, key: key, rawValue: "", value: "", quote: nil,
                                   keyRange: range(keyStart..<keyEnd), valueRange: empty, range: range(keyStart..<keyEnd))
        }
        i = skipWhitespace(from: i + 1)
        var valueStart = i, valueEnd = i, end = i
        var quote: Character?
        if i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
            let q = bytes[i]
            quote = Character(Unicode.Scalar(q))
            valueStart = i + 1
            var j = valueStart
            while j < bytes.count, bytes[j] != q { j += 1 }
            if let recovered = missingQuoteRecovery(valueStart: valueStart, closing: j) {
                report(.headerSyntax(.unclosedValue(key: rawKey, quote: Character(Unicode.Scalar(q)))), at: i)
                valueEnd = recovered
                end = recovered
            } else {
                valueEnd = j
                end = min(j + 1, bytes.count)
            }
        } else {
            report(.headerSyntax(.unquotedValue(key: rawKey)), at: i)
            var j = i
            while j < bytes.count, isSpace(at: j) == 0, bytes[j] != UInt8(ascii: "/"), bytes[j] != UInt8(ascii: ">") { j += 1 }
            valueEnd = j
            end = j
        }
        let rawValue = source.text(valueStart..<valueEnd)
        let hasEntity = valueStart < valueEnd && UTF8Text.find(UInt8(ascii: "&"), in: bytes, from: valueStart, to: valueEnd) != nil
        let value = hasEntity ? decodeEntities(rawValue, at: valueStart) : rawValue
        return HeaderAttribute(rawKey: rawKey, key: key, rawValue: rawValue, value: value, quote: quote,
                               keyRange: range(keyStart..<keyEnd), valueRange: range(valueStart..<valueEnd),
                               range: range(keyStart..<end))
    }

    /// When a quoted value runs over a line break into a line that starts with `key=` or `/>`
    /// (or to the end of the file), its closing quote is missing: the value ends at that line break.
    func missingQuoteRecovery(valueStart: Int, closing: Int) -> Int? {
        var j = valueStart
        while j < closing {
            if bytes[j] == 0x0A || bytes[j] == 0x0D {
                let lineEnd = j
                var k = j
                while k < closing, bytes[k] == 0x0A || bytes[k] == 0x0D { k += 1 }
                k = skipWhitespace(from: k)
                if k >= bytes.count || looksLikeAttributeOrEnd(at: k) { return lineEnd }
                j = k
                continue
            }
            j += 1
        }
        if closing >= bytes.count {
            var end = valueStart
            while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
            return end
        }
        return nil
    }

    func looksLikeAttributeOrEnd(at k: Int) -> Bool {
        if k + 1 < bytes.count, bytes[k] == UInt8(ascii: "/"), bytes[k + 1] == UInt8(ascii: ">") { return true }
        guard k < bytes.count, isKeyStart(bytes[k]) else { return false }
        var m = k + 1
        while m < bytes.count, isKeyByte(bytes[m]) { m += 1 }
        m = skipWhitespace(from: m)
        return m < bytes.count && bytes[m] == UInt8(ascii: "=")
    }

    /// `source.range(offsets)`, with line look-ups that start from the previous one.
    mutating func range(_ offsets: Range<Int>) -> SourceRange {
        SourceRange(start: location(offsets.lowerBound), end: location(offsets.upperBound))
    }

    mutating func location(_ offset: Int) -> SourceLocation {
        let starts = source.lineStarts
        guard offset <= bytes.count, lineHint < starts.count, starts[lineHint] <= offset else {
            let found = source.location(ofOffset: offset)
            lineHint = found.line - 1
            return found
        }
        while lineHint + 1 < starts.count, starts[lineHint + 1] <= offset { lineHint += 1 }
        return SourceLocation(line: lineHint + 1, column: source.column(ofOffset: offset, lineStart: starts[lineHint]), offset: offset)
    }

    // MARK: Entities

    /// Decodes `&amp; &lt; &gt; &quot; &apos; &#N; &#xH;`. A bare `&` stays; an unknown or
    /// invalid entity stays as written and is reported. Works on Unicode scalars, not
    /// characters: a combining mark after the `;` (`&#xD;\u{301}`) or a prepended mark before the
    /// `&` must not hide the entity inside one grapheme cluster.
    mutating func decodeEntities(_ raw: String, at offset: Int) -> String {
        guard raw.utf8.contains(UInt8(ascii: "&")) else { return raw }
        let scalars = raw.unicodeScalars
        var out = String.UnicodeScalarView()
        var consumed = 0
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            if scalar == "&" {
                var j = scalars.index(after: i)
                while j < scalars.endIndex, HeaderScanner.isEntityScalar(scalars[j]) { j = scalars.index(after: j) }
                if j < scalars.endIndex, scalars[j] == ";", j > scalars.index(after: i) {
                    let entity = String(scalars[scalars.index(after: i)..<j])
                    if let decoded = HeaderScanner.decodeEntity(entity) {
                        out.append(contentsOf: decoded.unicodeScalars)
                    } else {
                        report(.headerEntityUnknown(name: entity), at: offset + consumed)
                        out.append(contentsOf: "&\(entity);".unicodeScalars)
                    }
                    consumed += entity.utf8.count + 2
                    i = scalars.index(after: j)
                    continue
                }
            }
            out.append(scalar)
            consumed += UTF8.width(scalar)
            i = scalars.index(after: i)
        }
        return String(out)
    }

    /// A scalar of an entity's name: a letter, a digit or `#`.
    static func isEntityScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "#" || Character(scalar).isLetter || Character(scalar).isNumber
    }

    static func decodeEntity(_ entity: String) -> String? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{00A0}"
        default: break
        }
        guard entity.hasPrefix("#") else { return nil }
        let digits = entity.dropFirst()
        let number: UInt32?
        if digits.first == "x" || digits.first == "X" {
            number = UInt32(digits.dropFirst(), radix: 16)
        } else {
            number = UInt32(digits, radix: 10)
        }
        guard let number, number != 0, let scalar = Unicode.Scalar(number) else { return nil }
        return String(Character(scalar))
    }

    // MARK: Bytes

    /// Finds `<properties` followed by whitespace or `/`, at `from` or at the start of a later line.
    func findStart(from: Int) -> Int? {
        let needle = Array("<properties".utf8)
        func matches(_ i: Int) -> Bool {
            guard i + needle.count <= bytes.count else { return false }
            for k in 0..<needle.count where bytes[i + k] != needle[k] { return false }
            let next = i + needle.count
            return next == bytes.count || isSpace(at: next) > 0 || bytes[next] == UInt8(ascii: "/")
        }
        if matches(from) { return from }
        for lineStart in source.lineStarts where lineStart > from {
            let i = skipWhitespace(from: lineStart, crossingLines: false)
            if matches(i) { return i }
        }
        return nil
    }

    /// Length of the whitespace at `i`: ASCII space, tab, CR, LF, NBSP (C2 A0) or ZWSP (E2 80 8B); 0 if none.
    func isSpace(at i: Int) -> Int {
        guard i < bytes.count else { return 0 }
        switch bytes[i] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C: return 1
        case 0xC2: return i + 1 < bytes.count && bytes[i + 1] == 0xA0 ? 2 : 0
        case 0xE2: return i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0x8B || bytes[i + 2] == 0xAF) ? 3 : 0
        case 0xEF: return i + 2 < bytes.count && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF ? 3 : 0
        default: return 0
        }
    }

    func skipWhitespace(from start: Int, crossingLines: Bool = true) -> Int {
        var i = start
        while i < bytes.count {
            if !crossingLines, bytes[i] == 0x0A || bytes[i] == 0x0D { break }
            let n = isSpace(at: i)
            if n == 0 { break }
            i += n
        }
        return i
    }

    func hasLineBreak(_ range: Range<Int>) -> Bool {
        range.contains { bytes[$0] == 0x0A || bytes[$0] == 0x0D }
    }

    func isKeyStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }

    func isKeyByte(_ b: UInt8) -> Bool {
        isKeyStart(b) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b == UInt8(ascii: "-")
    }

    func scalarLength(at i: Int) -> Int {
        let b = bytes[i]
        let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        return min(length, bytes.count - i)
    }

    /// Reports text after `/>` on the header's closing line (`/>e`): it starts the body there.
    mutating func reportTrailingText(after end: Int) {
        var k = end
        while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
        guard k < bytes.count, bytes[k] != 0x0A, bytes[k] != 0x0D else { return }
        var lineEnd = k
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
        let text = source.text(k..<min(lineEnd, k + 40))
        report(.headerTrailingText(text), at: k)
    }

    /// Notes an issue at byte `offset`.
    mutating func report(_ kind: ParseIssue.Kind, at offset: Int) {
        let location = source.location(ofOffset: offset)
        issues.append(ParseIssue(kind, at: SourceRange(start: location, end: location)))
    }
}
