import SelfHelpKit

/// The manifest's entries cut into segments of about a megabyte, whose sizes the header lists
/// (after the number of entries): a rebuild decodes the segments side by side. Entries are added
/// in path order; each full segment's bytes are handed back to be written.
struct ManifestSegments {
    /// One segment: how many entries it holds and its size in bytes; `offset` is where it starts
    /// in the manifest (known when reading).
    struct Segment: Equatable {
        var entries: Int
        var byteCount: Int
        var offset = 0
    }

    /// A segment is handed back once it reaches this size.
    static let size = 1 << 20

    private(set) var segments: [Segment] = []
    private var buffer = ByteWriter()
    private var pending = 0

    /// The number of entries added.
    var entryCount: Int { segments.reduce(pending) { $0 + $1.entries } }

    /// Adds the entry of the article at `path`; returns a segment's bytes when it is full.
    mutating func add(_ entry: BuildManifest.Entry, path: String) -> [UInt8]? {
        entry.write(path: path, to: &buffer)
        pending += 1
        return buffer.bytes.count >= Self.size ? finish() : nil
    }

    /// Closes the segment being filled; returns its bytes (nil when it holds no entry).
    mutating func finish() -> [UInt8]? {
        guard pending > 0 else { return nil }
        let bytes = buffer.take()
        segments.append(Segment(entries: pending, byteCount: bytes.count))
        pending = 0
        return bytes
    }

    /// Writes the number of entries and the segments' sizes (every segment closed).
    func write(to out: inout ByteWriter) {
        out.int(entryCount)
        out.int(segments.count)
        for segment in segments {
            out.int(segment.entries)
            out.int(segment.byteCount)
        }
    }

    /// Reads the segments' sizes (after the number of entries, `entryCount`), each with its
    /// offset: the entries start where the reader stops. Nil unless they hold exactly the
    /// entries and the rest of the `byteCount` bytes.
    static func read(_ input: inout ByteReader, entryCount: Int, byteCount: Int) -> [Segment]? {
        guard let count = input.count() else { return nil }
        var segments: [Segment] = []
        for _ in 0..<count {
            guard let entries = input.int(), let size = input.int(), entries > 0, size > 0 else { return nil }
            segments.append(Segment(entries: entries, byteCount: size))
        }
        var offset = input.position
        for k in segments.indices {
            segments[k].offset = offset
            offset += segments[k].byteCount
        }
        guard offset == byteCount, segments.reduce(0, { $0 + $1.entries }) == entryCount else { return nil }
        return segments
    }
}
