/// A template placeholder, `<!--$name-->default<!--/$name-->`, which the portal fills in.
public struct Placeholder: Hashable, Sendable {
    /// The name as written in the opening marker, without `$`.
    public var name: String
    /// The text between the markers (what shows when no value is given), untrimmed.
    public var defaultValue: String
    /// From the opening marker to the end of the closing one (or of the opening one when unclosed).
    public var range: SourceRange
    /// Whether a closing marker of the same name (in any case) follows.
    public var isClosed: Bool
    /// The name as written in the closing marker, when it differs from ``name`` (`$RoleName` …
    /// `/$rolename`: the portal matches names exactly, so such a placeholder is not filled in).
    public var closingName: String?
}

/// A named region, `<!--name-->…<!--/name-->`, such as `issueDescription`. Regions may nest.
public struct Region: Hashable, Sendable {
    /// The name as written in the marker (`issueDescription`).
    public var name: String
    /// The opening marker, nil for a closing marker that matches no opening one.
    public var openRange: SourceRange?
    /// The closing marker, nil when the region is never closed.
    public var closeRange: SourceRange?
    /// Byte offsets of what is between the markers (when both exist).
    public var content: Range<Int>?
}

/// Reads placeholders and regions from the source text: cmark swallows many of them into HTML
/// blocks, so they are found in the bytes, not in the tree. Comments inside the JSON payload
/// are skipped.
enum TemplateCommentScanner {
    struct Marker {
        var name: String
        var isClose: Bool
        var isPlaceholder: Bool
        var range: Range<Int>
    }

    static func scan(_ source: SourceText, body: Range<Int>, skipping hidden: Range<Int>?) -> (placeholders: [Placeholder], regions: [Region]) {
        let markers = findMarkers(source.bytes, body, hidden)
        var placeholders: [Placeholder] = []
        var regions: [Region] = []
        var openPlaceholders: [Marker] = []
        var openRegions: [Marker] = []
        for marker in markers {
            if marker.isPlaceholder {
                if marker.isClose {
                    if let index = openPlaceholders.lastIndex(where: { $0.name.lowercased() == marker.name.lowercased() }) {
                        let open = openPlaceholders.remove(at: index)
                        placeholders.append(Placeholder(name: open.name, defaultValue: source.text(open.range.upperBound..<marker.range.lowerBound),
                                                        range: source.range(open.range.lowerBound..<marker.range.upperBound), isClosed: true,
                                                        closingName: marker.name == open.name ? nil : marker.name))
                    }
                } else {
                    openPlaceholders.append(marker)
                }
            } else if marker.isClose {
                if let index = openRegions.lastIndex(where: { $0.name == marker.name }) {
                    let open = openRegions.remove(at: index)
                    regions.append(Region(name: open.name, openRange: source.range(open.range), closeRange: source.range(marker.range),
                                          content: open.range.upperBound..<marker.range.lowerBound))
                } else {
                    regions.append(Region(name: marker.name, openRange: nil, closeRange: source.range(marker.range), content: nil))
                }
            } else {
                openRegions.append(marker)
            }
        }
        for open in openPlaceholders {
            placeholders.append(Placeholder(name: open.name, defaultValue: "", range: source.range(open.range), isClosed: false, closingName: nil))
        }
        for open in openRegions {
            regions.append(Region(name: open.name, openRange: source.range(open.range), closeRange: nil, content: nil))
        }
        placeholders.sort { $0.range.start.offset < $1.range.start.offset }
        regions.sort { ($0.openRange ?? $0.closeRange!).start.offset < ($1.openRange ?? $1.closeRange!).start.offset }
        return (placeholders, regions)
    }

    static func findMarkers(_ bytes: [UInt8], _ body: Range<Int>, _ hidden: Range<Int>?) -> [Marker] {
        var markers: [Marker] = []
        var i = body.lowerBound
        let end = body.upperBound
        while i + 4 <= end {
            guard let next = UTF8Text.find(UInt8(ascii: "<"), in: bytes, from: i, to: end - 3) else { break }
            i = next
            guard bytes[i + 1] == UInt8(ascii: "!"), bytes[i + 2] == UInt8(ascii: "-"), bytes[i + 3] == UInt8(ascii: "-") else {
                i += 1
                continue
            }
            if let hidden, hidden.contains(i) { i = hidden.upperBound; continue }
            var j = i + 4
            while j + 3 <= end, !(bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-") && bytes[j + 2] == UInt8(ascii: ">")) { j += 1 }
            guard j + 3 <= end else { break }
            if mayBeMarker(bytes, (i + 4)..<j), let marker = marker(bytes, (i + 4)..<j, range: i..<(j + 3)) {
                markers.append(marker)
            }
            i = j + 3
        }
        return markers
    }

    /// A byte-level pre-check for ``marker(_:range:)``, which only ever accepts comments whose
    /// trimmed text starts with `/`, `$` or a letter and, when ASCII, is one word: most comments
    /// (prose, `<!-- TODO … -->`) are turned down here without building a string.
    static func mayBeMarker(_ bytes: [UInt8], _ inner: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { b -> Bool in
            let text = UTF8Text.trimmed(b, inner.lowerBound, inner.upperBound)
            guard let first = text.first.map({ b[$0] }) else { return false }
            if first == UInt8(ascii: "/") || first == UInt8(ascii: "$") || first >= 0x80 { return true }
            guard (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A else { return false }
            for k in text {
                let c = b[k]
                let word = c >= 0x80 || isRegionNameByte(c) // non-ASCII: the full reading decides
                if !word { return false }
            }
            return true
        }
    }

    /// ``marker(_:range:)`` of the comment text `bytes[inner]`, read byte by byte when it is
    /// ASCII (the usual case), else through `String`.
    static func marker(_ bytes: [UInt8], _ inner: Range<Int>, range: Range<Int>) -> Marker? {
        bytes.withUnsafeBufferPointer { b -> Marker? in
            guard !b[inner].contains(where: { $0 >= 0x80 }) else {
                return marker(String(decoding: b[inner], as: UTF8.self), range: range)
            }
            func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
            var text = UTF8Text.trimmed(b, inner.lowerBound, inner.upperBound)
            let isClose = text.first.map { b[$0] == UInt8(ascii: "/") } ?? false
            if isClose { text = text.dropFirst() }
            if let first = text.first, b[first] == UInt8(ascii: "$") {
                let name = UTF8Text.trimmed(b, first + 1, text.upperBound)
                return Marker(name: String(decoding: UnsafeBufferPointer(rebasing: b[name]), as: UTF8.self), isClose: isClose, isPlaceholder: true, range: range)
            }
            guard let first = text.first, (b[first] | 0x20) >= 0x61, (b[first] | 0x20) <= 0x7A else { return nil }
            for k in text {
                let c = b[k]
                guard isRegionNameByte(c) else { return nil }
            }
            let name = String(decoding: UnsafeBufferPointer(rebasing: b[text]), as: UTF8.self)
            guard !UTF8Text.asciiLowercased(name).hasPrefix("selfhelp-") else { return nil }
            return Marker(name: name, isClose: isClose, isPlaceholder: false, range: range)
        }
    }

    /// An ASCII byte of a region name: a letter, a digit, `_` or `-`.
    static func isRegionNameByte(_ c: UInt8) -> Bool {
        ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
    }

    /// `$name`, `/$name`, `name`, `/name`; a region name is one word (letters, digits, `_`, `-`).
    static func marker(_ inner: String, range: Range<Int>) -> Marker? {
        var text = Substring(inner.trimmingHeaderWhitespace())
        let isClose = text.hasPrefix("/")
        if isClose { text = text.dropFirst() }
        if text.hasPrefix("$") {
            let name = text.dropFirst().trimmingCharacters()
            return Marker(name: name, isClose: isClose, isPlaceholder: true, range: range)
        }
        guard let first = text.first, first.isLetter,
              text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
              !text.lowercased().hasPrefix("selfhelp-") else { return nil }
        return Marker(name: String(text), isClose: isClose, isPlaceholder: false, range: range)
    }
}

extension Substring {
    func trimmingCharacters() -> String { String(self).trimmingHeaderWhitespace() }
}
