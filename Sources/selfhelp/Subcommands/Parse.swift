import ArgumentParser
import SelfHelpKit

/// `selfhelp parse PATH…`: one JSON object a line for each article (Docs/cli.md).
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print each article as one JSON object a line (JSON Lines).",
        discussion: "Exit status: 0 when every file was read, 2 when a path is missing, a folder holds no article, or a file cannot be read (the rest are still printed)."
    )

    @Argument(help: "Article files or folders (folders are searched recursively for *.md; a file named here is read whatever its extension).")
    var paths: [String]

    @Flag(help: "Indent the JSON (one object over several lines).")
    var pretty = false

    @Option(name: .customLong("max-article-size"), help: "The largest article parsed, in bytes; a larger one is printed with one article-too-large diagnostic and nothing parsed.")
    var maximumArticleSize = ArticleParser.defaultMaximumSize

    func run() throws {
        let found = ArticleLoader.articleFiles(in: paths)
        var failures = found.errors
        var output = StandardOutput()
        for path in found.files {
            do {
                // The article is gone once encoded, and the text is written as bytes: a huge
                // article never has its model, its JSON and two copies of the text at once.
                var bytes: [UInt8] = []
                ArticleJSON.write(ArticleParser.parse(try ArticleLoader.readBytes(path), path: path, maximumSize: maximumArticleSize),
                                  to: &bytes, pretty: pretty)
                bytes.append(0x0A)
                output.write(bytes)
            } catch let error as ToolError {
                failures.append(error)
            }
        }
        output.flush()
        for failure in failures { StandardError.print(failure.description) }
        if !failures.isEmpty { throw ExitCode(ExitStatus.failure.rawValue) }
    }
}
