/// Counts the tokens of a text for an embedding or language model, to size chunks.
///
/// SelfHelpKit has two: ``TokenEstimator`` (built in, no data, close to cl100k on English) and
/// ``BytePairEncoder`` (exact, from a tiktoken ranks file such as `cl100k_base.tiktoken`).
/// Write your own for another model's tokenizer; it must be deterministic, and should be about
/// linear in the text's length.
public protocol TokenCounter: Sendable {
    /// A short name for the JSON rendering's `chunking.tokenizer` (`estimate`, `cl100k_base` …).
    var name: String { get }

    /// The number of tokens of `text`, as written (no special tokens are recognised).
    func count(_ text: String) -> Int
}
