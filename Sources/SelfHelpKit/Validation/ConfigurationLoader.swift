import Foundation

/// Finds and reads `.selfhelp.json`.
///
/// The file is a JSON object:
/// ```json
/// {
///   "rules": {"link-aka-ms": "off", "cloud-spelling": "error"},
///   "services": ["partnercenter"],
///   "keys": ["myKey"],
///   "overrides": [{"files": ["defects/**"], "rules": {"title-missing": "off"}}],
///   "catalog": "catalog.csv",
///   "productNames": {"Cosmos Db": "Cosmos DB"},
///   "words": ["Kusto"]
/// }
/// ```
/// A rule setting is `"off"`, `"info"`, `"warning"` or `"error"`. Anything else (invalid JSON,
/// an unknown member, an unknown rule id, a bad severity) is a ``ToolError`` of kind
/// `invalidConfiguration`: a bad configuration is never ignored.
public enum ConfigurationLoader {
    /// The configuration file's name.
    public static let fileName = ".selfhelp.json"

    /// The nearest `.selfhelp.json` in `path`'s folder (or `path` itself, when a folder) or
    /// any folder above it; nil when there is none.
    public static func find(from path: String) -> String? {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let absolute = absolutePath(path)
        var folder = manager.fileExists(atPath: absolute, isDirectory: &isDirectory) && isDirectory.boolValue
            ? absolute : (absolute as NSString).deletingLastPathComponent
        while true {
            let candidate = (folder as NSString).appendingPathComponent(fileName)
            if manager.fileExists(atPath: candidate) { return candidate }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    /// Reads a configuration file; its folder becomes ``Configuration/root``.
    ///
    /// - Throws: ``ToolError`` (`invalidConfiguration`, or `unreadable`/`notFound`).
    public static func load(_ path: String) throws -> Configuration {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ToolError(.notFound, path: path, message: "no such configuration file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ToolError(.unreadable, path: path, message: "cannot read the configuration file")
        }
        var configuration = try parse([UInt8](data), path: path)
        let root = (absolutePath(path) as NSString).deletingLastPathComponent
        configuration.root = root
        if let catalog = configuration.catalog?.path {
            // `parse` only records the path; it is relative to the configuration's folder.
            let file = catalog.hasPrefix("/") ? catalog : (root as NSString).appendingPathComponent(catalog)
            configuration.catalog = try IdCatalogReader.load(file)
        }
        return configuration
    }

    /// Parses configuration JSON; `path` is only used in error messages. A `"catalog"` is not
    /// read here: ``Configuration/catalog`` holds an empty catalog with its path as written,
    /// which ``load(_:)`` reads (relative to the configuration's folder).
    public static func parse(_ bytes: [UInt8], path: String) throws -> Configuration {
        try parse(bytes, path: path, rules: RuleRegistry.description(of:))
    }

    /// ``parse(_:path:)`` with the rules named by `rules` (an id or a deprecated alias to its
    /// rule's description, nil when unknown); tests give rules of their own.
    static func parse(_ bytes: [UInt8], path: String, rules lookup: (RuleID) -> RuleDescription?) throws -> Configuration {
        func fail(_ message: String) -> ToolError { ToolError(.invalidConfiguration, path: path, message: message) }
        let source = SourceText(decoding: bytes)
        let json: JSONNode
        switch JSONParser.parse(source, range: 0..<source.bytes.count) {
        case .success(let node): json = node
        case .failure(let failure): throw fail("invalid JSON at \(failure.location): \(failure.message)")
        }
        guard let members = json.value.objectValue else { throw fail("expected a JSON object at the top level") }
        var configuration = Configuration()
        for member in members {
            switch member.key {
            case "rules":
                configuration.rules = try rules(member.value, at: "rules", lookup, fail)
            case "services":
                configuration.extraServices = Set(try strings(member.value, at: "services", fail).map { $0.lowercased() })
            case "keys":
                configuration.extraKeys = Set(try strings(member.value, at: "keys", fail))
            case "maxArticleSize":
                guard let size = member.value.value.intValue, size > 0 else { throw fail("`maxArticleSize` must be a positive number of bytes") }
                configuration.maximumArticleSize = size
            case "catalog":
                guard let file = member.value.value.stringValue, !file.isEmpty else { throw fail("`catalog` must be the path of a CSV file") }
                configuration.catalog = IdCatalog(path: file)
            case "productNames":
                guard let pairs = member.value.value.objectValue else { throw fail("`productNames` must be an object of wrong spellings to right ones") }
                for pair in pairs {
                    guard let right = pair.value.value.stringValue, !pair.key.isEmpty, !right.isEmpty else {
                        throw fail("`productNames` maps each wrong spelling to the right one as a non-empty string; `\(pair.key)` does not")
                    }
                    configuration.productNames[pair.key] = right
                }
            case "words":
                configuration.words = Set(try strings(member.value, at: "words", fail).map { $0.lowercased() })
            case "overrides":
                guard let list = member.value.value.arrayValue else { throw fail("`overrides` must be an array of objects") }
                for (index, item) in list.enumerated() {
                    let at = "overrides[\(index)]"
                    guard let fields = item.value.objectValue else { throw fail("`\(at)` must be an object with `files` and `rules`") }
                    var patterns: [String] = []
                    var settings: [RuleID: Configuration.RuleSetting] = [:]
                    for field in fields {
                        switch field.key {
                        case "files": patterns = try strings(field.value, at: "\(at).files", fail)
                        case "rules": settings = try rules(field.value, at: "\(at).rules", lookup, fail)
                        default: throw fail("unknown member `\(field.key)` in `\(at)`; expected `files` and `rules`")
                        }
                    }
                    if patterns.isEmpty { throw fail("`\(at).files` must list at least one pattern") }
                    configuration.overrides.append(Configuration.Override(patterns: patterns, rules: settings))
                }
            default:
                throw fail("unknown member `\(member.key)`; expected `rules`, `services`, `keys`, `overrides`, `catalog`, `productNames`, `words` or `maxArticleSize`")
            }
        }
        return configuration
    }

    static func rules(_ node: JSONNode, at: String, _ lookup: (RuleID) -> RuleDescription?,
                      _ fail: (String) -> ToolError) throws -> [RuleID: Configuration.RuleSetting] {
        guard let members = node.value.objectValue else { throw fail("`\(at)` must be an object of rule ids to severities") }
        var result: [RuleID: Configuration.RuleSetting] = [:]
        for member in members {
            // A deprecated alias names its rule by the rule's current id.
            guard let id = lookup(RuleID(member.key))?.id else {
                let hint = EditDistance.nearest(to: member.key, in: RuleRegistry.descriptions.map(\.id.rawValue)).map { "; did you mean `\($0)`?" } ?? ""
                throw fail("unknown rule `\(member.key)` in `\(at)`\(hint)")
            }
            guard let value = member.value.value.stringValue else {
                throw fail("the setting of `\(member.key)` must be a string: \"off\", \"info\", \"warning\" or \"error\"")
            }
            if value == "off" {
                result[id] = .off
            } else if let severity = Severity(rawValue: value) {
                result[id] = .severity(severity)
            } else {
                throw fail("bad setting \"\(value)\" for `\(member.key)`; expected \"off\", \"info\", \"warning\" or \"error\"")
            }
        }
        return result
    }

    static func strings(_ node: JSONNode, at: String, _ fail: (String) -> ToolError) throws -> [String] {
        guard let items = node.value.arrayValue else { throw fail("`\(at)` must be an array of strings") }
        return try items.map { item in
            guard let text = item.value.stringValue else { throw fail("`\(at)` must hold only strings") }
            return text
        }
    }

    /// `path` made absolute against the current folder, with `.` and `..` resolved.
    static func absolutePath(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (absolute as NSString).standardizingPath
    }
}
