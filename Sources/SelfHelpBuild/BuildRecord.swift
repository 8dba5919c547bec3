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
        storedBytes(in: outDir).flatMap(Self.init(bytes:))
    }

    /// The bytes of the record a previous build left in `outDir`, or nil when it cannot be read.
    static func storedBytes(in outDir: String) -> [UInt8]? {
        try? ArticleLoader.readBytes((outDir as NSString).appendingPathComponent(file.path))
    }
}

/// A record large enough to be written a piece at a time (the manifest, the site's record): its
/// ``BuildRecord/bytes()`` are the pieces of ``write(_:)`` joined.
protocol PiecewiseBuildRecord: BuildRecord {
    /// Hands the record's bytes to `emit`, a piece at a time.
    func write(_ emit: ([UInt8]) throws -> Void) rethrows
}

extension PiecewiseBuildRecord {
    func bytes() -> [UInt8] {
        var all: [UInt8] = []
        write { all += $0 }
        return all
    }
}
