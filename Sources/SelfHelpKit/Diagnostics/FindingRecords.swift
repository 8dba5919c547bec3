/// One file's findings as their records (``DiagnosticRecord``), in report order, with their
/// counts by severity: what a build's records keep of an article's own findings, handed on as
/// bytes. A rebuild takes an unchanged article's findings from the previous build's records into
/// the new records and into its ``FindingList`` without making a value of any of them.
package struct FindingRecords: Equatable, Sendable {
    /// The records, one after the other.
    package private(set) var bytes: ArraySlice<UInt8>
    /// How many there are of each severity.
    package private(set) var counts: SeverityCounts

    /// No findings.
    package init() {
        bytes = []
        counts = SeverityCounts()
    }

    /// The records of `findings`.
    package init(_ findings: [Diagnostic]) {
        var out = ByteWriter()
        for finding in findings { DiagnosticRecord.write(finding, to: &out) }
        bytes = out.bytes[...]
        counts = SeverityCounts(findings)
    }

    /// The `count` records that `input` holds next, taken as they are (the bytes are not copied);
    /// nil when the bytes do not hold that many.
    package init?(_ input: inout ByteReader, count: Int) {
        let start = input.position
        var counts = SeverityCounts()
        for _ in 0..<count {
            guard let severity = DiagnosticRecord.skip(&input) else { return nil }
            counts.add(severity)
        }
        bytes = input.bytes(since: start)
        self.counts = counts
    }

    /// How many findings there are.
    package var count: Int { counts.total }

    /// The same records in storage of their own. Records read with ``init(_:count:)`` are a
    /// slice of the bytes they were read from, which they keep alive whole: records kept long
    /// (those of a build's previous manifest, held until the cross-article checks) are detached.
    package func detached() -> FindingRecords {
        var copy = self
        copy.bytes = Array(bytes)[...]
        return copy
    }

    /// The findings, as reported in `file`; nil when the bytes do not hold ``count`` records.
    package func findings(in file: String) -> [Diagnostic]? {
        var input = ByteReader(Array(bytes))
        return DiagnosticRecord.read(&input, count: count, file: file)
    }
}
