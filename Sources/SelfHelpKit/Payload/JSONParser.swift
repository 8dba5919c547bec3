/// A strict JSON (RFC 8259) reader over article bytes that keeps positions.
///
/// Foundation's decoder reports neither where a value is nor where it failed in the file, so
/// SelfHelpKit reads payloads with this parser. It stops at the first error with its position;
/// ``parseRecovering(_:range:)`` instead reports every error it can get past and returns what
/// it could read.
/// Nesting is limited to ``maximumDepth`` so hostile input cannot exhaust the stack.
///
/// The same reader also runs without building values (``validate(_:range:)``): the article
/// parser checks a payload that way and builds the tree only when someone asks for it.
public struct JSONParser {
    /// Why a payload is not valid JSON, and where the reader stopped.
    public struct Failure: Error, Hashable, Sendable {
        /// What is wrong, for people ("expected ',' or '}' after an object member").
        public var message: String
        /// Where in the article file.
        public var location: SourceLocation
    }

    /// The deepest nesting of arrays and objects accepted.
    public static let maximumDepth = 256

    private let source: SourceText
    private let bytes: [UInt8]
    private var i: Int
    private let end: Int
    private var depth = 0
    /// False when only checking: strings, members and positions are then skipped, not built.
    private let building: Bool
    /// True when errors are recorded in ``failures`` and reading goes on past them.
    private var recovering = false
    private var failures: [Failure] = []

    /// Parses the JSON text in `source.bytes[range]`.
    public static func parse(_ source: SourceText, range: Range<Int>) -> Result<JSONNode, Failure> {
        run(source, range: range, building: true)
    }

    /// Checks the JSON text in `source.bytes[range]` without building its tree: the first error
    /// (the same one ``parse(_:range:)`` reports), or nil when the text is valid JSON.
    public static func validate(_ source: SourceText, range: Range<Int>) -> Failure? {
        guard case .failure = run(source, range: range, building: false) else { return nil }
        // Invalid JSON is rare: read it again, building, so the message (which may quote a key) is parse's own.
        if case .failure(let failure) = run(source, range: range, building: true) { return failure }
        return nil
    }

    /// Parses the JSON text in `source.bytes[range]`, going on past the errors it can recover
    /// from: a trailing comma, a missing comma, an unquoted key, a raw tab or line break in a
    /// string, a bad value (skipped up to the next `,` or closing bracket of its container, and
    /// read as `null`), an unclosed container at the end.
    ///
    /// - Returns: the tree read (nil only when no value could be read at all) and every error, in
    ///   source order; no errors means the text is valid JSON and the tree is ``parse(_:range:)``'s.
    public static func parseRecovering(_ source: SourceText, range: Range<Int>) -> (json: JSONNode?, failures: [Failure]) {
        var parser = JSONParser(source: source, bytes: source.bytes, i: range.lowerBound, end: range.upperBound, building: true)
        parser.recovering = true
        var json: JSONNode?
        do {
            parser.skipSpace()
            json = try parser.value()
            parser.skipSpace()
            if parser.i < parser.end { parser.record(parser.failure("unexpected text after the JSON value")) }
        } catch let failure as Failure {
            parser.record(failure)
        } catch {
            parser.record(Failure(message: "\(error)", location: source.location(ofOffset: range.lowerBound)))
        }
        return (json, parser.failures.sorted { $0.location < $1.location })
    }

    private mutating func record(_ failure: Failure) {
        if !failures.contains(where: { $0.location == failure.location }) { failures.append(failure) }
    }

    /// Skips to the next `,` or closing bracket of the current container (outside strings and
    /// nested brackets), without consuming it.
    private mutating func resynchronise() {
        var nesting = 0
        while i < end {
            switch bytes[i] {
            case UInt8(ascii: "\""):
                i += 1
                while i < end, bytes[i] != UInt8(ascii: "\""), bytes[i] != 0x0A {
                    i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                nesting += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if nesting == 0 { return }
                nesting -= 1
            case UInt8(ascii: ","):
                if nesting == 0 { return }
            default:
                break
            }
            i += 1
        }
    }

    /// A value, or (when recovering) `null` after recording why none could be read.
    private mutating func recoverableValue() throws -> JSONNode {
        guard recovering else { return try value() }
        let start = i
        do {
            return try value()
        } catch let failure as Failure {
            if failure.message.hasPrefix("nesting deeper") { throw failure }
            record(failure)
            resynchronise()
            return JSONNode(value: .null, location: source.location(ofOffset: start))
        }
    }

    /// An unquoted key (`visibility:`): letters, digits, `_`, `$` and `-`.
    private mutating func bareKey() -> String? {
        let start = i
        while i < end, ByteSearch.isWordByte(bytes[i]) || bytes[i] == UInt8(ascii: "$") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        return i > start ? String(decoding: bytes[start..<i], as: UTF8.self) : nil
    }

    private static func run(_ source: SourceText, range: Range<Int>, building: Bool) -> Result<JSONNode, Failure> {
        var parser = JSONParser(source: source, bytes: source.bytes, i: range.lowerBound, end: range.upperBound, building: building)
        do {
            parser.skipSpace()
            let value = try parser.value()
            parser.skipSpace()
            if parser.i < parser.end { throw parser.failure("unexpected text after the JSON value") }
            return .success(value)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(message: "\(error)", location: source.location(ofOffset: range.lowerBound)))
        }
    }

    private init(source: SourceText, bytes: [UInt8], i: Int, end: Int, building: Bool) {
        self.source = source
        self.bytes = bytes
        self.i = i
        self.end = end
        self.building = building
    }

    private func failure(_ message: String, at offset: Int? = nil) -> Failure {
        Failure(message: message, location: source.location(ofOffset: offset ?? i))
    }

    private mutating func skipSpace() {
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
    }

    private func describeHere() -> String {
        guard i < end else { return "the end of the payload" }
        let b = bytes[i]
        if b == 0x09 { return "a tab" }
        if b == 0x0A || b == 0x0D { return "a line break" }
        return "`\(source.text(i..<min(i + 1, end)))`"
    }

    private mutating func value() throws -> JSONNode {
        guard i < end else { throw failure("expected a value but the payload ended") }
        let location = building ? source.location(ofOffset: i) : SourceLocation(line: 0, column: 0, offset: i)
        switch bytes[i] {
        case UInt8(ascii: "{"): return JSONNode(value: try object(), location: location)
        case UInt8(ascii: "["): return JSONNode(value: try array(), location: location)
        case UInt8(ascii: "\""): return JSONNode(value: .string(try string()), location: location)
        case UInt8(ascii: "t"): try literal("true"); return JSONNode(value: .bool(true), location: location)
        case UInt8(ascii: "f"): try literal("false"); return JSONNode(value: .bool(false), location: location)
        case UInt8(ascii: "n"): try literal("null"); return JSONNode(value: .null, location: location)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return JSONNode(value: .number(try number()), location: location)
        default: throw failure("expected a value, found \(describeHere())")
        }
    }

    private mutating func enter() throws {
        depth += 1
        if depth > JSONParser.maximumDepth { throw failure("nesting deeper than \(JSONParser.maximumDepth) levels") }
    }

    private mutating func object() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        i += 1
        var members: [JSONMember] = []
        skipSpace()
        if i < end, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
        while true {
            skipSpace()
            let keyLocation = building ? source.location(ofOffset: i) : SourceLocation(line: 0, column: 0, offset: i)
            let key: String
            if i < end, bytes[i] == UInt8(ascii: "\"") {
                key = try string()
            } else {
                let problem = i < end && bytes[i] == UInt8(ascii: "}") ? failure("trailing comma before `}`") : failure("expected a quoted key, found \(describeHere())")
                guard recovering else { throw problem }
                record(problem)
                if i < end, bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                if let bare = bareKey() {
                    key = bare
                } else {
                    resynchronise()
                    if i < end, bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if i < end { i += 1 } else { record(failure("the object is not closed with `}`")) }
                    return .object(members)
                }
            }
            skipSpace()
            if i < end, bytes[i] == UInt8(ascii: ":") {
                i += 1
            } else {
                let problem = failure("expected `:` after the key \"\(key)\", found \(describeHere())")
                guard recovering else { throw problem }
                record(problem)
            }
            skipSpace()
            let member = JSONMember(key: key, keyLocation: keyLocation, value: try recoverableValue())
            if building { members.append(member) }
            switch try afterItem(of: .object) {
            case .more: continue
            case .done: return .object(members)
            }
        }
    }

    private mutating func array() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        i += 1
        var elements: [JSONNode] = []
        skipSpace()
        if i < end, bytes[i] == UInt8(ascii: "]") { i += 1; return .array(elements) }
        while true {
            skipSpace()
            if i < end, bytes[i] == UInt8(ascii: "]") {
                let problem = failure("trailing comma before `]`")
                guard recovering else { throw problem }
                record(problem)
                i += 1
                return .array(elements)
            }
            let element = try recoverableValue()
            if building { elements.append(element) }
            switch try afterItem(of: .array) {
            case .more: continue
            case .done: return .array(elements)
            }
        }
    }

    /// The two containers, for what they share after each member or element.
    private enum Container {
        case object, array

        var name: String { self == .object ? "object" : "array" }
        var closer: UInt8 { self == .object ? UInt8(ascii: "}") : UInt8(ascii: "]") }
        /// The other container's closer, which here is a stray.
        var strayCloser: UInt8 { self == .object ? UInt8(ascii: "]") : UInt8(ascii: "}") }
        /// Whether `byte` starts a next member or element, so that a comma is missing before it.
        func startsItem(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "\"") || (self == .array && (byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[")))
        }
    }

    /// What follows a member or element.
    private enum Next { case more, done }

    /// Reads what follows a member or element: `,` (another follows) or the closer (the container
    /// is done). Anything else is an error; when recovering, it is recorded and reading goes on
    /// as best it can (a missing comma, a stray closer of the other kind, else the next `,`).
    private mutating func afterItem(of container: Container) throws -> Next {
        skipSpace()
        guard i < end else {
            let problem = failure("the \(container.name) is not closed with `\(Character(Unicode.Scalar(container.closer)))`")
            guard recovering else { throw problem }
            record(problem)
            return .done
        }
        if bytes[i] == UInt8(ascii: ",") { i += 1; return .more }
        if bytes[i] == container.closer { i += 1; return .done }
        let closer = Character(Unicode.Scalar(container.closer))
        let problem = failure("expected `,` or `\(closer)` in the \(container.name), found \(describeHere())")
        guard recovering else { throw problem }
        record(problem)
        if container.startsItem(bytes[i]) { return .more }
        if bytes[i] == container.strayCloser { // a stray closer: skip it
            i += 1
            skipSpace()
            if i < end, bytes[i] == container.closer { i += 1; return .done }
            if i < end, bytes[i] == UInt8(ascii: ",") { i += 1; return .more }
        }
        resynchronise()
        if i < end, bytes[i] == UInt8(ascii: ",") { i += 1; return .more }
        if i < end { i += 1 }
        return .done
    }

    private mutating func string() throws -> String {
        let open = i
        i += 1
        var out: [UInt8] = []
        var runStart = i
        while i < end {
            i = ordinaryRunEnd(from: i)
            guard i < end else { break }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                defer { i += 1 }
                if !building { return "" }
                if out.isEmpty { return String(decoding: bytes[runStart..<i], as: UTF8.self) } // no escapes: no copy
                out.append(contentsOf: bytes[runStart..<i])
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 {
                let problem = failure("\(describeHere()) inside a string; write it as an escape (\\t, \\n)")
                guard recovering else { throw problem }
                record(problem) // read on, keeping the character (a CRLF is one line break)
                i += b == 0x0D && i + 1 < end && bytes[i + 1] == 0x0A ? 2 : 1
                continue
            }
            if b == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[runStart..<i])
                try escape(into: &out)
                runStart = i
                continue
            }
            i += 1
        }
        throw failure("the string is never closed", at: open)
    }

    /// The first offset from `start` that ends a run of plain string bytes: a quote, a
    /// backslash or a control character (or `end`).
    private func ordinaryRunEnd(from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { b in
            var k = start
            while k < end {
                let c = b[k]
                if c == 0x22 || c == 0x5C || c < 0x20 { break }
                k += 1
            }
            return k
        }
    }

    private mutating func escape(into out: inout [UInt8]) throws {
        i += 1
        guard i < end else { throw failure("the escape is cut off") }
        let b = bytes[i]
        i += 1
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(b)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hex4()
            if (0xD800...0xDBFF).contains(scalar), i + 1 < end, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                i += 2
                let low = try hex4()
                if (0xDC00...0xDFFF).contains(low) { scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00) }
            }
            let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(character).utf8))
        default:
            throw failure("unknown escape `\\\(Character(Unicode.Scalar(b)))`", at: i - 2)
        }
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= end, let value = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else {
            throw failure("expected four hex digits after `\\u`")
        }
        i += 4
        return value
    }

    private mutating func literal(_ word: String) throws {
        for byte in word.utf8 {
            guard i < end, bytes[i] == byte else { throw failure("expected `\(word)`") }
            i += 1
        }
    }

    private mutating func number() throws -> String {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        func digits() -> Int {
            let s = i
            while i < end, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            return i - s
        }
        guard digits() > 0 else { throw failure("expected digits in a number") }
        if i < end, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { throw failure("expected digits after `.`") }
        }
        if i < end, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < end, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { throw failure("expected digits in the exponent") }
        }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }
}
