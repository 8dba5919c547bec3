#if canImport(Glibc)
import Glibc
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
        _ = trim?(0)
    }

    /// glibc's `malloc_trim` (`<malloc.h>`, which the Glibc module does not export), looked up
    /// once among the process's symbols (`RTLD_DEFAULT`), with C's calling convention.
    private static let trim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()
}
