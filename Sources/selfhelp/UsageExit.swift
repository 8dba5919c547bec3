import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension SelfHelpCommand {
    /// Runs the command like ArgumentParser's `main()`, but exits with ``ExitStatus/failure`` (2)
    /// for a usage error, where ArgumentParser would exit with 64 (EX_USAGE): Docs/cli.md
    /// promises 0, 1 or 2. Help and version requests still exit 0; a subcommand's own
    /// `ExitCode` passes through unchanged.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                _ = (message + "\n").withCString { fputs($0, code == .success ? stdout : stderr) }
            }
            if code == .validationFailure { Glibc.exit(ExitStatus.failure.rawValue) }
            Glibc.exit(code.rawValue)
        }
    }
}
