import ArgumentParser
import SelfHelpKit

@main
struct SelfHelpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "selfhelp",
        abstract: "Parse, validate and render self-help articles.",
        version: SelfHelpVersion.current,
        subcommands: [Parse.self, Validate.self, Fix.self, Rules.self, Render.self, IndexCommand.self, Search.self, Build.self, Serve.self, LSP.self]
    )
}
