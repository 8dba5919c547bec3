import Foundation
import XCTest

/// Runs the built `selfhelp` binary and captures what it prints.
class CLITestCase: XCTestCase {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// How many articles (`*.md` files) `folder` holds, searched recursively.
    static func articleCount(in folder: String) -> Int {
        let paths = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        return paths.filter { $0.hasSuffix(".md") }.count
    }

    /// The `selfhelp` executable next to the test bundle.
    static var executable: URL {
        let bundle = Bundle(for: CLITestCase.self).bundleURL
        let candidates = [bundle.appendingPathComponent("selfhelp"), bundle.deletingLastPathComponent().appendingPathComponent("selfhelp")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
    }

    /// Runs the binary; a run that outlives `timeout` seconds is killed and fails the test.
    func run(_ arguments: [String], in directory: URL? = nil, timeout: TimeInterval = 300,
             file: StaticString = #filePath, line: UInt = #line) throws -> Run {
        let process = Process()
        process.executableURL = CLITestCase.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? CLITestCase.packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let watchdog = DispatchWorkItem { [process] in
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal, process.terminationStatus == SIGKILL {
            XCTFail("selfhelp \(arguments.joined(separator: " ")) did not finish within \(Int(timeout)) s", file: file, line: line)
        }
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fresh temporary folder, removed after the test.
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("selfhelp-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
