import ArgumentParser
import SelfHelpKit
import SelfHelpLanguageServer
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `selfhelp lsp`: the language server on standard input and output (Docs/editors.md).
struct LSP: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server for editors (LSP 3.17 over standard input and output).",
        discussion: """
            Editors start it; see Docs/editors.md for VS Code, Neovim and Helix. It loads every article \
            of the workspace folders, pushes diagnostics as you type, and offers quick fixes, "disable \
            for this line", hover and header completion. Logs go to the client (window/logMessage); \
            nothing else is written to standard output.
            Exit status: 0 after shutdown and exit, or when standard input ends; 1 on exit without shutdown; \
            2 when the --catalog file is missing or bad.
            """
    )

    @Option(help: "The id catalog, a CSV file (Docs/validation.md); overrides `catalog` in each folder's configuration.")
    var catalog: String?

    func run() throws {
        var idCatalog: IdCatalog?
        if let catalog {
            idCatalog = try exitingOnToolError { try IdCatalogReader.load(catalog) }
        }
        let status = LanguageServer(catalog: idCatalog).run()
        if status != 0 { throw ExitCode(status) }
    }
}
