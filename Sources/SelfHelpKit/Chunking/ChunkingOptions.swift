/// How the JSON rendering cuts an article into chunks for embedding (``JSONRenderer``).
///
/// A chunk holds at most ``maximumTokens`` tokens as counted by ``counter`` (and, when set, at
/// most ``maximumCharacters`` characters) — except a code block or a word that alone is longer,
/// which is never cut and forms a chunk of its own. Chunks never span sections; each starts with
/// up to ``overlapTokens`` tokens from the end of the previous chunk of its section.
public struct ChunkingOptions: Sendable {
    /// The default size: 512 tokens.
    public static let defaultMaximumTokens = 512
    /// The default overlap: 64 tokens (12.5 %).
    public static let defaultOverlapTokens = 64

    /// The most tokens in a chunk's text (at least 16).
    public var maximumTokens: Int
    /// Tokens repeated from the end of the previous chunk of the same section (0 for none; less
    /// than half of ``maximumTokens``).
    public var overlapTokens: Int
    /// The most characters (Swift `Character`s) in a chunk's text, or nil for no limit
    /// (`--chunk-size`).
    public var maximumCharacters: Int?
    /// What counts tokens: ``TokenEstimator`` by default, ``BytePairEncoder`` for exact counts.
    public var counter: any TokenCounter
    /// Whether each chunk's text starts with the article title and the section's heading path
    /// (`Title > Heading > Subheading`) and a blank line, for contextual retrieval. The prefix
    /// counts towards the limits.
    public var prefixesContext: Bool

    /// Options; values out of range are brought into range (tokens at least 16, overlap below
    /// half of them, characters at least 50).
    public init(maximumTokens: Int = defaultMaximumTokens, overlapTokens: Int = defaultOverlapTokens,
                maximumCharacters: Int? = nil, counter: any TokenCounter = TokenEstimator(), prefixesContext: Bool = false) {
        self.maximumTokens = max(maximumTokens, 16)
        self.overlapTokens = min(max(overlapTokens, 0), (self.maximumTokens - 1) / 2)
        self.maximumCharacters = maximumCharacters.map { max($0, 50) }
        self.counter = counter
        self.prefixesContext = prefixesContext
    }

    /// A short description of the settings, for a build's cache key.
    public var fingerprint: String {
        "\(counter.name):\(maximumTokens):\(overlapTokens):\(maximumCharacters.map(String.init) ?? "-"):\(prefixesContext)"
    }
}
