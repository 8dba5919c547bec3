/// A heading of the article body and the part it opens.
public struct Section: Hashable, Sendable {
    /// What a section is, recognised from its heading text in any spelling the corpus shows
    /// (`Recommended steps`, `**Recommended Steps:**`, `Recommended Documents<br>`, `Recommended Documenst`).
    public enum Kind: String, Hashable, Sendable, Codable {
        /// "Recommended Steps": what the reader should do.
        case recommendedSteps
        /// "Recommended Documents": where to read more.
        case recommendedDocuments
        /// Any other heading.
        case other
    }

    /// The heading as plain text.
    public var heading: String
    /// The heading level, 1 to 6.
    public var level: Int
    /// What the section is, read from ``heading``.
    public var kind: Kind
    /// Whether the heading's only content is bold text (`## **Recommended Steps**`).
    public var isBold: Bool
    /// The heading line.
    public var headingRange: SourceRange
    /// Index of the heading node in ``Article/markdown``.
    public var nodeIndex: Int
    /// Top-level nodes of the section, up to the next heading of the same or a higher level.
    public var contentNodes: Range<Int>

    static func kind(of heading: String) -> Kind {
        let letters = UTF8Text.asciiLettersLowercased(heading)
        if letters.hasPrefix("recommendedstep") { return .recommendedSteps }
        if letters.hasPrefix("recommendeddoc") { return .recommendedDocuments }
        return .other
    }
}
