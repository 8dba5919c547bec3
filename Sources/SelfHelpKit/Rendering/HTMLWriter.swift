/// The output of an HTML rendering: a byte buffer plus the stack of elements opened by raw HTML,
/// placeholders and regions, so that everything opened is closed, and closed in order.
///
/// Raw HTML in Markdown spans nodes (`<div>` in one HTML block, `</div>` in another; `<b>`, text,
/// `</b>` inline). Each opened element remembers its *container*: the Markdown node that held the
/// markup. An end tag only closes an element of the same container; when the renderer leaves a
/// container, every element still open in it is closed. So the output is always well nested,
/// whatever the input, and nothing an article opens can leak past the block it was written in.
///
/// While a *suppressing* entry is open (a placeholder replaced by a caller's value, an element
/// dropped with its content), nothing is written. A dropped element is always the innermost entry
/// while it lasts (nothing is opened inside it); ``endBlock(container:closedLater:)`` ends it,
/// and closes what the block left open, at the end of an HTML block.
package struct HTMLWriter {
    enum Kind: Equatable {
        /// An allowed element: `name` matches end tags, `closeTag` is what is written to close it.
        case element(name: String, closeTag: String)
        /// Content being dropped (an element of ``HTMLAllowlist/droppedWithContent`` whose end is
        /// in a later token or node).
        case drop(DroppedElement)
        case placeholder(name: String)
        case region(name: String, block: Bool)

        /// The tag name an end tag would match (elements and dropped elements).
        var tagName: String? {
            switch self {
            case .element(let name, _): return name
            case .drop, .placeholder, .region: return nil
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

    /// How many open `.element` entries there are per tag name, so an end tag that
    /// matches nothing (the common hostile case) is rejected without a scan.
    private var openTagNames: [String: Int] = [:]

    mutating func push(_ kind: Kind, container: Int, suppresses: Bool = false) {
        open.append(OpenElement(kind: kind, container: container, suppresses: suppresses))
        if suppresses { suppressed += 1 }
        if let name = kind.tagName { openTagNames[name, default: 0] += 1 }
    }

    /// Closes the innermost open element named `name` in `container` (see
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

    /// The element being dropped, when it is the innermost entry, with its container.
    var activeDrop: (element: DroppedElement, container: Int)? {
        guard let last = open.last, case .drop(let element) = last.kind else { return nil }
        return (element, last.container)
    }

    /// Replaces the state of the active drop (see ``activeDrop``).
    mutating func updateActiveDrop(_ element: DroppedElement) {
        guard let last = open.indices.last, case .drop = open[last].kind else { return }
        open[last].kind = .drop(element)
    }

    /// Ends the active drop, if any.
    mutating func endActiveDrop() {
        if activeDrop != nil { popOne() }
    }

    /// Whether an element named `name` is open in `container`.
    func isOpen(_ name: String, container: Int) -> Bool {
        guard let count = openTagNames[name], count > 0 else { return false }
        var index = open.count - 1
        while index >= 0, open[index].container == container {
            if case .element(let open, _) = open[index].kind, open == name { return true }
            index -= 1
        }
        return false
    }

    /// The fewest entries open since ``beginBlock()``: entries above it were opened by the block.
    private(set) var blockFloor = 0

    /// Marks the start of an HTML block (see ``endBlock(container:closedLater:)``).
    mutating func beginBlock() { blockFloor = open.count }

    /// Ends an HTML block of `container`: ends an element still being dropped, and closes each
    /// element and placeholder the block opened and left open unless `closedLater` says a later
    /// HTML block of the same container closes it (it is asked for a tag name, or `$` and the
    /// lower-cased name of a placeholder); closing one closes those opened after it. Regions stay
    /// open (they close with their container).
    mutating func endBlock(container: Int, closedLater: (String) -> Bool) {
        endActiveDrop()
        var lowest: Int?
        for index in blockFloor..<open.count where open[index].container == container {
            switch open[index].kind {
            case .element(let name, _) where !closedLater(name): lowest = index
            case .placeholder(let name) where !closedLater("$" + name.lowercased()): lowest = index
            default: continue
            }
            break
        }
        if let lowest { while open.count > lowest { popOne() } }
    }

    /// Whether an element or placeholder opened by the current HTML block is still open (see
    /// ``beginBlock()``).
    var blockLeftElementsOpen: Bool {
        open[blockFloor...].contains {
            switch $0.kind {
            case .element, .placeholder: return true
            case .drop, .region: return false
            }
        }
    }

    private mutating func popOne() {
        guard let entry = open.popLast() else { return }
        blockFloor = min(blockFloor, open.count)
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
