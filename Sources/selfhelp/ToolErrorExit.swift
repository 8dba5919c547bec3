import ArgumentParser
import SelfHelpKit

/// Runs `body` and returns what it returns; a ``ToolError`` it throws is printed on stderr
/// (`PATH: error: …`) and ends the command with ``ExitStatus/failure`` (2), as Docs/cli.md promises.
///
/// Other errors pass through unchanged (an `ExitCode`, say, keeps its status).
func exitingOnToolError<Value>(_ body: () throws -> Value) throws -> Value {
    do {
        return try body()
    } catch let error as ToolError {
        StandardError.print(error.description)
        throw ExitCode(ExitStatus.failure.rawValue)
    }
}
