import Foundation
import SelfHelpKit
import SelfHelpBuild

// selfhelp-bench [FOLDER] [--rounds N]: release-mode timings over a folder of articles,
// as ratios to libcmark's own HTML conversion of the same bodies. See Docs/benchmarks.md.

var arguments = Array(CommandLine.arguments.dropFirst())
var rounds = 7
if let index = arguments.firstIndex(of: "--rounds"), index + 1 < arguments.count, let n = Int(arguments[index + 1]) {
    rounds = n
    arguments.removeSubrange(index...(index + 1))
}
arguments.removeAll { $0 == "--reference-only" }
if let index = arguments.firstIndex(of: "--write-bodies"), index + 1 < arguments.count { arguments.removeSubrange(index...(index + 1)) }
// --only TEXT: run only the tasks whose name contains TEXT (for profiling one task).
var only: String?
if let index = arguments.firstIndex(of: "--only"), index + 1 < arguments.count {
    only = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
}
let folder = arguments.first ?? "../shared/corpus/articles"

let found = ArticleLoader.articleFiles(in: [folder])
guard !found.files.isEmpty else {
    FileHandle.standardError.write(Data("selfhelp-bench: no articles under \(folder)\n".utf8))
    exit(2)
}
let files: [(path: String, bytes: [UInt8])] = found.files.compactMap { path in
    (try? ArticleLoader.readBytes(path)).map { (path, $0) }
}
// cmark's input: each article's body as SelfHelpKit cuts it (after the header, payload blanked),
// prepared before timing so both sides see the same bytes.
let bodies: [[UInt8]] = files.map { file in
    let article = ArticleParser.parse(file.bytes, path: file.path)
    var body = Array(article.source.bytes[article.bodyStart...])
    if let payload = article.payload?.range.offsets {
        for i in payload where body.indices.contains(i - article.bodyStart) { body[i - article.bodyStart] = 0x20 }
    }
    return body
}
// --write-bodies FILE: write those bodies one after another to FILE and stop (scripts/scale-bench.py
// times the `cmark` command over them: the same bytes, in one process, read from a file).
if let index = CommandLine.arguments.firstIndex(of: "--write-bodies"), index + 1 < CommandLine.arguments.count {
    let path = CommandLine.arguments[index + 1]
    guard FileManager.default.createFile(atPath: path, contents: Data(bodies.joined())) else {
        FileHandle.standardError.write(Data("selfhelp-bench: cannot write \(path)\n".utf8))
        exit(2)
    }
    exit(0)
}

// --reference-only: print the median seconds of cmark's HTML conversion of the folder's bodies
// and stop (scripts/scale-bench.sh times the `selfhelp` command against it).
if CommandLine.arguments.contains("--reference-only") {
    let benchmark = Benchmark(rounds: rounds, reference: { bodies.reduce(0) { $0 + CmarkReference.html($1) } })
    _ = benchmark.reference()
    let times = (0..<rounds).map { _ in benchmark.measure(benchmark.reference).seconds }
    print(String(format: "%.4f", benchmark.median(times)))
    exit(0)
}
let totalBytes = files.reduce(0) { $0 + $1.bytes.count }
print("selfhelp-bench: \(files.count) articles, \(totalBytes / 1024) KiB, \(rounds) rounds, \(ProcessInfo.processInfo.activeProcessorCount) cores")

// Rendering: the articles parsed once beforehand, so the render task times the renderer alone.
let parsedArticles = files.map { ArticleParser.parse($0.bytes, path: $0.path) }
let htmlRenderer = HTMLRenderer()

let benchmark = Benchmark(rounds: rounds, reference: {
    bodies.reduce(0) { $0 + CmarkReference.html($1) }
})
func parseAll() -> [Article] { files.map { ArticleParser.parse($0.bytes, path: $0.path) } }
let validator = Validator(root: folder)
let tasks: [BenchmarkTask] = [
    BenchmarkTask(name: "parse (ArticleParser)", budget: 3.0) {
        parseAll().reduce(0) { $0 + $1.markdown.nodes.count }
    },
    // Validation's budget (issue 3) is `selfhelp validate` against `selfhelp parse` on the command
    // line, both as a user runs them (hyperfine, Docs/benchmarks.md); this is the one-thread cost.
    BenchmarkTask(name: "parse + validate", budget: nil) {
        validator.validate(parseAll(), fileExists: { _ in true }).count
    },
    BenchmarkTask(name: "HTML render (parsed)", budget: 1.5) {
        parsedArticles.reduce(0) { $0 + htmlRenderer.renderBytes($1).count }
    },
    BenchmarkTask(name: "parse + HTML render", budget: 4.5) {
        files.reduce(0) { $0 + htmlRenderer.renderBytes(ArticleParser.parse($1.bytes, path: $1.path)).count }
    },
]
// The full build, all outputs written to a tmpfs (disk writes of thousands of small files are
// too noisy to time here), from an empty output folder each round, on all cores.
let buildRoot = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
var buildRound = 0
var buildTask = BenchmarkTask(name: "full build (tmpfs, \(ProcessInfo.processInfo.activeProcessorCount) cores)", budget: 2.0) {
    buildRound += 1
    let out = "\(buildRoot)/selfhelp-bench-\(getpid())-\(buildRound)"
    let options = SiteBuilder.Options(configuration: Configuration())
    return (try? SiteBuilder(knowledgeBase: folder, outDir: out, options: options).build().summary.articles) ?? 0
}
// Each round builds into a new folder; removing it is not part of the build.
buildTask.cleanUp = { try? FileManager.default.removeItem(atPath: "\(buildRoot)/selfhelp-bench-\(getpid())-\(buildRound)") }
// A rebuild after one article changed: a copy of the folder is built once, then each run adds a
// line to one of its articles (a different one each time) and builds into the same output folder.
let rebuildFolder = "\(buildRoot)/selfhelp-bench-\(getpid())-kb"
let rebuildOut = "\(buildRoot)/selfhelp-bench-\(getpid())-rebuild"
var rebuildRound = 0
let rebuildTask = BenchmarkTask(name: "rebuild, one article changed", budget: nil) {
    if rebuildRound == 0 {
        try? FileManager.default.copyItem(atPath: folder, toPath: rebuildFolder)
        _ = try? SiteBuilder(knowledgeBase: rebuildFolder, outDir: rebuildOut).build()
    }
    rebuildRound += 1
    let changed = ArticleLoader.articleFiles(in: [rebuildFolder]).files[(rebuildRound * 7919) % files.count]
    if let handle = FileHandle(forWritingAtPath: changed) {
        handle.seekToEndOfFile()
        handle.write(Data("\nA line added by selfhelp-bench, round \(rebuildRound).\n".utf8))
        handle.closeFile()
    }
    return (try? SiteBuilder(knowledgeBase: rebuildFolder, outDir: rebuildOut).build().summary.rendered) ?? 0
}
let selected = (tasks + [buildTask, rebuildTask]).filter { task in only.map { task.name.contains($0) } ?? true }
let ok = benchmark.run(selected)
try? FileManager.default.removeItem(atPath: rebuildFolder)
try? FileManager.default.removeItem(atPath: rebuildOut)
exit(ok ? 0 : 1)
