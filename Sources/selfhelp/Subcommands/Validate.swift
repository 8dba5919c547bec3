import ArgumentParser
import Foundation
import SelfHelpKit

/// `selfhelp validate PATH…`: runs the rules and reports (Docs/validation.md).
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate articles and report what is wrong.",
        discussion: """
            Exit status: 0 when no errors were found, 1 when there are errors (or warnings with --strict), \
            2 on a usage, configuration or I/O failure (a missing path, a folder with no article, an unreadable file, \
            a --cache file that cannot be written).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, github
    }

    @Argument(help: "Article files or folders (searched recursively for *.md).")
    var paths: [String]

    @Option(help: "Output format: text, json, sarif or github.")
    var format: Format = .text

    @OptionGroup var configurationOptions: ConfigurationOptions

    @Option(help: "The id catalog, a CSV file (Docs/validation.md); overrides `catalog` in the configuration.")
    var catalog: String?

    @Option(help: ArgumentHelp(
        "Keep every article's findings in this file; a later run with the same settings checks again only the articles whose bytes changed.",
        valueName: "file"))
    var cache: String?

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Flag(inversion: .prefixedNo, help: "Colour the text output (default: when standard output is a terminal).")
    var color: Bool?

    @Flag(help: "After the report, print how long each rule took, and parsing, to standard error (Docs/validation.md).")
    var timing = false

    func run() throws {
        let configuration = try configurationOptions.load(for: paths, catalog: catalog)
        let found = ArticleLoader.articleFiles(in: paths)
        var failures = found.errors
        // Facts only: each article is parsed, checked and dropped, so memory holds facts, not articles.
        let cache = self.cache.map(ValidationCache.init(path:))
        let root = ValidationSetup.root(of: paths)
        let timings = timing ? RuleTimings() : nil
        let workspace = cache.map { Workspace(files: found.files, validatorRoot: root, configuration: configuration, cache: $0, timings: timings) }
            ?? Workspace(checkingOnce: found.files, validatorRoot: root, configuration: configuration, timings: timings)
        failures += workspace.loadErrors
        if let cache {
            do { try cache.save(workspace.allFacts) } catch { failures.append(ToolError(wrapping: error, .writeFailed, path: cache.path)) }
        }
        // The findings are merged an article at a time as the report is written: a report of a
        // large knowledge base is never whole in memory, nor is an array of its findings.
        let findings = workspace.allFindings
        let files = workspace.count
        let summary = findings.summary(files: files)
        releaseInBackground(consume workspace)

        var output = StandardOutput()
        switch format {
        case .text:
            let useColor = color ?? (isatty(1) != 0)
            // Each file with findings is read again to quote its lines, files side by side.
            TextReporter(color: useColor).write(findings, files: files, jobs: ParallelMap.defaultJobs, source: { file in
                (try? ArticleLoader.readBytes(file)).map { SourceText(decoding: $0) }
            }) { output.write($0) }
        case .json:
            JSONReporter.write(findings, files: files) { output.write($0) }
        case .sarif:
            SARIFReporter.write(findings) { output.write($0) }
        case .github:
            GitHubReporter.write(findings) { output.write($0) }
        }
        output.flush()
        // The facts are not freed one by one before the process ends.
        releaseInBackground(consume findings)
        for failure in failures { StandardError.print(failure.description) }
        if let timings { StandardError.print(RuleTimingReport.text(timings)) }
        if !failures.isEmpty { throw ExitCode(ExitStatus.failure.rawValue) }
        let failing = summary.errors > 0 || (strict && summary.warnings > 0)
        if failing { throw ExitCode(ExitStatus.findings.rawValue) }
    }
}

/// What `validate` and `fix` share: loading, the knowledge-base root.
enum ValidationSetup {
    /// Reads and parses files, two at a time (results in input order).
    static func parse(_ files: [String]) -> (articles: [Article], errors: [ToolError]) {
        var results = [Result<Article, ToolError>?](repeating: nil, count: files.count)
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let result = Result(.unreadable, path: files[index]) { try ArticleLoader.load(files[index]) }
            lock.lock()
            results[index] = result
            lock.unlock()
        }
        var articles: [Article] = []
        var errors: [ToolError] = []
        for result in results {
            switch result {
            case .success(let article)?: articles.append(article)
            case .failure(let error)?: errors.append(error)
            case nil: break
            }
        }
        return (articles, errors)
    }

    /// The knowledge-base root: the one folder given, else nil (the common folder of the articles).
    static func root(of paths: [String]) -> String? {
        guard paths.count == 1 else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory), isDirectory.boolValue else { return nil }
        var root = paths[0]
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        return root
    }
}
