import XCTest
@testable import SelfHelpKit

/// A finding list that spills its records to a file gives back what one in memory does, leaves
/// no file behind, and stays in memory when it cannot spill.
final class FindingRecordLogTests: XCTestCase {
    private var folder: String!

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "finding-log-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Enough findings, over many files, to pass the spill threshold a few times.
    private func findings(files: Int) -> [Diagnostic] {
        (0..<files).flatMap { n -> [Diagnostic] in
            let file = String(format: "set%04d/article.md", n)
            return (0..<3).map { line in
                let start = SourceLocation(line: line + 1, column: 2, offset: line * 80 + 1)
                return Diagnostic(rule: "spelling", severity: line == 0 ? .error : .warning,
                                  message: "`Stroage` \(n)/\(line) is not a word, and this message is long enough to count",
                                  file: file, range: SourceRange(start: start, end: SourceLocation(line: line + 1, column: 9, offset: start.offset + 7)),
                                  notes: ["did you mean `Storage`?"])
            }
        }
    }

    func testASpilledListGivesBackWhatAListInMemoryDoes() throws {
        let all = findings(files: 6_000)
        var spilled = FindingList(spillingTo: folder)
        // As a build adds them: a file's records at a time.
        let byFile = Dictionary(grouping: all, by: \.file)
        for file in byFile.keys.sorted() {
            spilled.append(FindingRecords(byFile[file] ?? []), file: file)
        }
        let inMemory = FindingList(all)
        XCTAssertGreaterThan(inMemory.records(in: all[0].file).count * 6_000, 2 * FindingRecordLog.spillThreshold, "the test passes the threshold")

        XCTAssertTrue(spilled.hasSpilled)
        XCTAssertFalse(inMemory.hasSpilled)
        XCTAssertEqual(Array(spilled), all)
        XCTAssertEqual(spilled.counts, inMemory.counts)
        for file in ["set0000/article.md", "set2999/article.md", "set5999/article.md", "absent.md"] {
            XCTAssertEqual(spilled.findings(in: file), inMemory.findings(in: file), file)
            XCTAssertEqual(spilled.records(in: file), inMemory.records(in: file), file)
        }
        var runs: [(String, [UInt8])] = []
        spilled.forEachRun { runs.append(($0, Array($1))) }
        var expected: [(String, [UInt8])] = []
        inMemory.forEachRun { expected.append(($0, Array($1))) }
        XCTAssertEqual(runs.map(\.0), expected.map(\.0))
        XCTAssertTrue(zip(runs, expected).allSatisfy { $0.1 == $1.1 }, "every run's records, read a window at a time")

        // A merge writes after the spilled records; the list merged from is unchanged.
        let added = Diagnostic(rule: "link-broken", severity: .error, message: "no file `x.md`", file: "set0001/article.md",
                               range: SourceRange(start: SourceLocation(line: 9, column: 1, offset: 900), end: SourceLocation(line: 9, column: 4, offset: 903)))
        let merged = spilled.merging([added])
        XCTAssertEqual(Array(merged), (all + [added]).sorted(by: Diagnostic.reportOrder))
        XCTAssertEqual(Array(spilled), all)
        // Merged into every third file, as a build's cross-article findings are: the runs then
        // alternate between the spilled records and the merged ones after them.
        let across = stride(from: 0, to: 6_000, by: 3).map { n in
            Diagnostic(rule: "link-broken", severity: .error, message: "no file `x\(n).md`", file: String(format: "set%04d/article.md", n),
                       range: SourceRange(start: SourceLocation(line: 2, column: 1, offset: 85), end: SourceLocation(line: 2, column: 4, offset: 88)))
        }
        let mergedAcross = spilled.merging(across)
        let expectedAcross = (all + across).sorted(by: Diagnostic.reportOrder)
        XCTAssertEqual(Array(mergedAcross), expectedAcross)
        var mergedRuns: [(String, [UInt8])] = []
        mergedAcross.forEachRun { mergedRuns.append(($0, Array($1))) }
        var expectedRuns: [(String, [UInt8])] = []
        FindingList(expectedAcross).forEachRun { expectedRuns.append(($0, Array($1))) }
        XCTAssertEqual(mergedRuns.map(\.0), expectedRuns.map(\.0))
        XCTAssertTrue(zip(mergedRuns, expectedRuns).allSatisfy { $0.1 == $1.1 }, "every merged run's records")

        // The file was unlinked as soon as it was made: nothing is left in the folder, now or later.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), [])
    }

    func testTheLogSpillsPastItsThresholdAndReadsAcrossTheBoundary() {
        let log = FindingRecordLog(spillingTo: folder)
        let first = (0..<(FindingRecordLog.spillThreshold - 10)).map { UInt8(truncatingIfNeeded: $0) }
        XCTAssertEqual(log.append(first), 0..<first.count)
        XCTAssertFalse(log.hasSpilled, "below the threshold: in memory")
        let second = [UInt8](repeating: 7, count: 100)
        XCTAssertEqual(log.append(second), first.count..<(first.count + 100))
        XCTAssertTrue(log.hasSpilled)
        let third: [UInt8] = [1, 2, 3]
        log.append(third)
        XCTAssertEqual(log.count, first.count + 103)
        // From the file, from memory, and across the two.
        XCTAssertEqual(log.read(5..<9), Array(first[5..<9]))
        XCTAssertEqual(log.read((first.count - 2)..<(first.count + 102)), Array(first.suffix(2)) + second + [1, 2])
        XCTAssertEqual(log.read((first.count + 100)..<(first.count + 103)), third)
        XCTAssertEqual(log.read(0..<0), [])
    }

    func testALogThatCannotSpillStaysInMemory() {
        let log = FindingRecordLog(spillingTo: folder + "/no-such-folder")
        let bytes = [UInt8](repeating: 42, count: FindingRecordLog.spillThreshold + 1)
        log.append(bytes)
        log.append([43])
        XCTAssertFalse(log.hasSpilled)
        XCTAssertEqual(log.read((bytes.count - 1)..<(bytes.count + 1)), [42, 43])
        XCTAssertFalse(FindingRecordLog().hasSpilled)
    }

    /// Copies of a list share its log: each appends after the log's end, and neither sees the other's findings.
    func testCopiesAppendingToOneLogKeepTheirOwnFindings() {
        let all = findings(files: 2)
        var first = FindingList(spillingTo: folder)
        first.append([all[0]])
        var second = first
        // Of the same file as the run: the first copy's run grows in place; the second copy's
        // run ends before what the first wrote, so it moves to the log's end, whole.
        first.append([all[1]])
        second.append([all[2]])
        second.append([all[3]])
        XCTAssertEqual(Array(first), [all[0], all[1]])
        XCTAssertEqual(Array(second), [all[0], all[2], all[3]])
        XCTAssertEqual(second.findings(in: all[0].file), [all[0], all[2]])
        XCTAssertEqual(first.findings(in: all[0].file), [all[0], all[1]])
    }
}
