/// Applies the automatic fixes of diagnostics to an article file's bytes.
///
/// Pure: bytes in, bytes out, no I/O. Only the bytes a fix names change: line endings, the
/// rest of the file and anything outside the fixes stay byte-for-byte. Fixes are applied from
/// the end of the file backwards; when two fixes overlap, the one that starts later is skipped
/// (a later pass can apply it). A fix with ``Fix/removesByteOrderMark`` removes every leading
/// UTF-8 byte-order mark. Files with invalid UTF-8 are not fixed: their decoded offsets differ
/// from the file's.
public enum Fixer {
    /// The fixed bytes and which fixes were applied or skipped.
    public struct Result: Sendable {
        /// The fixed file.
        public var bytes: [UInt8]
        /// The diagnostics whose fixes were applied, in file order.
        public var applied: [Diagnostic]
        /// Fixes left out because they overlap an applied one.
        public var skipped: [Diagnostic]
    }

    /// Applies the fixes of `diagnostics` (those without a fix are ignored) to `raw`.
    public static func apply(_ diagnostics: [Diagnostic], to raw: [UInt8]) -> Result {
        let source = SourceText(decoding: raw)
        guard source.invalidUTF8Offsets.isEmpty else { return Result(bytes: raw, applied: [], skipped: diagnostics.filter { $0.fix != nil }) }
        let bomLength = source.byteOrderMarks * 3
        var removeBOM = false
        var edits: [(range: Range<Int>, replacement: [UInt8], diagnostic: Diagnostic)] = []
        var applied: [Diagnostic] = []
        var skipped: [Diagnostic] = []
        for diagnostic in diagnostics {
            guard let fix = diagnostic.fix else { continue }
            if fix.removesByteOrderMark {
                if bomLength > 0, !removeBOM { removeBOM = true; applied.append(diagnostic) }
                continue
            }
            let range = fix.range.offsets
            guard range.lowerBound >= 0, range.upperBound <= source.bytes.count else { skipped.append(diagnostic); continue }
            edits.append((range, Array(fix.replacement.utf8), diagnostic))
        }
        // Earlier start first; on a tie, the shorter (an insertion) first. Keep each edit that
        // starts at or after the end of the last kept one.
        edits.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var kept: [(range: Range<Int>, replacement: [UInt8], diagnostic: Diagnostic)] = []
        for edit in edits {
            if let last = kept.last, edit.range.lowerBound < last.range.upperBound || (edit.range.isEmpty && edit.range.lowerBound == last.range.lowerBound) {
                skipped.append(edit.diagnostic)
                continue
            }
            kept.append(edit)
        }
        var body = source.bytes
        for edit in kept.reversed() {
            body.replaceSubrange(edit.range, with: edit.replacement)
        }
        applied += kept.map(\.diagnostic)
        let bytes = (removeBOM ? [] : Array(raw.prefix(bomLength))) + body
        return Result(bytes: bytes, applied: applied.sorted(by: Diagnostic.reportOrder), skipped: skipped)
    }
}
