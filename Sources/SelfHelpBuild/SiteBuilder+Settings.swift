import SelfHelpKit

extension SiteBuilder {
    /// The fingerprint of a build's inputs: every article's path and hash (in path order), the
    /// settings and the tool version.
    ///
    /// (Digested line by line: the text is never whole in memory; at 46,000 articles it was 5 MB
    /// of the build's 94 MB heap peak.)
    func fingerprint(_ hashes: [(path: String, hash: String)], settings: String) -> String {
        var digester = SHA256.Digester()
        digester.add("\(SelfHelpVersion.current)\n\(settings)\n".utf8)
        for (path, hash) in hashes {
            digester.add(path.utf8)
            digester.add(CollectionOfOne(0x09))
            digester.add(hash.utf8)
            digester.add(CollectionOfOne(0x0A))
        }
        return digester.hexDigest()
    }

    /// ``fingerprint(_:settings:)``, reusing `known`'s fingerprint when its hashes are `hashes`
    /// (the usual case: the stream found the paths and hashes the first pass did).
    func fingerprint(_ hashes: [(path: String, hash: String)], settings: String, known: (hashes: [(String, String)], fingerprint: String)?) -> String {
        if let known, hashes.elementsEqual(known.hashes, by: { $0.path == $1.0 && $0.hash == $1.1 }) { return known.fingerprint }
        return fingerprint(hashes, settings: settings)
    }

    /// The digest of the settings and the tool version, made once a build: each article's
    /// ``cacheKey(hash:settingsDigest:)`` hashes it rather than the settings' long text.
    static func settingsDigest(_ settings: String) -> String {
        SHA256.hexDigest(Array("\(settings)\n\(SelfHelpVersion.current)".utf8))
    }

    /// An article's cache key: its bytes' hash and the ``settingsDigest(_:)``.
    static func cacheKey(hash: String, settingsDigest: String) -> String {
        SHA256.hexDigest(Array("\(hash)\n\(settingsDigest)".utf8))
    }

    /// Everything about the settings that changes outputs: the configuration's
    /// ``Configuration/fingerprint``, the spelling dictionary, the render variables and id prefix,
    /// and the chunking.
    func settingsFingerprint() -> String {
        let variables = options.render.variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
        return options.configuration.fingerprint + ";dictionary:\(HunspellDictionary.englishUSFingerprint);vars:\(variables);ids:\(options.render.idPrefix);chunk:\(options.chunking.fingerprint)"
    }
}
