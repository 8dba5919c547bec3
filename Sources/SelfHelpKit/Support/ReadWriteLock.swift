#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A lock that any number of readers hold at once, and a writer alone: for a cache that threads
/// mostly read (``HunspellDictionary``'s answers), where a plain lock makes readers wait on each
/// other.
///
/// Ownership: the instance owns its `pthread_rwlock_t`, allocated once so that it never moves.
final class ReadWriteLock: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>

    init() {
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_rwlock_t())
        pthread_rwlock_init(lock, nil)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deinitialize(count: 1)
        lock.deallocate()
    }

    /// `body`'s result, with the lock held for reading.
    func reading<T>(_ body: () throws -> T) rethrows -> T {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }

    /// `body`'s result, with the lock held for writing.
    func writing<T>(_ body: () throws -> T) rethrows -> T {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }
}
