import Ccmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bump allocator that libcmark allocates from while it parses one article body.
///
/// libcmark allocates every node, literal and buffer separately (`calloc`) and frees them one
/// by one; for a tree that SelfHelpKit copies out and throws away at once, that is a large share
/// of the parse. Through an arena, each allocation is a pointer bump and the whole tree goes
/// with the arena's few blocks.
///
/// Ownership: each thread has one arena, found through a thread-local key (libcmark's
/// allocator functions take no context). ``parse(_:options:_:)`` lets libcmark parse into it,
/// hands the document to `body` and, when `body` returns, forgets every allocation, keeping a
/// few blocks (warm in the cache) for the thread's next parse. The document must not be used
/// after that, and no node of it is freed with `cmark_node_free` (the allocator's `free` is a
/// no-op). An arena is freed when its thread ends.
///
/// Memory freed by libcmark during the parse is not reused, so the arena ends up somewhat
/// larger than the heap would; ``maximumBodySize`` keeps very large bodies on the C heap.
final class CmarkArena {
    /// Bodies larger than this are parsed with libcmark's default allocator.
    static let maximumBodySize = 4 << 20
    /// Blocks kept between parses by each thread's arena (the rest are freed after a parse).
    static let retainedBlocks = 8

    private static let blockSize = 64 << 10
    private var blocks: [UnsafeMutableRawPointer] = []
    /// The block being filled, an index into `blocks`.
    private var current = -1
    private var next: UnsafeMutableRawPointer?
    private var remaining = 0
    private var inUse = false

    private init() {}

    deinit {
        for block in blocks { free(block) }
    }

    /// Parses `bytes` with libcmark into the calling thread's arena and calls `body` with the
    /// document (nil when libcmark fails); then the arena is emptied for the next parse.
    static func parse<T>(_ bytes: UnsafeBufferPointer<CChar>, options: Int32, _ body: (OpaquePointer?) -> T) -> T {
        let arena = threadArena()
        if arena.inUse { // re-entered on this thread (not done by SelfHelpKit): use a fresh arena
            let previous = pthread_getspecific(threadKey)
            let fresh = Unmanaged.passRetained(CmarkArena())
            pthread_setspecific(threadKey, fresh.toOpaque())
            defer {
                pthread_setspecific(threadKey, previous)
                fresh.release()
            }
            return fresh.takeUnretainedValue().parseInArena(bytes, options: options, body)
        }
        return arena.parseInArena(bytes, options: options, body)
    }

    private func parseInArena<T>(_ bytes: UnsafeBufferPointer<CChar>, options: Int32, _ body: (OpaquePointer?) -> T) -> T {
        inUse = true
        defer { reset() }
        guard let parser = cmark_parser_new_with_mem(options, CmarkArena.allocator) else { return body(nil) }
        if let base = bytes.baseAddress { cmark_parser_feed(parser, base, bytes.count) }
        let document = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        return body(document)
    }

    /// Forgets every allocation: keeps up to ``retainedBlocks`` blocks for the next parse.
    private func reset() {
        while blocks.count > CmarkArena.retainedBlocks { free(blocks.removeLast()) }
        current = -1
        next = nil
        remaining = 0
        inUse = false
    }

    /// `count` zeroed bytes, 16-byte aligned, preceded by their size (for `realloc`).
    private func allocate(_ count: Int) -> UnsafeMutableRawPointer? {
        guard count >= 0, count < Int.max / 2 else { return nil }
        let needed = (count + 16 + 15) & ~15
        if needed > remaining, !nextBlock(needed) { return nil }
        guard let start = next else { return nil }
        next = start + needed
        remaining -= needed
        start.storeBytes(of: count, as: Int.self)
        memset(start + 16, 0, count)
        return start + 16
    }

    /// Moves to a block with room for `needed` bytes: the next kept one, or a new one.
    private func nextBlock(_ needed: Int) -> Bool {
        if needed <= CmarkArena.blockSize, current + 1 < blocks.count {
            current += 1
        } else {
            guard let block = malloc(max(CmarkArena.blockSize, needed)) else { return false }
            // A large block goes last, so the kept standard blocks stay in front.
            blocks.insert(block, at: current + 1)
            current += 1
            if needed > CmarkArena.blockSize {
                next = block
                remaining = needed
                return true
            }
        }
        next = blocks[current]
        remaining = CmarkArena.blockSize
        return true
    }

    private func reallocate(_ pointer: UnsafeMutableRawPointer?, _ count: Int) -> UnsafeMutableRawPointer? {
        guard let pointer else { return allocate(count) }
        let oldCount = (pointer - 16).load(as: Int.self)
        if count <= oldCount { return pointer }
        guard let moved = allocate(count) else { return nil }
        moved.copyMemory(from: pointer, byteCount: oldCount)
        return moved
    }

    /// Each thread's arena lives as long as the thread (released by the key's destructor).
    private static let threadKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer = pointer { Unmanaged<CmarkArena>.fromOpaque(pointer).release() }
        }
        return key
    }()

    private static func threadArena() -> CmarkArena {
        if let pointer = pthread_getspecific(threadKey) { return Unmanaged<CmarkArena>.fromOpaque(pointer).takeUnretainedValue() }
        let arena = CmarkArena()
        pthread_setspecific(threadKey, Unmanaged.passRetained(arena).toOpaque())
        return arena
    }

    /// Runs `body` on the calling thread's arena without retaining it (this runs for every
    /// allocation libcmark makes); nil when the thread has none.
    private static func withCurrentArena(_ body: (CmarkArena) -> UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
        guard let pointer = pthread_getspecific(threadKey) else { return nil }
        return Unmanaged<CmarkArena>.fromOpaque(pointer)._withUnsafeGuaranteedRef(body)
    }

    /// libcmark's allocator interface, backed by the calling thread's arena. libcmark aborts
    /// when an allocation returns NULL, as it does with its own allocator.
    /// (Allocated once and never freed: libcmark keeps a pointer to it in every node.)
    private static let allocator: UnsafeMutablePointer<cmark_mem> = {
        let pointer = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        pointer.initialize(to: cmark_mem(
            calloc: { count, size in
                let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
                return overflow ? nil : CmarkArena.withCurrentArena { $0.allocate(Int(bytes)) }
            },
            realloc: { pointer, size in CmarkArena.withCurrentArena { $0.reallocate(pointer, Int(size)) } },
            free: { _ in }
        ))
        return pointer
    }()
}
