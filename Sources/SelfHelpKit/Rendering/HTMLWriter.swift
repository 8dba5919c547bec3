/// The output of an HTML rendering: a byte buffer plus the stack of elements opened by raw HTML,
/// placeholders and regions, so that everything opened is closed, and closed in order.
///
/// Raw HTML in Markdown spans nodes (`<div>` in one HTML block, `</div>` in another; `<b>`, text,
/// `</b>` inline). Each opened element remembers its *container*: the Markdown node that held the
/// markup. An end tag only closes an element of the same container; when the renderer leaves a
/// container, every element still open in it is closed. So the output is always well nested,
/// whatever the input, and nothing an article opens can leak past the block it was written in.
///
/// While a *suppressing* entry is open (a placeholder replaced by a caller's value, a `<script>`
/// whose end tag is in a later node), nothing is written.
package struct HTMLWriter {
    enum Kind: Equatable {
        /// An allowed element: `name` matches end tags, `closeTag` is what is written to close it.
        case element(name: String, closeTag: String)
        /// Content being dropped until `</name>` (a raw-text element whose end is in a later node).
        case drop(name: String)
        case placeholder(name: String)
        case region(name: String, block: Bool)

        /// The tag name an end tag would match (elements and dropped elements).
        var tagName: String? {
            switch self {
            case .element(let name, _), .drop(let name): return name
            case .placeholder, .region: return nil
            }
        }
    }

    struct OpenElement {
        var kind: Kind
        var container: Int
        var suppresses: Bool
    }

    /// The most elements raw HTML, placeholders and regions may hold open at once; deeper
    /// opening tags are dropped (their text kept). Bounds the work of matching end tags.
    static let maximumOpenElements = 512

    package var bytes: [UInt8] = []
    private(set) var open: [OpenElement] = []

    /// Whether another element may be opened (see ``maximumOpenElements``).
    var canOpen: Bool { open.count < HTMLWriter.maximumOpenElements }
    private(set) var suppressed = 0

    package init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    var isSuppressed: Bool { suppressed > 0 }

    @inline(__always)
    package mutating func raw(_ literal: StaticString) {
        guard suppressed == 0 else { return }
        HTMLText.append(literal, to: &bytes)
    }

    package mutating func raw(_ text: String) {
        guard suppressed == 0 else { return }
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes text, HTML-escaped.
    package mutating func text(_ text: String) {
        guard suppressed == 0 else { return }
        HTMLText.appendEscaped(text, to: &bytes)
    }

    /// Writes a slice of text, HTML-escaped.
    package mutating func text(_ text: Substring) {
        guard suppressed == 0 else { return }
        HTMLText.appendEscaped(text, to: &bytes)
    }

    /// Writes ` name="value"` with the value escaped.
    package mutating func attribute(_ name: String, _ value: String) {
        guard suppressed == 0 else { return }
        bytes.append(0x20)
        bytes.append(contentsOf: name.utf8)
        HTMLText.append("=\"", to: &bytes)
        HTMLText.appendEscaped(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// How many open `.element` and `.drop` entries there are per tag name, so an end tag that
    /// matches nothing (the common hostile case) is rejected without a scan.
    private var openTagNames: [String: Int] = [:]

    mutating func push(_ kind: Kind, container: Int, suppresses: Bool = false) {
        open.append(OpenElement(kind: kind, container: container, suppresses: suppresses))
        if suppresses { suppressed += 1 }
        if let name = kind.tagName { openTagNames[name, default: 0] += 1 }
    }

    /// Closes the innermost open element or dropped element named `name` in `container` (see
    /// ``close(container:where:)``).
    @discardableResult
    mutating func closeTag(_ name: String, container: Int, where matches: (Kind) -> Bool) -> Bool {
        guard let count = openTagNames[name], count > 0 else { return false }
        return close(container: container, where: matches)
    }

    /// Closes the innermost open entry of `container` that `matches`, and everything opened
    /// after it. Returns false (closing nothing) when no entry of that container matches.
    @discardableResult
    mutating func close(container: Int, where matches: (Kind) -> Bool) -> Bool {
        var index = open.count - 1
        while index >= 0, open[index].container == container {
            if matches(open[index].kind) {
                while open.count > index { popOne() }
                return true
            }
            index -= 1
        }
        return false
    }

    /// Closes every entry opened in `container` (when the renderer leaves it).
    mutating func closeAll(container: Int) {
        while let last = open.last, last.container == container { popOne() }
    }

    /// Closes everything.
    mutating func closeEverything() {
        while !open.isEmpty { popOne() }
    }

    private mutating func popOne() {
        guard let entry = open.popLast() else { return }
        if entry.suppresses { suppressed -= 1 }
        if let name = entry.kind.tagName { openTagNames[name, default: 1] -= 1 }
        switch entry.kind {
        case .element(_, let closeTag):
            raw("</")
            raw(closeTag)
            raw(">")
        case .drop:
            break
        case .placeholder:
            raw("</span>")
        case .region(_, let block):
            raw(block ? "</div>" : "</span>")
        }
    }
}
