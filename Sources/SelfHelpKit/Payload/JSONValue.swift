/// A JSON value with the position of every value and key, read by ``JSONParser``.
///
/// Objects keep their members in source order, repeated keys included; ``JSONValue/subscript(_:)``
/// returns the **last** member of a repeated key, as JavaScript does.
public indirect enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, kept as written (`1`, `1.0`, `-2e3`).
    case number(String)
    /// A string, escapes decoded.
    case string(String)
    /// An array, in order.
    case array([JSONNode])
    /// An object's members, in source order, repeated keys included.
    case object([JSONMember])

    /// The value of the last member named `key`, for an object.
    public subscript(_ key: String) -> JSONNode? {
        guard case .object(let members) = self else { return nil }
        return members.last { $0.key == key }?.value
    }

    /// The string, for a string value.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The elements, for an array.
    public var arrayValue: [JSONNode]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The members, for an object.
    public var objectValue: [JSONMember]? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The number as an integer, for a number with no fractional part that fits an `Int`.
    public var intValue: Int? {
        if case .number(let n) = self { return Int(n) ?? Double(n).flatMap { $0 == $0.rounded() ? Int(exactly: $0) : nil } }
        return nil
    }

    /// The Boolean, for `true` or `false`.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
}

/// A JSON value and where it starts in the article file.
public struct JSONNode: Hashable, Sendable {
    /// The value.
    public var value: JSONValue
    /// Where the value starts in the article file.
    public var location: SourceLocation

    /// A value read at `location`.
    public init(value: JSONValue, location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The value of the last member named `key`, for an object.
    public subscript(_ key: String) -> JSONNode? { value[key] }
}

/// One `"key": value` member of a JSON object.
public struct JSONMember: Hashable, Sendable {
    /// The key, escapes decoded.
    public var key: String
    /// Where the key starts in the article file (its opening quote).
    public var keyLocation: SourceLocation
    /// The member's value.
    public var value: JSONNode
}

extension JSONNode {
    /// Every string value under this node, in document order (walked without recursion);
    /// members whose key, in ASCII lower case, is in `skippingKeys` are left out with their values.
    func strings(skippingKeys: Set<String> = []) -> [JSONNode] {
        var found: [JSONNode] = []
        var stack = [self]
        while let node = stack.popLast() {
            switch node.value {
            case .string: found.append(node)
            case .array(let items): stack += items.reversed()
            case .object(let members):
                stack += members.filter { skippingKeys.isEmpty || !skippingKeys.contains(UTF8Text.asciiLowercased($0.key)) }.map(\.value).reversed()
            default: break
            }
        }
        return found
    }
}
