import Foundation
import SelfHelpKit
import SelfHelpBuild

/// Checks that a build's output folder holds only whole files: what a reader may find after a
/// build was killed at any moment.
enum BuildOutputCheck {
    /// Every regular file under `folder`, by path relative to it.
    static func files(in folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            files[String(url.path.dropFirst(folder.path.count + 1))] = data
        }
        return files
    }

    /// Whether `path` is a writer's temporary file (`.name.tmp-PID-N`, `.kb.sqlite.PID.UUID.tmp`):
    /// a hidden name that says `tmp`. A killed build may leave these behind; readers never see
    /// them under a final name.
    static func isTemporary(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasPrefix(".") && name.contains(".tmp")
    }

    /// What is wrong with the output files under `folder` (temporary files are left out): an HTML
    /// page that is not a whole document, JSON or JSON Lines that do not parse, a SQLite file or
    /// build manifest cut short, or a file no build writes. A search index updated in place and
    /// interrupted has a rollback journal beside it (`kb.sqlite-journal`): SQLite's own state, whole
    /// by SQLite's rules, which the next build replaces with a new index.
    static func problems(in folder: URL) -> [String] {
        var problems: [String] = []
        let all = files(in: folder)
        for (path, data) in all.sorted(by: { $0.key < $1.key }) where !isTemporary(path) && !path.hasSuffix(".sqlite-journal") {
            if all[path + "-journal"] != nil { continue }
            if let problem = problem(path: path, data: data) { problems.append("\(path): \(problem)") }
        }
        return problems
    }

    static func problem(path: String, data: Data) -> String? {
        if let whole = SitePages.isWholeSiteRecord(path, [UInt8](data)) {
            return whole ? nil : "is not a whole record (\(data.count) bytes)"
        }
        if path == BuildFile.manifest.path {
            return BuildManifest(bytes: [UInt8](data)) == nil ? "is not a whole manifest (\(data.count) bytes)" : nil
        }
        switch (path as NSString).pathExtension {
        case "html":
            let text = String(decoding: data, as: UTF8.self)
            guard text.hasPrefix("<!DOCTYPE html>") else { return "does not start with <!DOCTYPE html>" }
            guard text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</html>") else { return "does not end with </html> (\(data.count) bytes)" }
            return nil
        case "json", "sarif":
            return (try? JSONSerialization.jsonObject(with: data)) == nil ? "is not JSON (\(data.count) bytes)" : nil
        case "jsonl":
            for (n, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                if (try? JSONSerialization.jsonObject(with: Data(line))) == nil { return "line \(n + 1) is not JSON" }
            }
            if !data.isEmpty, data.last != 0x0A { return "does not end with a line break" }
            return nil
        case "js":
            return data.count > 100 && data.last == 0x0A ? nil : "is not a whole script (\(data.count) bytes)"
        case "png", "jpg", "jpeg", "gif", "svg":
            // Files articles link to, copied whole like every output (the check cannot tell a cut image).
            return nil
        case "sqlite":
            // The header names the page size; a whole database is a whole number of pages.
            let bytes = [UInt8](data)
            guard bytes.count >= 100, bytes.starts(with: Array("SQLite format 3\0".utf8)) else { return "has no SQLite header" }
            let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
            let size = pageSize == 1 ? 65536 : pageSize
            let pages = Int(bytes[28]) << 24 | Int(bytes[29]) << 16 | Int(bytes[30]) << 8 | Int(bytes[31])
            return bytes.count == size * pages ? nil : "is \(bytes.count) bytes, the header says \(pages) pages of \(size)"
        default:
            return "is no build output"
        }
    }
}
