import ArgumentParser
import Foundation
import SelfHelpKit
import SelfHelpSearch
import SelfHelpBuild

/// `selfhelp build KB_DIR --out DIR`: validate, render and index a knowledge base (Docs/pipeline.md).
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate, render and index a whole knowledge base into a folder.",
        discussion: """
            Writes articles/<path>.html and .json, articles.jsonl, chunks.jsonl, kb.sqlite and diagnostics.sarif into \
            --out, and the site around the pages: index.html, listings by service, type and cloud, the files articles link \
            to, and search.html with its index (Docs/site.md); re-renders only what changed since the last build. \
            --out must lie outside KB_DIR. \
            Exit status: 0 ok, 1 when findings reach --fail-on (errors by default), 2 on a usage, configuration or I/O \
            failure (a missing folder, a folder with no article, --out inside KB_DIR, an unreadable file).
            """
    )

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case warning, error, never
    }

    @Argument(help: "The knowledge-base folder.")
    var knowledgeBase: String

    @Option(help: "The output folder (created if needed).")
    var out: String

    @OptionGroup var configurationOptions: ConfigurationOptions

    @Option(help: "The id catalog, a CSV file (Docs/validation.md); overrides `catalog` in the configuration.")
    var catalog: String?

    @OptionGroup var parallelism: ParallelismOptions

    @Option(name: .customLong("fail-on"), help: "Exit 1 when there are findings of this severity or worse: warning, error, never.")
    var failOn: FailOn = .error

    @OptionGroup var chunking: ChunkingArguments

    @Option(name: .customLong("id-prefix"), help: "Prefix every id and in-page link of the pages and JSON with this text.")
    var idPrefix = ""

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "After the build, print how long each of its steps and rules took to standard error (Docs/pipeline.md).")
    var timing = false

    func run() throws {
        let configuration = try configurationOptions.load(for: [knowledgeBase], catalog: catalog)
        let progress = BuildProgress(quiet: quiet, terminal: StandardError.isTerminal)
        let chunkingOptions = try chunking.optionsOrExit()
        var options = SiteBuilder.Options(configuration: configuration, render: RenderOptions(rewriteArticleLinks: true, idPrefix: idPrefix),
                                          chunking: chunkingOptions, jobs: parallelism.workerCount, progress: progress.report)
        options.timings = timing ? BuildTimings() : nil
        let result = try exitingOnToolError {
            defer { progress.finish() }
            return try SiteBuilder(knowledgeBase: knowledgeBase, outDir: out, options: options).build()
        }
        for failure in result.failures { StandardError.print(failure.description) }
        if let timings = options.timings { StandardError.print(timings.text) }
        if !quiet {
            print("selfhelp build: \(result.summary.line)")
            print("open \((out as NSString).appendingPathComponent(BuildFile.home.path))")
        }
        let summary = result.summary, failed = !result.failures.isEmpty
        // Every finding of a large knowledge base: freed while the process ends, not before.
        releaseInBackground(consume result)
        if failed { throw ExitCode(ExitStatus.failure.rawValue) }
        let failing: Bool
        switch failOn {
        case .never: failing = false
        case .error: failing = summary.errors > 0
        case .warning: failing = summary.errors + summary.warnings > 0
        }
        if failing { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}

/// Progress on stderr: a bar that redraws itself on a terminal, plain lines otherwise.
final class BuildProgress {
    let quiet: Bool
    let terminal: Bool
    private var lastPhase: SiteBuilder.Phase?
    private var drewBar = false

    init(quiet: Bool, terminal: Bool) {
        self.quiet = quiet
        self.terminal = terminal
    }

    func report(_ phase: SiteBuilder.Phase, _ done: Int, _ total: Int) {
        guard !quiet else { return }
        if terminal {
            let width = 30
            let filled = total > 0 ? min(width, done * width / total) : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data("\r\u{1B}[K\(phase.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(bar) \(done)/\(total)".utf8))
            drewBar = true
        } else if phase != lastPhase {
            StandardError.print("selfhelp build: \(phase.rawValue) \(total) files")
        }
        lastPhase = phase
    }

    func finish() {
        if drewBar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
