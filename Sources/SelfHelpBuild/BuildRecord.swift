import SelfHelpKit
import Foundation

/// A file a build keeps under `OUT/.selfhelp/` for the next build.
protocol BuildRecord {
    /// Where the record is kept.
    static var file: BuildFile { get }
    /// The record in `bytes`, or nil when they do not hold one of this ``BuildManifest/formatVersion``.
    init?(bytes: [UInt8])
    /// The record as written.
    func bytes() -> [UInt8]
}

extension BuildRecord {
    /// The record a previous build left in `outDir`, or nil (none, unreadable, damaged, another version).
    static func load(from outDir: String) -> Self? {
        guard let bytes = try? ArticleLoader.readBytes((outDir as NSString).appendingPathComponent(file.path)) else { return nil }
        return Self(bytes: bytes)
    }
}
