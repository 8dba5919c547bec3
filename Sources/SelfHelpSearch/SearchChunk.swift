import SelfHelpKit
/// A piece of an article for retrieval (embedding) search: the text under one heading.
///
/// The JSON renderer produces chunks; the search index stores them as they are given in its
/// `chunks` table (Docs/search.md). This type only carries them.
public struct SearchChunk: Hashable, Sendable {
    /// A stable id for the chunk (`<articleId>#<hash>` from the JSON renderer), as the renderer made it.
    public var id: String
    /// The article's path relative to the knowledge base (``KnowledgeBase/Entry/path``).
    public var articlePath: String
    /// The headings above the chunk, outermost first (`["Title", "Recommended Steps"]`).
    public var headingPath: [String]
    /// The chunk's plain text.
    public var text: String

    /// A chunk with the given fields, stored as they are (nothing is checked or normalised).
    public init(id: String, articlePath: String, headingPath: [String], text: String) {
        self.id = id
        self.articlePath = articlePath
        self.headingPath = headingPath
        self.text = text
    }
}
