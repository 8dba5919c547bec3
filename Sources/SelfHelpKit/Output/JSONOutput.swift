/// A JSON document being written, with object members in the order they are given.
///
/// Every machine-readable output of SelfHelpKit (parse, diagnostics, SARIF, the JSON rendering)
/// is built from these values, so key order, escaping and number format are the same
/// everywhere and output is byte-for-byte deterministic.
public indirect enum JSONOutput: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer.
    case int(Int)
    /// A number written as given (from a payload).
    case number(String)
    /// A string, escaped when written.
    case string(String)
    /// An array, in order.
    case array([JSONOutput])
    /// An object, its members in the order given (duplicates are written as given).
    case object([(String, JSONOutput)])

    /// A string value from a literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An integer value from a literal.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// A Boolean value from a literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    /// `.string(value)`, or `.null` when `value` is nil.
    public static func optional(_ value: String?) -> JSONOutput { value.map(JSONOutput.string) ?? .null }
    /// An array of strings.
    public static func strings(_ values: [String]) -> JSONOutput { .array(values.map(JSONOutput.string)) }

    /// Compact JSON text (one line).
    public func serialized() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(into: &out, indent: nil, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON text as UTF-8 to `out`: compact, or indented by two spaces when
    /// `pretty`. For large documents, this avoids the copy a `String` would make.
    public func write(to out: inout [UInt8], pretty: Bool = false) {
        write(into: &out, indent: pretty ? 2 : nil, level: 0)
    }

    /// Indented JSON text (two spaces), ending without a newline.
    public func prettySerialized() -> String {
        var out: [UInt8] = []
        write(into: &out, indent: 2, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    package func write(into out: inout [UInt8], indent: Int?, level: Int) {
        // Nesting is bounded by what SelfHelpKit builds (payload JSON is at most 256 deep).
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let n): JSONOutput.writeInt(n, into: &out)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): JSONOutput.writeString(s, into: &out)
        case .array(let items):
            JSONOutput.writeArray(items, into: &out, indent: indent, level: level) { $0 }
        case .object(let members):
            JSONOutput.writeObject(members.lazy.map(\.0), into: &out, indent: indent, level: level) { i, out in
                members[i].1.write(into: &out, indent: indent, level: level + 1)
            }
        }
    }

    /// Appends an object with `keys`, as ``write(into:indent:level:)`` writes one at `level`,
    /// `value(i, &out)` writing the value of the `i`-th key (at `level + 1`): a caller can write
    /// a large member's value piece by piece (``writeArray(_:into:indent:level:_:written:)``) rather
    /// than hold it as one value.
    package static func writeObject<Keys: Collection<String>>(_ keys: Keys, into out: inout [UInt8], indent: Int?, level: Int,
                                                             _ value: (Int, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "{"))
        for (i, key) in keys.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            newline(&out, indent, level + 1)
            writeString(key, into: &out)
            out.append(UInt8(ascii: ":"))
            if indent != nil { out.append(UInt8(ascii: " ")) }
            value(i, &out)
        }
        if !keys.isEmpty { newline(&out, indent, level) }
        out.append(UInt8(ascii: "}"))
    }

    /// Appends the array of `items`, each encoded by `encode` and written at once (so the whole
    /// array is never one value), as ``write(into:indent:level:)`` writes an array at `level`.
    /// `written(&out)` is called after each item: a caller can move a large array's bytes out of
    /// `out` as they are written.
    package static func writeArray<Items: Sequence>(_ items: Items, into out: inout [UInt8], indent: Int?, level: Int,
                                                    _ encode: (Items.Element) -> JSONOutput, written: (inout [UInt8]) -> Void = { _ in }) {
        out.append(UInt8(ascii: "["))
        var empty = true
        for item in items {
            if !empty { out.append(UInt8(ascii: ",")) }
            empty = false
            newline(&out, indent, level + 1)
            encode(item).write(into: &out, indent: indent, level: level + 1)
            written(&out)
        }
        if !empty { newline(&out, indent, level) }
        out.append(UInt8(ascii: "]"))
    }

    /// A line break and `indent × level` spaces when indenting; nothing otherwise.
    package static func newline(_ out: inout [UInt8], _ indent: Int?, _ level: Int) {
        guard let indent else { return }
        out.append(0x0A)
        var remaining = indent * level
        while remaining > 0 {
            let count = min(remaining, JSONOutput.spaces.count)
            out.append(contentsOf: JSONOutput.spaces[..<count])
            remaining -= count
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    /// Decimal digits of `n`, without going through a `String`.
    package static func writeInt(_ n: Int, into out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for i in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[i]) }
        }
    }

    /// Appends `s` as a JSON string (quoted, escaped). `written(&out)` is called after each
    /// megabyte of a longer string: a caller can move a large string's bytes out of `out` as they
    /// are written.
    package static func writeString(_ s: String, into out: inout [UInt8], written: (inout [UInt8]) -> Void = { _ in }) {
        var copy = s
        copy.withUTF8 { writeQuoted($0, into: &out, written: written) }
    }

    /// ``writeString(_:into:written:)`` for a string given as UTF-8 bytes (valid UTF-8).
    package static func writeString(utf8 bytes: [UInt8], into out: inout [UInt8], written: (inout [UInt8]) -> Void = { _ in }) {
        bytes.withUnsafeBufferPointer { writeQuoted($0, into: &out, written: written) }
    }

    private static func writeQuoted(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], written: (inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: "\""))
        var start = 0
        while bytes.count - start > 1 << 20 {
            appendEscaped(UnsafeBufferPointer(rebasing: bytes[start..<(start + (1 << 20))]), to: &out)
            start += 1 << 20
            written(&out)
        }
        appendEscaped(UnsafeBufferPointer(rebasing: bytes[start...]), to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Appends UTF-8 `bytes` escaped for a JSON string (each byte on its own: any cut between
    /// bytes escapes the same).
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var run = 0 // start of the bytes not yet copied: they need no escape
        for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
            run = i + 1
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            default:
                let hex = Array("0123456789abcdef".utf8)
                out += [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
    }

    public static func == (a: JSONOutput, b: JSONOutput) -> Bool { a.serialized() == b.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }
}

extension JSONOutput {
    /// Converts a payload's parsed JSON, keeping member order (repeated keys included).
    public init(_ node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .number(let n): self = .number(n)
        case .string(let s): self = .string(s)
        case .array(let items): self = .array(items.map(JSONOutput.init))
        case .object(let members): self = .object(members.map { ($0.key, JSONOutput($0.value)) })
        }
    }

    /// `{"line": …, "column": …}` members for a location.
    static func position(_ location: SourceLocation) -> [(String, JSONOutput)] {
        [("line", .int(location.line)), ("column", .int(location.column))]
    }
}
