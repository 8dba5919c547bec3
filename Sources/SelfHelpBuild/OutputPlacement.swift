import Foundation
import SelfHelpKit

/// Where a build may write: never into the knowledge base it reads.
///
/// Paths are compared after resolving symbolic links, `.` and `..`; an output folder that does
/// not exist yet is resolved through its nearest existing parent.
enum OutputPlacement {
    /// The error for an output folder equal to the knowledge base or inside it, else nil.
    static func problem(output: String, knowledgeBase: String) -> ToolError? {
        let out = resolved(output)
        let kb = resolved(knowledgeBase)
        guard out == kb || out.hasPrefix(kb.hasSuffix("/") ? kb : kb + "/") else { return nil }
        let place = out == kb ? "is the knowledge base" : "is inside the knowledge base \(knowledgeBase)"
        return ToolError(.usage, path: nil, message: "the output folder \(output) \(place): a build would write into its own input; choose a folder outside it (for example --out out)")
    }

    /// `path` absolute and with its existing part's symbolic links resolved.
    static func resolved(_ path: String) -> String {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: url.path), url.path != "/" {
            missing.insert(url.lastPathComponent, at: 0)
            url.deleteLastPathComponent()
        }
        var result = url.resolvingSymlinksInPath().path
        for component in missing { result = (result as NSString).appendingPathComponent(component) }
        return result
    }
}
