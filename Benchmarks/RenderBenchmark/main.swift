import Foundation
import SelfHelpKit

// Release-mode benchmark: SelfHelpKit's parse + HTML rendering of every article under a folder,
// against libcmark's own `cmark_markdown_to_html` of the same bodies.
//
//   swift run -c release selfhelp-benchmark [FOLDER] [ROUNDS]
//
// Prints the best of ROUNDS (default 5) for each side and their ratio.

let folder = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "/work/shared/corpus/articles"
let rounds = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2]) ?? 5 : 5
let files = ArticleLoader.articleFiles(in: [folder]).files
var inputs: [[UInt8]] = []
var bodies: [[UInt8]] = []
for path in files {
    guard let bytes = try? ArticleLoader.readBytes(path) else { continue }
    inputs.append(bytes)
    let article = ArticleParser.parse(bytes, path: path)
    bodies.append(Array(article.source.bytes[min(article.bodyStart, article.source.bytes.count)...]))
}
let totalBytes = inputs.reduce(0) { $0 + $1.count }
print("\(inputs.count) articles, \(totalBytes) bytes")

func measure(_ body: () -> Int) -> (seconds: Double, checksum: Int) {
    var best = Double.infinity
    var checksum = 0
    for _ in 0..<rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        checksum = body()
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, elapsed)
    }
    return (best, checksum)
}

let cmark = measure { bodies.reduce(0) { $0 + MarkdownParser.cmarkHTML($1) } }
let renderer = HTMLRenderer()
let parseOnly = measure { inputs.reduce(0) { $0 + ArticleParser.parse($1, path: "x.md").markdown.nodes.count } }
let ours = measure { inputs.reduce(0) { $0 + renderer.renderBytes(ArticleParser.parse($1, path: "x.md")).count } }
let parsed = inputs.map { ArticleParser.parse($0, path: "x.md") }
let renderOnly = measure { parsed.reduce(0) { $0 + renderer.renderBytes($1).count } }
func ms(_ s: Double) -> String { String(format: "%.1f ms", s * 1000) }
print("cmark_markdown_to_html:        \(ms(cmark.seconds))  (\(cmark.checksum) bytes of HTML)")
print("SelfHelpKit parse only:        \(ms(parseOnly.seconds))")
print("SelfHelpKit render only:       \(ms(renderOnly.seconds))")
print("SelfHelpKit parse + render:    \(ms(ours.seconds))  (\(ours.checksum) bytes of HTML)")
print(String(format: "ratio (parse + render) / cmark: %.2f", ours.seconds / cmark.seconds))
