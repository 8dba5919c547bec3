/// The exit statuses of `selfhelp`, documented in Docs/cli.md.
enum ExitStatus: Int32 {
    /// Everything went well (no errors found).
    case success = 0
    /// The articles have errors (or warnings under `--strict` / `--fail-on warning`).
    case findings = 1
    /// Usage, configuration or I/O failure: a path missing, a file unreadable, a bad config.
    case failure = 2
}
