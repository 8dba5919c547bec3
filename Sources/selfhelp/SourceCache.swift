import SelfHelpKit

/// An article's text for a report's quoted lines, read again from disk when the reporter asks:
/// validation keeps facts, not sources. Reports come in file order, so one file is kept at a time.
final class SourceCache {
    private var path: String?
    private var text: SourceText?

    /// The text of the file at `file` (nil when it cannot be read any more).
    func source(_ file: String) -> SourceText? {
        if file == path { return text }
        path = file
        text = (try? ArticleLoader.readBytes(file)).map { SourceText(decoding: $0) }
        return text
    }
}
