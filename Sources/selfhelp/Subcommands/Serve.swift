import ArgumentParser
import Dispatch
import Foundation
import SelfHelpKit
import SelfHelpPreview

/// `selfhelp serve KB_DIR`: a live preview of the site for authors (Docs/editors.md).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview the site of a knowledge base, live: pages re-render and reload as articles change.",
        discussion: """
            Serves the pages `selfhelp build` writes, at the same paths, rendered on request; each article \
            page shows its findings beside the text. Prints its URL as the first line of standard output. \
            Binds 127.0.0.1 unless --host says otherwise (a non-loopback host needs --allow-remote). \
            Stops on SIGINT or SIGTERM.
            Exit status: 0 when stopped by a signal, 2 when the folder is missing, holds no article, or \
            the address cannot be used.
            """
    )

    @Argument(help: "The knowledge-base folder.")
    var knowledgeBase: String

    @Option(help: "The port (0: any free port).")
    var port: UInt16 = 8080

    @Option(help: "The address to bind (an IPv4 or IPv6 address).")
    var host: String = "127.0.0.1"

    @Flag(name: .customLong("allow-remote"), help: "Allow a --host other than a loopback address (the preview has no authentication).")
    var allowRemote = false

    @OptionGroup var configurationOptions: ConfigurationOptions

    func validate() throws {
        let loopback = host == "127.0.0.1" || host == "::1" || host.hasPrefix("127.")
        if !loopback, !allowRemote {
            throw ValidationError("--host \(host) is not a loopback address; add --allow-remote to serve other machines")
        }
    }

    func run() throws {
        let configuration = try configurationOptions.load(for: [knowledgeBase])
        let server = try exitingOnToolError {
            try PreviewServer(knowledgeBase: knowledgeBase, host: host, port: port, configuration: configuration)
        }
        let stopped = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        Task {
            do {
                let url = try await server.start()
                var output = StandardOutput()
                output.write(url + "\n")
                output.flush()
                StandardError.print("selfhelp serve: previewing \(knowledgeBase) (Ctrl-C stops)")
            } catch {
                failure.error = error
                stopped.signal()
            }
        }
        let signals = [SIGINT, SIGTERM].map { number -> DispatchSourceSignal in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                Task {
                    await server.stop()
                    stopped.signal()
                }
            }
            source.resume()
            return source
        }
        stopped.wait()
        signals.forEach { $0.cancel() }
        if let error = failure.error {
            StandardError.print((error as? ToolError)?.description ?? "error: \(error)")
            throw ExitCode(ExitStatus.failure.rawValue)
        }
    }
}

/// The error of the server's start, handed from its task to the waiting thread.
private final class FailureBox: @unchecked Sendable {
    var error: Error?
}
