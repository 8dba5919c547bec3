import ArgumentParser
import SelfHelpKit

/// `--config FILE`, shared by the subcommands that validate (`validate`, `fix`, `build`, `serve`).
struct ConfigurationOptions: ParsableArguments {
    @Option(help: "The configuration file (default: the nearest .selfhelp.json at or above the first path given).")
    var config: String?

    /// The configuration of `--config`, else the nearest `.selfhelp.json` from the first of
    /// `paths`, else the defaults; with the id catalog file `catalog` when given.
    ///
    /// When a file cannot be read or is not valid, prints `PATH: error: …` on stderr and exits
    /// with status 2.
    func load(for paths: [String], catalog: String? = nil) throws -> Configuration {
        try exitingOnToolError {
            var configuration = try ConfigurationOptions.configuration(explicit: config, paths: paths)
            if let catalog { configuration.catalog = try IdCatalogReader.load(catalog) }
            return configuration
        }
    }

    /// The explicit configuration, else the nearest `.selfhelp.json`, else the defaults.
    static func configuration(explicit: String?, paths: [String]) throws -> Configuration {
        if let explicit { return try ConfigurationLoader.load(explicit) }
        if let first = paths.first, let found = ConfigurationLoader.find(from: first) { return try ConfigurationLoader.load(found) }
        return Configuration()
    }
}
