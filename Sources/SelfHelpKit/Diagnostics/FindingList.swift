/// Findings kept as their records (``DiagnosticRecord``) in one buffer instead of as values: about
/// a third of the memory (a finding's values take some 400 bytes, its record some 130). A build
/// holds every finding of a knowledge base from the first article streamed to the SARIF log; this
/// is what it holds them in.
///
/// Findings go in a file at a time; the list keeps each file's findings together (a run) and hands
/// them back as values on demand: all of them in order (``makeIterator()``), or one file's
/// (``findings(in:)``). In report order (``Diagnostic/reportOrder(_:_:)``) the runs' files
/// ascend, and a file's findings are found by a binary search.
package struct FindingList: Sequence, Sendable {
    /// One file's consecutive findings: its path, where their records are, and their severities.
    private struct Run: Sendable {
        var file: String
        var bytes: Range<Int>
        var counts: SeverityCounts
    }

    private var records = ByteWriter()
    private var runs: [Run] = []
    /// Whether every run's file comes after the one before it (as in report order).
    private var filesAscend = true
    /// Whether each run is in report order, as far as the list knows.
    private var runsSorted = true
    /// The finding appended last (nil after a run copied from another list).
    private var lastAppended: Diagnostic?
    /// How many findings of each severity the list holds.
    package private(set) var counts = SeverityCounts()
    /// How many findings the list holds.
    package var count: Int { counts.total }

    package init() {}

    /// The list of `diagnostics`, in their order.
    package init(_ diagnostics: some Sequence<Diagnostic>) {
        append(diagnostics)
    }

    package var isEmpty: Bool { count == 0 }

    /// Adds `diagnostics` after the findings already in, in their order.
    package mutating func append(_ diagnostics: some Sequence<Diagnostic>) {
        for diagnostic in diagnostics {
            let start = records.bytes.count
            DiagnosticRecord.write(diagnostic, to: &records)
            if let last = runs.last, last.file == diagnostic.file {
                if lastAppended.map({ Diagnostic.reportOrder(diagnostic, $0) }) ?? true { runsSorted = false }
                runs[runs.count - 1].bytes = last.bytes.lowerBound..<records.bytes.count
            } else {
                if let last = runs.last, !(last.file < diagnostic.file) { filesAscend = false }
                runs.append(Run(file: diagnostic.file, bytes: start..<records.bytes.count, counts: SeverityCounts()))
            }
            runs[runs.count - 1].counts.add(diagnostic.severity)
            counts.add(diagnostic.severity)
            lastAppended = diagnostic
        }
    }

    /// The findings of `file`, in the list's order.
    package func findings(in file: String) -> [Diagnostic] {
        runIndices(of: file).flatMap(decode)
    }

    /// How many findings of each severity `file` has, without decoding them.
    package func counts(in file: String) -> SeverityCounts {
        var counts = SeverityCounts()
        for index in runIndices(of: file) { counts += runs[index].counts }
        return counts
    }

    /// The records of `file`'s findings as the list holds them: what a digest of its findings
    /// can be made from without decoding them (the same findings are always the same bytes).
    package func records(in file: String) -> [UInt8] {
        runIndices(of: file).flatMap { records.bytes[runs[$0].bytes] }
    }

    /// Hands each run to `body`: its file and its findings' records, in the list's order.
    package func forEachRun(_ body: (_ file: String, _ records: ArraySlice<UInt8>) throws -> Void) rethrows {
        for run in runs { try body(run.file, records.bytes[run.bytes]) }
    }

    /// The runs of `file`: found by a binary search when the files ascend.
    private func runIndices(of file: String) -> [Int] {
        guard filesAscend else { return runs.indices.filter { runs[$0].file == file } }
        var low = 0, high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].file < file { low = middle + 1 } else { high = middle }
        }
        return low < runs.count && runs[low].file == file ? [low] : []
    }

    /// The list with `others` merged in, all of it in report order: what sorting the list's
    /// findings followed by `others` (stably, with ``Diagnostic/reportOrder(_:_:)``) gives. The
    /// runs of files that `others` do not name are copied as they are, without being decoded, when
    /// the list is in report order already (each run sorted, the files ascending).
    package func merging(_ others: [Diagnostic]) -> FindingList {
        let others = others.sorted(by: Diagnostic.reportOrder)
        guard filesAscend, runsSorted else { return FindingList((Array(self) + others).sorted(by: Diagnostic.reportOrder)) }
        var merged = FindingList()
        var next = others.startIndex
        // Takes the others' findings of files before `file` (all that are left when nil).
        func takeOthers(before file: String?) {
            let end = file.map { file in others[next...].firstIndex { !($0.file < file) } ?? others.endIndex } ?? others.endIndex
            merged.append(others[next..<end])
            next = end
        }
        for index in runs.indices {
            let run = runs[index]
            takeOthers(before: run.file)
            let end = others[next...].firstIndex { $0.file != run.file } ?? others.endIndex
            if next == end {
                merged.appendRecords(of: run, from: records.bytes)
            } else {
                merged.append(Self.merge(decode(index), others[next..<end]))
                next = end
            }
        }
        takeOthers(before: nil)
        return merged
    }

    /// Merges two lists in report order; on a tie, `first`'s finding comes first (a stable sort's order).
    private static func merge(_ first: [Diagnostic], _ second: ArraySlice<Diagnostic>) -> [Diagnostic] {
        var merged: [Diagnostic] = []
        merged.reserveCapacity(first.count + second.count)
        var i = first.startIndex, j = second.startIndex
        while i < first.endIndex, j < second.endIndex {
            if Diagnostic.reportOrder(second[j], first[i]) {
                merged.append(second[j])
                j += 1
            } else {
                merged.append(first[i])
                i += 1
            }
        }
        merged += first[i...]
        merged += second[j...]
        return merged
    }

    /// Adds the findings of `file`, given as their records in report order, after the findings
    /// already in (a file's findings are one run: `file` should not be in the list yet).
    package mutating func append(_ found: FindingRecords, file: String) {
        guard found.count > 0 else { return }
        appendRecords(found.bytes, file: file, counts: found.counts)
    }

    /// Adds a run of another list's records as they are.
    private mutating func appendRecords(of run: Run, from bytes: [UInt8]) {
        appendRecords(bytes[run.bytes], file: run.file, counts: run.counts)
    }

    /// Adds `file`'s records, `counts` of them by severity, as a run of their own.
    private mutating func appendRecords(_ slice: ArraySlice<UInt8>, file: String, counts added: SeverityCounts) {
        if let last = runs.last, !(last.file < file) { filesAscend = false }
        let start = records.bytes.count
        records.append(slice)
        runs.append(Run(file: file, bytes: start..<records.bytes.count, counts: added))
        counts += added
        lastAppended = nil
    }

    /// The findings of the run at `index`.
    private func decode(_ index: Int) -> [Diagnostic] {
        let run = runs[index]
        var reader = ByteReader(records.bytes, at: run.bytes.lowerBound)
        // The list wrote every record it reads.
        guard let found = DiagnosticRecord.read(&reader, count: run.counts.total, file: run.file) else { preconditionFailure("a damaged finding list") }
        return found
    }

    /// Every finding, in the list's order, decoded a run at a time.
    package struct Iterator: IteratorProtocol {
        fileprivate let list: FindingList
        fileprivate var run = 0
        fileprivate var decoded: [Diagnostic] = []
        fileprivate var position = 0

        package mutating func next() -> Diagnostic? {
            while position == decoded.count {
                guard run < list.runs.count else { return nil }
                decoded = list.decode(run)
                run += 1
                position = 0
            }
            position += 1
            return decoded[position - 1]
        }
    }

    package func makeIterator() -> Iterator { Iterator(list: self) }

    package var underestimatedCount: Int { count }
}
