import Ccmark
import Foundation

/// The yardstick every benchmark figure is a ratio to: libcmark alone converting Markdown to
/// HTML in this process. It lives here, not in the library, because no user of SelfHelpKit needs it.
enum CmarkReference {
    /// Converts `bytes` to HTML with libcmark alone (unsafe raw HTML dropped, as cmark's default)
    /// and returns the length of the HTML, so that the work cannot be optimised away.
    static func html(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer -> Int in
                guard let html = cmark_markdown_to_html(pointer, buffer.count, CMARK_OPT_DEFAULT) else { return 0 }
                defer { free(html) }
                return strlen(html)
            }
        }
    }
}
