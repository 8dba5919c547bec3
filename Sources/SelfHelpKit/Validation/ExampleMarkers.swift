extension Example {
    /// The example's file bytes and the places its `↓` markers point at.
    ///
    /// Markers are removed. `⟪XX⟫` (two hex digits) stands for the raw byte 0xXX, so encoding
    /// rules can show invalid UTF-8. A marker's line and column are those of ``SourceLocation``:
    /// after the leading byte-order marks, columns count Unicode scalars (an invalid sequence
    /// counts as the one U+FFFD that replaces it).
    public func unmarked() -> (bytes: [UInt8], markers: [(line: Int, column: Int)]) {
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "↓" { offsets.append(bytes.count); continue }
            if scalar == "⟪", let close = scalars.firstIndex(of: "⟫"),
               let byte = UInt8(String(String.UnicodeScalarView(scalars[scalars.startIndex..<close])), radix: 16) {
                bytes.append(byte)
                scalars = scalars[(close + 1)...]
                continue
            }
            bytes.append(contentsOf: Array(String(scalar).utf8))
        }
        var bomLength = 0
        while bytes.count >= bomLength + 3, bytes[bomLength] == 0xEF, bytes[bomLength + 1] == 0xBB, bytes[bomLength + 2] == 0xBF { bomLength += 3 }
        let markers = offsets.map { raw -> (line: Int, column: Int) in
            let offset = max(0, raw - bomLength)
            var line = 1, lineStart = bomLength
            var i = bomLength
            while i < bomLength + offset {
                if bytes[i] == 0x0A || (bytes[i] == 0x0D && !(i + 1 < bytes.count && bytes[i + 1] == 0x0A)) {
                    line += 1
                    lineStart = i + 1
                }
                i += 1
            }
            let prefix = Array(bytes[lineStart..<(bomLength + offset)])
            let repaired = UTF8Validation.firstInvalidOffset(prefix).map { UTF8Validation.repair(prefix, from: $0).0 } ?? prefix
            return (line, String(decoding: repaired, as: UTF8.self).unicodeScalars.count + 1)
        }
        return (bytes, markers)
    }

    /// The example text without markers, as shown in the rule reference.
    public var displayText: String {
        text.replacingMarkers()
    }
}

extension String {
    func replacingMarkers() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "↓" }))
    }
}
