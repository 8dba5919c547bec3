/// Fuzz target `fix`: ``Fixer`` and ``FixSession`` on arbitrary articles.
///
/// Properties: fixing twice equals fixing once (when the first session finished its work);
/// one ``Fixer`` pass changes only the bytes inside the applied fixes' ranges (and the leading
/// byte-order marks when a BOM fix is applied); a file with invalid UTF-8 is never changed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let raw = Fuzz.bytes(data, size)
    // One pass: only the fixes' bytes change. The check replays the fixes from the end backwards;
    // of an insertion and a replacement that start at one offset, ``Fixer`` puts the insertion
    // first, so the replay takes the replacement first.
    let article = ArticleParser.parse(raw, path: "fuzz.md")
    let fixable = Validator(include: { $0.isFixable }).validate(article).filter { $0.fix != nil }
    let pass = Fixer.apply(fixable, to: raw)
    if !article.source.invalidUTF8Offsets.isEmpty {
        fuzzCheck(pass.bytes == raw, "a file with invalid UTF-8 was changed")
    } else {
        var expected = article.source.bytes
        var removesBOM = false
        let edits = pass.applied.compactMap { $0.fix }.filter { fix in
            if fix.removesByteOrderMark { removesBOM = true; return false }
            return true
        }.sorted { ($0.range.start.offset, $0.range.end.offset) > ($1.range.start.offset, $1.range.end.offset) }
        var lastStart = Int.max
        for fix in edits {
            let range = fix.range.offsets
            fuzzCheck(range.upperBound <= lastStart, "applied fixes overlap at \(range)")
            expected.replaceSubrange(range, with: Array(fix.replacement.utf8))
            lastStart = range.lowerBound
        }
        if !removesBOM { expected = Array(raw.prefix(article.source.byteOrderMarks * 3)) + expected }
        fuzzCheck(pass.bytes == expected, "bytes outside the applied fixes changed (\(pass.applied.map(\.rule)))")
    }
    // Twice equals once.
    let once = FixSession.fix(raw, path: "fuzz.md")
    if once.refusal == nil, once.remaining.isEmpty {
        let twice = FixSession.fix(once.bytes, path: "fuzz.md")
        fuzzCheck(twice.bytes == once.bytes, "fixing twice differs from fixing once (\(twice.applied.map(\.rule)))")
    }
    return 0
}
