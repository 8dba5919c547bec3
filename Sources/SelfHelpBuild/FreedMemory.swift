#if canImport(Glibc)
/// glibc's `malloc_trim` (`<malloc.h>`, which the Glibc module does not export).
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32
#endif

/// Gives the memory the allocator holds free back to the system. After a large article's parse,
/// glibc keeps the pages of the parser's freed buffers (its threshold for mapping large blocks
/// apart rises as they are freed), and they would count in the build's peak until the process
/// ends. Does nothing where there is no `malloc_trim`.
enum FreedMemory {
    /// Articles at least this large (bytes) are followed by a trim: a trim walks the allocator's
    /// free lists, too slow to pay for each of thousands of small articles.
    static let largeArticle = 1 << 20

    /// Returns the allocator's free pages to the system.
    static func release() {
        #if canImport(Glibc)
        _ = mallocTrim(0)
        #endif
    }
}
