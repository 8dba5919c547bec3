import SelfHelpKit

/// The article files of a build, found and signed before any is read.
struct BuildInputs {
    /// Each article file, in order of its path relative to the knowledge base.
    let files: [String]
    /// Each file's path relative to the knowledge base, in the same order.
    let paths: [String]
    /// Each file's signature (size, times, inode), nil when it cannot be taken.
    let signatures: [String?]
    /// The folders that could not be listed.
    let errors: [ToolError]

    /// The article files under `knowledgeBase`.
    ///
    /// - Throws: the ``ToolError`` `notFound` when the folder is missing (and so holds no file).
    static func find(in knowledgeBase: String, jobs: Int) throws -> BuildInputs {
        let found = ArticleLoader.foundFiles(in: [knowledgeBase], jobs: jobs)
        if found.files.isEmpty, let missing = found.errors.first(where: { $0.kind == .notFound }) { throw missing }
        let sorted = found.files.map { (file: $0, path: relativePath($0.path, in: knowledgeBase)) }.sorted { $0.path < $1.path }
        // The walk's `lstat` of a regular file is its signature; a link's is its target's.
        return BuildInputs(files: sorted.map(\.file.path), paths: sorted.map(\.path),
                           signatures: sorted.map { $0.file.status.map(FileSignature.of) ?? FileSignature.of($0.file.path) },
                           errors: found.errors)
    }

    /// The signature of every file with `settings`, as the stamp records it; nil when a file's
    /// signature could not be taken.
    func signature(settings: String) -> String? {
        BuildStamp.inputSignature(signatures, relativePaths: paths, settings: settings)
    }

    /// The stream's inputs, with the hash of each file whose signature is not the one the
    /// previous build recorded with its hash (as for the stamp, an edit always changes the
    /// signature), to find out whether the contents changed at all; the other files keep the
    /// recorded hash.
    ///
    /// - Parameters:
    ///   - previous: the previous build's manifest.
    ///   - readingChanged: whether to read and hash the changed files now; when false (no stamp
    ///     to compare with), their hash is nil and waits for the stream.
    ///   - jobs: threads to hash on.
    /// - Returns: the inputs, and the files that could not be read (not among the inputs).
    func hashed(previous: BuildManifest?, readingChanged: Bool, jobs: Int) -> (inputs: [ArticleStream.Input], failures: [ToolError]) {
        let hashes = ParallelMap.run(Array(files.indices), jobs: jobs) { i -> Result<String?, ToolError> in
            if let signature = signatures[i], let entry = previous?.entries[paths[i]], entry.signature == signature {
                return .success(entry.hash)
            }
            guard readingChanged else { return .success(nil) }
            return ArticleLoader.readResult(files[i]).map { SHA256.hexDigest($0) }
        }
        var inputs: [ArticleStream.Input] = []
        inputs.reserveCapacity(files.count)
        var failures: [ToolError] = []
        for (i, hash) in hashes.enumerated() {
            switch hash {
            case .success(let hash): inputs.append(.init(file: files[i], path: paths[i], signature: signatures[i], hash: hash))
            case .failure(let error): failures.append(error)
            }
        }
        return (inputs, failures)
    }

    /// `path` relative to `knowledgeBase` (unchanged when it is not below it).
    static func relativePath(_ path: String, in knowledgeBase: String) -> String {
        let prefix = folderPrefix(knowledgeBase)
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The file of the article whose path relative to `knowledgeBase` is `relativePath`: what
    /// ``relativePath(_:in:)`` took the folder off. A knowledge base that is one file is its one
    /// article, whose path is the file's as given.
    static func file(_ relativePath: String, in knowledgeBase: String) -> String {
        relativePath == knowledgeBase ? relativePath : folderPrefix(knowledgeBase) + relativePath
    }

    /// `folder` with one `/` after it.
    private static func folderPrefix(_ folder: String) -> String {
        folder.hasSuffix("/") ? folder : folder + "/"
    }
}
