import Foundation

/// A JSON file a build keeps under `OUT/.selfhelp/` for the next build.
protocol BuildRecord: Codable {
    /// Relative to the output folder.
    static var path: String { get }
    /// ``BuildManifest/formatVersion`` when written; a record of another version is ignored.
    var recordVersion: Int { get }
}

extension BuildRecord {
    /// The record a previous build left in `outDir`, or nil (none, unreadable, another version).
    static func load(from outDir: String) -> Self? {
        guard let data = FileManager.default.contents(atPath: (outDir as NSString).appendingPathComponent(path)),
              let record = try? JSONDecoder().decode(Self.self, from: data),
              record.recordVersion == BuildManifest.formatVersion else { return nil }
        return record
    }

    /// The record as JSON (sorted keys, indented: diffable).
    func bytes() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return [UInt8](try encoder.encode(self))
    }
}
