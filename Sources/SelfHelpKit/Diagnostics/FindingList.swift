/// Findings kept as their records (``DiagnosticRecord``) in one log instead of as values: about
/// a third of the memory (a finding's values take some 400 bytes, its record some 130). A build
/// holds every finding of a knowledge base from the first article streamed to the SARIF log; this
/// is what it holds them in, and its list spills them to a file (``init(spillingTo:threshold:)``).
///
/// Findings go in a file at a time; the list keeps each file's findings together (a run) and hands
/// them back as values on demand: all of them in order (``makeIterator()``), or one file's
/// (``findings(in:)``). In report order (``Diagnostic/reportOrder(_:_:)``) the runs' files
/// ascend, and a file's findings are found by a binary search.
package struct FindingList: Sequence, Sendable {
    /// One file's consecutive findings: its path, where their records are in the log, and their severities.
    private struct Run: Sendable {
        var file: String
        var bytes: Range<Int>
        var counts: SeverityCounts
    }

    /// The records, shared with the list's copies: a merge or an append writes new records after
    /// the log's end, so it neither copies nor changes the records of another copy's runs.
    private var log: FindingRecordLog
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

    /// An empty list, kept in memory.
    package init() {
        log = FindingRecordLog()
    }

    /// An empty list that keeps at most `threshold` bytes of records in memory and the rest in an
    /// unlinked file in `folder` (an existing folder): what a build holds its findings in.
    package init(spillingTo folder: String, threshold: Int = FindingRecordLog.spillThreshold) {
        log = FindingRecordLog(spillingTo: folder, threshold: threshold)
    }

    /// An empty list that writes its records to `log`.
    private init(log: FindingRecordLog) {
        self.log = log
    }

    /// The list of `diagnostics`, in their order.
    package init(_ diagnostics: some Sequence<Diagnostic>) {
        self.init()
        append(diagnostics)
    }

    package var isEmpty: Bool { count == 0 }

    /// Whether part of the list's records are in its spill file (``init(spillingTo:threshold:)``).
    package var hasSpilled: Bool { log.hasSpilled }

    /// Adds `diagnostics` after the findings already in, in their order.
    package mutating func append(_ diagnostics: some Sequence<Diagnostic>) {
        for diagnostic in diagnostics {
            var record = ByteWriter()
            DiagnosticRecord.write(diagnostic, to: &record)
            let added = log.append(record.bytes)
            if let last = runs.last, last.file == diagnostic.file {
                if lastAppended.map({ Diagnostic.reportOrder(diagnostic, $0) }) ?? true { runsSorted = false }
                // A run grows in place; one that a copy of the list wrote after moves to the log's end, whole.
                runs[runs.count - 1].bytes = last.bytes.upperBound == added.lowerBound
                    ? last.bytes.lowerBound..<added.upperBound : log.append(log.read(last.bytes) + record.bytes)
            } else {
                if let last = runs.last, !(last.file < diagnostic.file) { filesAscend = false }
                runs.append(Run(file: diagnostic.file, bytes: added, counts: SeverityCounts()))
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
        runIndices(of: file).flatMap { log.read(runs[$0].bytes) }
    }

    /// Hands each run to `body`: its file and its findings' records, in the list's order.
    package func forEachRun(_ body: (_ file: String, _ records: ArraySlice<UInt8>) throws -> Void) rethrows {
        var reader = RunReader(log: log)
        for run in runs {
            let (window, start) = reader.window(holding: run.bytes)
            try body(run.file, window[start..<(start + run.bytes.count)])
        }
    }

    /// Reads runs one after the other, a window of the log at a time: one read of a spilled log
    /// serves many runs. It keeps two windows: a merged list's runs alternate between the records
    /// the list was made with and those its merge wrote after them at the log's end, and one
    /// window would read a fresh window at each turn (45 ms of a 0.5 s rebuild at 15,000 articles).
    fileprivate struct RunReader {
        static let windowSize = 1 << 18
        let log: FindingRecordLog
        private var windows: [(bytes: [UInt8], start: Int)] = []
        /// The window the last run came from (the other one goes when a third is needed).
        private var last = 0

        init(log: FindingRecordLog) { self.log = log }

        /// A window of the log that holds `range`, and where in it `range` starts.
        mutating func window(holding range: Range<Int>) -> (bytes: [UInt8], start: Int) {
            if let held = windows.firstIndex(where: { range.lowerBound >= $0.start && range.upperBound <= $0.start + $0.bytes.count }) {
                last = held
            } else {
                let read = (bytes: log.read(range.lowerBound..<Swift.max(range.upperBound, Swift.min(log.count, range.lowerBound + Self.windowSize))),
                            start: range.lowerBound)
                if windows.count < 2 {
                    windows.append(read)
                    last = windows.count - 1
                } else {
                    last = 1 - last
                    windows[last] = read
                }
            }
            return (windows[last].bytes, range.lowerBound - windows[last].start)
        }
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

    /// The list with `others` merged in: see ``merge(_:)``. The two lists share the records of
    /// the runs the merge leaves as they are.
    package func merging(_ others: [Diagnostic]) -> FindingList {
        var merged = self
        merged.merge(others)
        return merged
    }

    /// Merges `others` in, all of the list in report order: what sorting the list's findings
    /// followed by `others` (stably, with ``Diagnostic/reportOrder(_:_:)``) gives. When the list
    /// is in report order already (each run sorted, the files ascending), only the runs of the
    /// files `others` name are decoded and written again, apart from the others: the records of
    /// the rest stay where they are, neither copied nor decoded.
    package mutating func merge(_ others: [Diagnostic]) {
        let others = others.sorted(by: Diagnostic.reportOrder)
        guard filesAscend, runsSorted else {
            var sorted = FindingList(log: log)
            sorted.append((Array(self) + others).sorted(by: Diagnostic.reportOrder))
            self = sorted
            return
        }
        guard !others.isEmpty else { return }
        var merged: [Run] = []
        merged.reserveCapacity(runs.count)
        var next = others.startIndex
        // Writes the others' findings of files before `file` (all that are left when nil) as runs of their own.
        func takeOthers(before file: String?) {
            while next < others.endIndex, file.map({ others[next].file < $0 }) ?? true {
                let end = others[next...].firstIndex { $0.file != others[next].file } ?? others.endIndex
                merged.append(writeMerged(Array(others[next..<end])))
                next = end
            }
        }
        for index in runs.indices {
            let run = runs[index]
            takeOthers(before: run.file)
            let end = others[next...].firstIndex { $0.file != run.file } ?? others.endIndex
            if next == end {
                merged.append(run)
            } else {
                merged.append(writeMerged(Self.merge(decode(index), others[next..<end])))
                next = end
            }
        }
        takeOthers(before: nil)
        runs = merged
        counts += SeverityCounts(others)
        lastAppended = nil
    }

    /// Writes one file's findings after the log's end; returns their run.
    private func writeMerged(_ findings: [Diagnostic]) -> Run {
        let records = FindingRecords(findings)
        return Run(file: findings.first?.file ?? "", bytes: log.append(records.bytes), counts: records.counts)
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

    /// Adds `file`'s records, `counts` of them by severity, as a run of their own.
    private mutating func appendRecords(_ slice: ArraySlice<UInt8>, file: String, counts added: SeverityCounts) {
        if let last = runs.last, !(last.file < file) { filesAscend = false }
        runs.append(Run(file: file, bytes: log.append(slice), counts: added))
        counts += added
        lastAppended = nil
    }

    /// The findings of the run at `index`.
    private func decode(_ index: Int) -> [Diagnostic] {
        Self.decode(runs[index], from: log.read(runs[index].bytes), at: 0)
    }

    /// The findings of `run`, whose records start at `start` in `bytes`.
    private static func decode(_ run: Run, from bytes: [UInt8], at start: Int) -> [Diagnostic] {
        var reader = ByteReader(bytes, at: start)
        // The list wrote every record it reads.
        guard let found = DiagnosticRecord.read(&reader, count: run.counts.total, file: run.file) else { preconditionFailure("a damaged finding list") }
        return found
    }

    /// Every finding, in the list's order, decoded a run at a time.
    package struct Iterator: IteratorProtocol {
        fileprivate let list: FindingList
        fileprivate var reader: RunReader
        fileprivate var run = 0
        fileprivate var decoded: [Diagnostic] = []
        fileprivate var position = 0

        package mutating func next() -> Diagnostic? {
            while position == decoded.count {
                guard run < list.runs.count else { return nil }
                let (window, start) = reader.window(holding: list.runs[run].bytes)
                decoded = FindingList.decode(list.runs[run], from: window, at: start)
                run += 1
                position = 0
            }
            position += 1
            return decoded[position - 1]
        }
    }

    package func makeIterator() -> Iterator { Iterator(list: self, reader: RunReader(log: log)) }

    package var underestimatedCount: Int { count }
}
