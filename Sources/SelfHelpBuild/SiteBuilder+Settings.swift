import SelfHelpKit

extension SiteBuilder {
    /// The fingerprint of a build's inputs: every article's path and hash (in path order), the
    /// settings and the tool version.
    func fingerprint(_ hashes: [(path: String, hash: String)], settings: String) -> String {
        var text = "\(SelfHelpVersion.current)\n\(settings)\n"
        for (path, hash) in hashes { text += "\(path)\t\(hash)\n" }
        return SHA256.hexDigest(Array(text.utf8))
    }

    /// An article's cache key: its bytes' hash, the settings and the tool version.
    static func cacheKey(hash: String, settings: String) -> String {
        SHA256.hexDigest(Array("\(hash)\n\(settings)\n\(SelfHelpVersion.current)".utf8))
    }

    /// Everything about the settings that changes outputs.
    func settingsFingerprint() -> String {
        let configuration = options.configuration
        let rules = configuration.rules.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        let overrides = configuration.overrides.map { "\($0.patterns)\($0.rules.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })" }
        let variables = options.render.variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        return "rules:\(rules);services:\(configuration.extraServices.sorted());keys:\(configuration.extraKeys.sorted());"
            + "catalog:\(configuration.catalog?.fingerprint ?? "");names:\(configuration.productNames.sorted { $0.key < $1.key });words:\(configuration.words.sorted());"
            + "overrides:\(overrides);vars:\(variables);ids:\(options.render.idPrefix);chunk:\(options.chunking.fingerprint)"
    }
}
