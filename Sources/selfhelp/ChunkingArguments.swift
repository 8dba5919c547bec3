import ArgumentParser
import SelfHelpKit

/// The chunking options of `render --to json` and `build` (Docs/rendering.md).
struct ChunkingArguments: ParsableArguments {
    @Option(name: .customLong("chunk-tokens"), help: "JSON chunks: the most tokens in one chunk.")
    var chunkTokens: Int = ChunkingOptions.defaultMaximumTokens

    @Option(name: .customLong("chunk-overlap"), help: "JSON chunks: tokens repeated from the end of the previous chunk of the section.")
    var chunkOverlap: Int = ChunkingOptions.defaultOverlapTokens

    @Option(name: .customLong("chunk-size"), help: "JSON chunks: also at most this many characters (no character limit by default).")
    var chunkSize: Int?

    @Option(help: ArgumentHelp("JSON chunks: count tokens exactly with this tiktoken ranks file (cl100k_base.tiktoken); default: the built-in estimate.", valueName: "file"))
    var tokenizer: String?

    @Flag(name: .customLong("chunk-context"), help: "JSON chunks: start each chunk's text with the title and heading path.")
    var chunkContext = false

    func validate() throws {
        guard chunkTokens >= 16 else { throw ValidationError("--chunk-tokens must be at least 16") }
        guard chunkOverlap >= 0, chunkOverlap * 2 < chunkTokens else {
            throw ValidationError("--chunk-overlap must be at least 0 and less than half of --chunk-tokens")
        }
        if let chunkSize, chunkSize < 50 { throw ValidationError("--chunk-size must be at least 50") }
    }

    /// The options, with the ranks file of `--tokenizer` loaded; when it cannot be read, its
    /// `PATH: error: …` on stderr and exit status 2.
    func optionsOrExit() throws -> ChunkingOptions {
        let counter = try exitingOnToolError { () -> any TokenCounter in
            try tokenizer.map { try BytePairEncoder(contentsOf: $0) } ?? TokenEstimator()
        }
        return ChunkingOptions(maximumTokens: chunkTokens, overlapTokens: chunkOverlap, maximumCharacters: chunkSize,
                               counter: counter, prefixesContext: chunkContext)
    }
}
