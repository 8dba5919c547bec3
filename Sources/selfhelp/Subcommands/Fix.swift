import ArgumentParser
import Foundation
import SelfHelpKit

/// `selfhelp fix PATH… [--dry-run]`: applies the fixable rules' fixes (Docs/validation.md).
struct Fix: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Apply the automatic fixes of the fixable rules.",
        discussion: """
            Only the bytes of each fix change; line endings and everything else stay. A file is written \
            atomically (temporary file in the same folder, then rename; permissions kept) and only when the \
            fixed text re-parses to the same article apart from the fixed fields. Rules turned off in the \
            configuration are not fixed. Exit status: 0 on success, \
            2 when a path is missing, a folder holds no article, or a file cannot be read or written.
            """
    )

    @Argument(help: "Article files or folders (searched recursively for *.md).")
    var paths: [String]

    @Flag(help: "Print a unified diff of the fixes and write nothing.")
    var dryRun = false

    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
        let configuration = try configurationOptions.load(for: paths)
        let found = ArticleLoader.articleFiles(in: paths)
        var failures = found.errors
        var output = StandardOutput()
        var fixedFiles = 0, fixCount = 0
        for path in found.files {
            do {
                let raw = try ArticleLoader.readBytes(path)
                let outcome = FixSession.fix(raw, path: path, configuration: configuration)
                if let refusal = outcome.refusal, !outcome.remaining.isEmpty {
                    StandardError.print("\(path): not fixed: \(refusal)")
                    continue
                }
                guard outcome.changed else { continue }
                fixedFiles += 1
                fixCount += outcome.applied.count
                if dryRun {
                    output.write(UnifiedDiff.render(old: raw, new: outcome.bytes, path: path))
                } else {
                    try AtomicFile.write(outcome.bytes, to: path)
                    for d in outcome.applied {
                        output.write("\(d.file):\(d.location.line):\(d.location.column): fixed: \(d.fix?.summary ?? d.message) [\(d.rule)]\n")
                    }
                }
            } catch let error as ToolError {
                failures.append(error)
            }
        }
        let verb = dryRun ? "would apply" : "applied"
        StandardError.print("selfhelp fix: \(verb) \(fixCount) fix\(fixCount == 1 ? "" : "es") in \(fixedFiles) file\(fixedFiles == 1 ? "" : "s")")
        output.flush()
        for failure in failures { StandardError.print(failure.description) }
        if !failures.isEmpty { throw ExitCode(ExitStatus.failure.rawValue) }
    }
}

/// A minimal unified diff (whole-line hunks with 3 lines of context) for `--dry-run`.
enum UnifiedDiff {
    static func render(old: [UInt8], new: [UInt8], path: String) -> String {
        let a = lines(old), b = lines(new)
        // Fixes never add or remove lines, except a value trimmed across a line break; fall back
        // to one hunk over the differing span.
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var out = "--- a/\(path)\n+++ b/\(path)\n"
        // Split the changed span into hunks of changed lines when line counts match.
        if a.count == b.count {
            var changed: [Int] = []
            for i in prefix..<(a.count - suffix) where a[i] != b[i] { changed.append(i) }
            var groups: [[Int]] = []
            for i in changed {
                if let last = groups.last?.last, i - last <= 6 { groups[groups.count - 1].append(i) } else { groups.append([i]) }
            }
            for group in groups {
                let start = max(0, group[0] - 3), end = min(a.count, group[group.count - 1] + 4)
                out += "@@ -\(start + 1),\(end - start) +\(start + 1),\(end - start) @@\n"
                for i in start..<end {
                    if a[i] == b[i] { out += " " + a[i] } else { out += "-" + a[i] + "+" + b[i] }
                }
            }
            return out
        }
        let start = max(0, prefix - 3)
        let endA = min(a.count, a.count - suffix + 3), endB = min(b.count, b.count - suffix + 3)
        out += "@@ -\(start + 1),\(endA - start) +\(start + 1),\(endB - start) @@\n"
        for i in start..<prefix { out += " " + a[i] }
        for i in prefix..<(a.count - suffix) { out += "-" + a[i] }
        for i in prefix..<(b.count - suffix) { out += "+" + b[i] }
        for i in (a.count - suffix)..<endA { out += " " + a[i] }
        return out
    }

    /// Lines with their endings made visible as `\n` only (a CR is shown as `␍`); the last line
    /// gets a newline and a note when it had none.
    static func lines(_ bytes: [UInt8]) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        for b in bytes {
            if b == 0x0A {
                result.append(String(decoding: current, as: UTF8.self) + "\n")
                current.removeAll()
            } else {
                current.append(b)
            }
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self) + "\n\\ No newline at end of file\n") }
        return result
    }
}
