import XCTest
@testable import SelfHelpKit

final class FindingListTests: XCTestCase {
    private func at(_ line: Int, _ column: Int) -> SourceRange {
        let start = SourceLocation(line: line, column: column, offset: line * 100 + column)
        return SourceRange(start: start, end: SourceLocation(line: line, column: column + 3, offset: start.offset + 3))
    }

    /// Findings with every part a record keeps: notes, a fix, a byte-order-mark fix, text beyond ASCII, empty texts.
    private var assorted: [Diagnostic] {
        [
            Diagnostic(rule: "header-key-case", severity: .warning, message: "`PageTitle` should be `pageTitle`", file: "a.md", range: at(1, 12),
                       fix: Fix(summary: "rename the key", range: at(1, 12), replacement: "pageTitle")),
            Diagnostic(rule: "encoding-bom", severity: .info, message: "", file: "a.md", range: at(1, 1),
                       fix: Fix(summary: "remove the byte order mark", range: at(1, 1), replacement: "", removesByteOrderMark: true)),
            Diagnostic(rule: "spelling", severity: .error, message: "« Stroage » n’est pas un mot 🙂", file: "dossier/é.md", range: at(40, 2),
                       notes: ["did you mean `Storage`?", ""]),
            Diagnostic(rule: "link-broken", severity: .error, message: "no file `x.md`", file: "z.md", range: at(3, 5)),
        ]
    }

    func testFindingsComeBackAsTheyWentIn() {
        let list = FindingList(assorted)
        XCTAssertEqual(Array(list), assorted)
        XCTAssertEqual(list.count, 4)
        XCTAssertFalse(list.isEmpty)
        XCTAssertTrue(FindingList().isEmpty)
        XCTAssertEqual(Array(FindingList()), [])
        var grown = FindingList()
        grown.append(assorted.prefix(2))
        grown.append(assorted.dropFirst(2))
        XCTAssertEqual(Array(grown), assorted)
    }

    func testOneFilesFindingsAreFoundWhateverTheOrder() {
        let sorted = FindingList(assorted)
        for file in ["a.md", "dossier/é.md", "z.md", "absent.md", ""] {
            XCTAssertEqual(sorted.findings(in: file), assorted.filter { $0.file == file }, file)
        }
        // Files that come back (not report order): each file's findings are still all found, in order.
        let scattered = [assorted[3], assorted[0], assorted[3], assorted[1]]
        let list = FindingList(scattered)
        XCTAssertEqual(list.findings(in: "z.md"), [assorted[3], assorted[3]])
        XCTAssertEqual(list.findings(in: "a.md"), [assorted[0], assorted[1]])
        XCTAssertEqual(Array(list), scattered)
    }

    /// Merging gives what the findings followed by the others, sorted stably in report order, give:
    /// on random findings with many ties (same place, rule and message, other notes), files the list
    /// does not name, and lists whose runs or files are out of order.
    func testMergingIsAStableSortOfBoth() {
        var generator = SystemRandomNumberGenerator()
        let files = ["a.md", "b/c.md", "b.md", "é.md", "z.md"]
        for round in 0..<200 {
            func random() -> Diagnostic {
                Diagnostic(rule: RuleID(["link-broken", "spelling"].randomElement(using: &generator)!), severity: .warning,
                           message: ["m", "n"].randomElement(using: &generator)!, file: files.randomElement(using: &generator)!,
                           range: at(Int.random(in: 1...3, using: &generator), 1), notes: [String(Int.random(in: 0...9, using: &generator))])
            }
            let own = (0..<Int.random(in: 0...12, using: &generator)).map { _ in random() }
            let others = (0..<Int.random(in: 0...6, using: &generator)).map { _ in random() }
            // Most rounds hold the list in report order, as a build does; the rest as it comes.
            let ordered = round % 4 == 0 ? own : own.sorted(by: Diagnostic.reportOrder)
            let expected = (ordered + others).sorted(by: Diagnostic.reportOrder)
            XCTAssertEqual(Array(FindingList(ordered).merging(others)), expected, "round \(round)")
        }
    }

    /// A merge in place rewrites only the runs of the files the others name (apart from the
    /// list's records, which the list merged from still holds as they were); findings appended
    /// afterwards, of a later file or of the file merged last, are still where they belong.
    func testAListMergedInPlaceKeepsTheOriginalAndTakesMoreFindings() {
        let own = assorted.filter { $0.file != "z.md" }.sorted(by: Diagnostic.reportOrder)
        let original = FindingList(own)
        var merged = original
        merged.merge([assorted[3], assorted[2]])
        XCTAssertEqual(Array(original), own, "the list merged from is unchanged")
        XCTAssertEqual(Array(merged), (assorted + [assorted[2]]).sorted(by: Diagnostic.reportOrder))
        XCTAssertEqual(merged.records(in: "a.md"), original.records(in: "a.md"))
        XCTAssertEqual(merged.findings(in: "dossier/é.md"), [assorted[2], assorted[2]])

        let later = Diagnostic(rule: "spelling", severity: .info, message: "later", file: "zz.md", range: at(2, 1))
        let sameFile = Diagnostic(rule: "spelling", severity: .info, message: "appended", file: "z.md", range: at(9, 1))
        merged.append([sameFile])
        merged.append([later])
        XCTAssertEqual(merged.findings(in: "z.md"), [assorted[3], sameFile])
        XCTAssertEqual(merged.findings(in: "zz.md"), [later])
        XCTAssertEqual(Array(merged).suffix(3), [assorted[3], sameFile, later])
        XCTAssertEqual(merged.count, 7)
        XCTAssertEqual(merged.counts(in: "z.md"), SeverityCounts([assorted[3], sameFile]))
    }

    func testAMergedListFindsEachFilesFindings() {
        let own = FindingList(assorted.filter { $0.file != "dossier/é.md" })
        let merged = own.merging([assorted[2]])
        XCTAssertEqual(merged.findings(in: "dossier/é.md"), [assorted[2]])
        XCTAssertEqual(merged.findings(in: "a.md"), assorted.filter { $0.file == "a.md" }.sorted(by: Diagnostic.reportOrder))
        XCTAssertEqual(merged.count, 4)
    }

    func testCountsAndRecordsNeedNoDecoding() {
        let list = FindingList(assorted)
        XCTAssertEqual(list.counts, SeverityCounts(assorted))
        XCTAssertEqual(list.counts.total, 4)
        XCTAssertEqual(list.counts(in: "a.md"), SeverityCounts(assorted.prefix(2)))
        XCTAssertEqual(list.counts(in: "a.md").warnings, 1)
        XCTAssertEqual(list.counts(in: "a.md").infos, 1)
        XCTAssertEqual(list.counts(in: "absent.md"), SeverityCounts())
        // The same findings are the same records, wherever they are; other findings, other records.
        XCTAssertEqual(list.records(in: "z.md"), FindingList([assorted[3]]).records(in: "z.md"))
        XCTAssertNotEqual(list.records(in: "a.md"), FindingList([assorted[0]]).records(in: "a.md"))
        XCTAssertEqual(list.records(in: "absent.md"), [])
        var files: [String] = []
        var bytes = 0
        list.forEachRun { file, records in
            files.append(file)
            bytes += records.count
        }
        XCTAssertEqual(files, ["a.md", "dossier/é.md", "z.md"])
        XCTAssertEqual(bytes, ["a.md", "dossier/é.md", "z.md"].map { list.records(in: $0).count }.reduce(0, +))
        // A merge keeps the counts.
        let merged = FindingList(assorted.filter { $0.file != "z.md" }).merging([assorted[3]])
        XCTAssertEqual(merged.counts, list.counts)
        XCTAssertEqual(merged.counts(in: "z.md").errors, 1)
    }

    /// One file's findings as records: they read back as written, are taken from a reader as they
    /// are (counted by severity, not decoded), and go into a list as the values would.
    func testOneFilesRecordsGoWhereTheirValuesWould() throws {
        let own = assorted.filter { $0.file == "a.md" }
        let records = FindingRecords(own)
        XCTAssertEqual(records.count, 2)
        XCTAssertEqual(records.counts, SeverityCounts(own))
        XCTAssertEqual(records.findings(in: "a.md"), own)
        XCTAssertEqual(FindingRecords().findings(in: "a.md"), [])

        // Between other bytes, as a build's records hold them.
        var out = ByteWriter()
        out.string("before")
        out.append(records.bytes)
        out.string("after")
        var input = ByteReader(out.take())
        XCTAssertEqual(input.string(), "before")
        let read = try XCTUnwrap(FindingRecords(&input, count: 2))
        XCTAssertEqual(read, records)
        XCTAssertEqual(input.string(), "after")
        // Fewer bytes than the count says, or bytes that are no record: none.
        var short = ByteReader(Array(records.bytes.dropLast(3)))
        XCTAssertNil(FindingRecords(&short, count: 2))
        var foreign = ByteReader(Array("not a record at all".utf8))
        XCTAssertNil(FindingRecords(&foreign, count: 1))

        var byRecords = FindingList()
        byRecords.append(records, file: "a.md")
        byRecords.append(FindingRecords(), file: "b.md")
        byRecords.append(FindingRecords(assorted.filter { $0.file == "z.md" }), file: "z.md")
        let byValues = FindingList(assorted.filter { $0.file == "a.md" || $0.file == "z.md" })
        XCTAssertEqual(Array(byRecords), Array(byValues))
        XCTAssertEqual(byRecords.counts, byValues.counts)
        XCTAssertEqual(byRecords.records(in: "z.md"), byValues.records(in: "z.md"))
        XCTAssertEqual(byRecords.findings(in: "b.md"), [])
    }
}
