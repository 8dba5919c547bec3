#if canImport(Glibc)
import Glibc
#endif

/// Gives the memory the allocator holds free back to the system. After a large article's parse,
/// the allocator keeps the pages of the parser's freed buffers (glibc's threshold for mapping
/// large blocks apart rises as they are freed; mimalloc, which the `selfhelp` tool links, waits
/// before it decommits), and they would count in the build's peak. Does nothing where the
/// allocator has no such call.
enum FreedMemory {
    /// Articles at least this large (bytes) are followed by a release: it walks the allocator's
    /// free lists, too slow to pay for each of thousands of small articles.
    static let largeArticle = 1 << 20

    /// Returns the allocator's free pages to the system.
    static func release() {
        releaseFreePages?()
    }

    /// The allocator's call, looked up once among the process's symbols (`RTLD_DEFAULT`):
    /// mimalloc's `mi_collect(true)` when the program links mimalloc, else glibc's
    /// `malloc_trim(0)` (`<malloc.h>`, which the Glibc module does not export).
    private static let releaseFreePages: (() -> Void)? = {
        #if canImport(Glibc)
        if let symbol = dlsym(nil, "mi_collect") {
            let collect = unsafeBitCast(symbol, to: (@convention(c) (Bool) -> Void).self)
            return { collect(true) }
        }
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        let trim = unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        return { _ = trim(0) }
        #else
        return nil
        #endif
    }()
}
