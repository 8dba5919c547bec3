import ArgumentParser
import SelfHelpKit

/// `--jobs N`, shared by the subcommands that work on many articles at once (`build`, `index`).
struct ParallelismOptions: ParsableArguments {
    @Option(help: "Worker threads (default: every core).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// How many threads to use: `--jobs`, else the number of active cores.
    var workerCount: Int { jobs ?? ParallelMap.defaultJobs }
}
