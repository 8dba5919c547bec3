import ArgumentParser
import SelfHelpKit

/// `selfhelp render FILE --to html|text|json`: one article as safe HTML, plain text or JSON
/// (Docs/rendering.md).
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render one article as safe HTML, plain text, or JSON with chunks for embedding.",
        discussion: """
        Output goes to standard output, or to --output FILE (written atomically: a temporary file \
        in the same folder, then renamed; an existing file keeps its permissions).
        Exit status: 0 when rendered, 2 when the file cannot be read or the output cannot be written.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, text, json
    }

    @Argument(help: "The article file.")
    var file: String

    @Option(name: .long, help: "Output format: html, text or json.")
    var to: Format = .html

    @Flag(help: "HTML: a full page (doctype, title, stylesheet, Content-Security-Policy) instead of a fragment.")
    var standalone = false

    @Option(name: .customLong("var"), help: ArgumentHelp("A placeholder value, as name=value (repeatable).", valueName: "name=value"))
    var variables: [String] = []

    @Option(help: "Text: wrap paragraphs at this many characters (also the text inside JSON).")
    var width: Int?

    @OptionGroup var chunking: ChunkingArguments

    @Option(name: .customLong("id-prefix"), help: "HTML and JSON: prefix every id and in-page link with this text.")
    var idPrefix = ""

    @Flag(name: .customLong("rewrite-links"), help: "Rewrite relative links to other articles from .md to .html.")
    var rewriteLinks = false

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        for variable in variables where !variable.contains("=") {
            throw ValidationError("--var expects name=value, got '\(variable)'")
        }
        if let width, width < 10 { throw ValidationError("--width must be at least 10") }
    }

    func run() throws {
        let bytes = try exitingOnToolError { try ArticleLoader.readBytes(file) }
        let chunkingOptions = try chunking.optionsOrExit()
        let article = ArticleParser.parse(bytes, path: file)
        var values: [String: String] = [:]
        for variable in variables {
            let parts = variable.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            values[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        let options = RenderOptions(variables: values, rewriteArticleLinks: rewriteLinks, idPrefix: idPrefix)
        let rendered: String
        switch to {
        case .html: rendered = HTMLRenderer(options: options, standalone: standalone).render(article)
        case .text: rendered = PlainTextRenderer(options: options, width: width).render(article)
        case .json: rendered = JSONRenderer(options: options, chunking: chunkingOptions, width: width).render(article, fileBytes: bytes)
        }
        if let output {
            try exitingOnToolError { try AtomicFile.write(Array(rendered.utf8), to: output) }
        } else {
            var out = StandardOutput()
            out.write(rendered)
            out.flush()
        }
    }
}
