import ArgumentParser
import SelfHelpKit

/// `selfhelp rules [--format text|markdown]`: the rules, or the reference committed as Docs/rules.md.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the validation rules.",
        discussion: "`--format markdown` prints the rule reference committed as Docs/rules.md. Exit status: 0."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown
    }

    @Option(help: "Output format: text (one line a rule) or markdown (the full reference).")
    var format: Format = .text

    func run() throws {
        var output = StandardOutput()
        switch format {
        case .text: output.write(RuleReference.text())
        case .markdown: output.write(RuleReference.markdown())
        }
        output.flush()
    }
}
