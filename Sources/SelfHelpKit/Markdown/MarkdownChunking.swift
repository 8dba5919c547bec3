/// How ``MarkdownParser`` cuts a large body into chunks that libcmark parses one at a time, so
/// that libcmark's tree of the whole body and ours are never in memory together.
///
/// A chunk ends only at a *safe boundary*: a line that starts with an ASCII letter in its first
/// column, right after an empty line. Such a line can only start a paragraph, and after an empty
/// line it closes every open container (a list item needs indentation to continue, a block quote
/// a `>`, and no paragraph is open for it to continue lazily). The only blocks that can still span
/// it are a fenced code block or an HTML block of types 1–5 (`<!--`, `<script`, `<pre`, `<style`,
/// `<textarea`, `<?`, `<!X`, `<![CDATA[`), which end only at their own end marker; the parser
/// checks libcmark's result for those (``MarkdownParser``: a chunk whose last block, at any depth,
/// is a code or HTML block is not cut there) rather than guessing from the bytes. Link reference
/// definitions are global to a document, so a body with `]:` anywhere is never cut.
///
/// Cutting changes nothing in the tree (`MarkdownChunkingTests` and the corpus step of `.ci/run`
/// compare the trees of every fixture and corpus article parsed whole and cut at every safe
/// boundary); it bounds memory: the tree of one chunk at a time instead of the body's.
struct MarkdownChunking: Sendable {
    /// Bodies of at most this many bytes are parsed whole.
    var largestWholeBody: Int
    /// A chunk ends at the first safe boundary at least this many bytes after its start.
    var chunkSize: Int

    /// What ``MarkdownParser/parse(_:range:blanked:)`` uses: bodies over 1 MiB in chunks of about 1 MiB.
    static let standard = MarkdownChunking(largestWholeBody: 1 << 20, chunkSize: 1 << 20)
    /// Never cut (the reference the tests compare with).
    static let never = MarkdownChunking(largestWholeBody: .max, chunkSize: .max)
    /// Cut at every safe boundary, whatever the body's size (for the tests).
    static let everySafeBoundary = MarkdownChunking(largestWholeBody: 0, chunkSize: 1)

    /// The offsets in `body` where a chunk may start (each the first byte of a safe boundary's
    /// line), at least ``chunkSize`` apart, in order; none when the body is not to be cut.
    func cuts(in body: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard body.count > largestWholeBody, !Self.hasReferenceDefinitionMarker(body) else { return [] }
        var cuts: [Int] = []
        var next = chunkSize
        var i = max(next, 2)
        while i < body.count {
            // Find the next empty line followed by a letter, from byte `i` on.
            if Self.isSafeBoundary(body, at: i) {
                cuts.append(i)
                next = i + chunkSize
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
        return cuts
    }

    /// Whether a chunk may start at `i`: an ASCII letter at the start of a line that follows an
    /// empty line (`\n\n` or `\n\r\n` just before it).
    static func isSafeBoundary(_ body: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i >= 2, i < body.count, isASCIILetter(body[i]), body[i - 1] == 0x0A else { return false }
        if body[i - 2] == 0x0A { return true }
        return i >= 3 && body[i - 2] == 0x0D && body[i - 3] == 0x0A
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// Whether `]:` occurs anywhere (a link reference definition may be there).
    static func hasReferenceDefinitionMarker(_ body: UnsafeBufferPointer<UInt8>) -> Bool {
        guard body.count >= 2 else { return false }
        for i in 1..<body.count where body[i] == UInt8(ascii: ":") && body[i - 1] == UInt8(ascii: "]") { return true }
        return false
    }
}
