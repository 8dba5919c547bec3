import Foundation

/// An exact token counter for tiktoken encodings: byte-pair encoding with the merge ranks of a
/// tiktoken ranks file (`.tiktoken`: one `base64-token rank` per line, such as
/// `cl100k_base.tiktoken`) after cl100k_base's pre-tokenization (``CL100KPreTokenizer``).
///
/// Counts equal `len(encoding.encode_ordinary(text))` of the Python `tiktoken` package for
/// cl100k_base (`.ci/run` checks every chunk of the corpus). Special tokens (`<|endoftext|>` …)
/// are not recognised: they count as the ordinary text they are. Each piece is merged with a
/// priority queue, so a long piece costs O(n log n), not O(n²).
public struct BytePairEncoder: TokenCounter {
    /// The ranks file's name without extension (`cl100k_base`).
    public let name: String
    private let ranks: [[UInt8]: Int]

    /// Loads a ranks file.
    ///
    /// - Parameter path: a `.tiktoken` file.
    /// - Throws: ``ToolError`` when the file cannot be read or a line is not `base64 rank`.
    public init(contentsOf path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ToolError(.unreadable, path: path, message: "cannot read the tokenizer ranks file")
        }
        var ranks: [[UInt8]: Int] = [:]
        ranks.reserveCapacity(data.count / 12)
        var lineNumber = 0
        for line in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
            lineNumber += 1
            let fields = line.split(separator: 0x20)
            guard fields.count == 2, let token = Data(base64Encoded: Data(fields[0])),
                  let rank = Int(String(decoding: fields[1], as: UTF8.self).trimmingHeaderWhitespace()) else {
                throw ToolError(.invalidConfiguration, path: path, message: "line \(lineNumber) is not `base64-token rank`")
            }
            ranks[[UInt8](token)] = rank
        }
        guard !ranks.isEmpty else { throw ToolError(.invalidConfiguration, path: path, message: "the tokenizer ranks file has no ranks") }
        self.init(name: ((path as NSString).lastPathComponent as NSString).deletingPathExtension, ranks: ranks)
    }

    /// An encoder with the given ranks (token bytes → rank; lower merges first).
    public init(name: String, ranks: [[UInt8]: Int]) {
        self.name = name
        self.ranks = ranks
    }

    /// The number of tokens of `text`.
    public func count(_ text: String) -> Int {
        let bytes = Array(text.utf8)
        var total = 0
        for piece in CL100KPreTokenizer.pieces(text) {
            total += tokenCount(bytes[piece])
        }
        return total
    }

    /// The tokens of one piece: 1 when the piece is a token, else the parts left when no
    /// adjacent pair of parts is a token any more, merging the pair of lowest rank first (the
    /// leftmost of equal ranks), as tiktoken's byte-pair merge does.
    func tokenCount(_ piece: ArraySlice<UInt8>) -> Int {
        if piece.count <= 1 || ranks[Array(piece)] != nil { return piece.isEmpty ? 0 : 1 }
        let base = piece.startIndex
        let n = piece.count
        // Parts are linked by their start offsets; `next[i]` is the start of the part after i.
        var next = Array(1...n)
        var previous = Array(-1..<(n - 1))
        var alive = [Bool](repeating: true, count: n)
        var pairRank = [Int](repeating: Int.max, count: n)
        var queue = RankQueue()
        func rank(_ start: Int) -> Int {
            let after = next[start]
            guard after < n else { return Int.max }
            let end = next[after]
            return ranks[Array(piece[(base + start)..<(base + end)])] ?? Int.max
        }
        for i in 0..<(n - 1) {
            pairRank[i] = rank(i)
            if pairRank[i] != Int.max { queue.push((pairRank[i], i)) }
        }
        var parts = n
        while let (r, i) = queue.pop() {
            guard alive[i], pairRank[i] == r, next[i] < n else { continue }
            // Merge part i with the part after it.
            let gone = next[i]
            alive[gone] = false
            next[i] = next[gone]
            if next[i] < n { previous[next[i]] = i }
            parts -= 1
            pairRank[i] = rank(i)
            if pairRank[i] != Int.max { queue.push((pairRank[i], i)) }
            let before = previous[i]
            if before >= 0 {
                pairRank[before] = rank(before)
                if pairRank[before] != Int.max { queue.push((pairRank[before], before)) }
            }
        }
        return parts
    }
}

/// A binary min-heap of (rank, start) pairs: lowest rank first, then lowest start.
struct RankQueue {
    private var items: [(Int, Int)] = []

    private static func less(_ a: (Int, Int), _ b: (Int, Int)) -> Bool { a.0 < b.0 || (a.0 == b.0 && a.1 < b.1) }

    mutating func push(_ item: (Int, Int)) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.less(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Int, Int)? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < items.count, Self.less(items[left], items[smallest]) { smallest = left }
            if right < items.count, Self.less(items[right], items[smallest]) { smallest = right }
            guard smallest != parent else { return top }
            items.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
