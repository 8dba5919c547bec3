import ArgumentParser
import Dispatch
import SelfHelpKit
import SelfHelpSearch

/// `selfhelp index KB_DIR --out FILE`: writes the search index of a knowledge base folder.
///
/// Temporary: `selfhelp build` writes the same file (with chunks) as `kb.sqlite`, through the
/// same ``SearchIndex/write(_:chunks:to:)``.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Write the SQLite search index of a knowledge base folder.",
        discussion: """
            The file is replaced atomically and is byte-identical for the same articles. \
            Exit status: 0, or 2 when the folder is missing or holds no article, a file cannot be read \
            (the others are still indexed) or the index cannot be written.
            """
    )

    @Argument(help: "The knowledge base folder (searched recursively for *.md).")
    var folder: String

    @Option(help: "The index file to write (its folder must exist).")
    var out: String

    @OptionGroup var parallelism: ParallelismOptions

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        try exitingOnToolError {
            let start = DispatchTime.now()
            let kb = try KnowledgeBase.load(folder: folder, jobs: parallelism.workerCount)
            if kb.entries.isEmpty, kb.errors.isEmpty { throw ArticleLoader.noArticles(under: folder) }
            let loaded = DispatchTime.now()
            try SearchIndex.write(kb, to: out)
            let written = DispatchTime.now()
            for error in kb.errors { StandardError.print(error.description) }
            if !quiet {
                StandardError.print("selfhelp: indexed \(kb.entries.count) articles into \(out) "
                                    + "(load \(IndexCommand.seconds(start, loaded)) s, write \(IndexCommand.seconds(loaded, written)) s)")
            }
            if !kb.errors.isEmpty { throw ExitCode(ExitStatus.failure.rawValue) }
        }
    }

    static func seconds(_ from: DispatchTime, _ to: DispatchTime) -> String {
        let milliseconds = (to.uptimeNanoseconds - from.uptimeNanoseconds) / 1_000_000
        return "\(milliseconds / 1000).\(String(milliseconds % 1000).leftPadded(to: 3))"
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
