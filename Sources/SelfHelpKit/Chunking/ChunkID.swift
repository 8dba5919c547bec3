/// Chunk ids that do not move when other sections change: `<articleId>#<hash>`, the hash being
/// the first 16 hex digits of the SHA-256 of the article id, the heading path and the chunk's
/// own text (without overlap and context prefix), separated by U+001F.
///
/// Two chunks of one article with the same heading path and text would get the same hash: the
/// second gets `-2`, the third `-3` … in document order.
struct ChunkID {
    private var seen: [String: Int] = [:]

    /// The id of the next chunk, in document order.
    mutating func next(identity: String, headingPath: [String], content: String) -> String {
        let key = ([identity] + headingPath + [content]).joined(separator: "\u{1F}")
        let hash = String(SHA256.hexDigest(Array(key.utf8)).prefix(16))
        let base = identity + "#" + hash
        let n = (seen[base] ?? 0) + 1
        seen[base] = n
        return n == 1 ? base : base + "-\(n)"
    }
}
