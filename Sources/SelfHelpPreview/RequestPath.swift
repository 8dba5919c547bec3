import Foundation

/// Turns a request's path into a file of the knowledge base, or refuses it.
///
/// Refused: encoded slashes or backslashes (`%2f`, `%5c`), NUL, `..` and `.` segments (also
/// encoded, `%2e%2e`), hidden segments (`.git`, `.selfhelp`), and anything that, once symbolic
/// links are resolved, lies outside the knowledge base. A refusal is a 404, never a hint.
struct RequestPath {
    /// The decoded path below the site root, segments joined by `/` (empty for `/`).
    let relative: String

    init?(percentEncoded raw: String) {
        let lowered = raw.lowercased()
        guard raw.hasPrefix("/"), !lowered.contains("%2f"), !lowered.contains("%5c"), !lowered.contains("%00"),
              !raw.contains("\\"), let decoded = raw.removingPercentEncoding, !decoded.contains("\0") else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard segments.allSatisfy({ !$0.hasPrefix(".") }) else { return nil }
        relative = segments.joined(separator: "/")
    }

    /// The file at `relative` below `root`, when it is a regular file whose real path lies inside
    /// the real path of `root`.
    static func file(_ relative: String, inside root: String) -> String? {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL.resolvingSymlinksInPath()
        let candidate = rootURL.appendingPathComponent(relative).standardizedFileURL.resolvingSymlinksInPath()
        let prefix = rootURL.path.hasSuffix("/") ? rootURL.path : rootURL.path + "/"
        guard candidate.path.hasPrefix(prefix) else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        return candidate.path
    }
}
