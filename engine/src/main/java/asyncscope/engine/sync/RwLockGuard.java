package asyncscope.engine.sync;

/**
 * A held {@link RwLock}, shared (read) or exclusive (write). {@link #unlock()} releases it (idempotent); after
 * that the guard refuses access. Writing through a read guard is refused: that is the reader/writer contract.
 */
public final class RwLockGuard<T> implements AutoCloseable {
    private final RwLock<T> lock;
    private final FairPermits.Holding holding;

    RwLockGuard(RwLock<T> lock, FairPermits.Holding holding) {
        this.lock = lock;
        this.holding = holding;
    }

    public boolean isWrite() {
        return holding.permits == RwLock.MAX_READS;
    }

    public T get() {
        synchronized (lock.permits) {
            check();
            return lock.value;
        }
    }

    /** Replaces the value; only a write guard may. */
    public void set(T value) {
        synchronized (lock.permits) {
            check();
            if (!isWrite()) {
                throw new IllegalStateException("cannot assign through a read guard of rwlock#" + lock.permits.id);
            }
            lock.value = value;
        }
    }

    private void check() {
        if (holding.released) {
            throw new IllegalStateException("use of an RwLock guard after unlock (rwlock#" + lock.permits.id + ")");
        }
    }

    /** Releases the lock: the next waiters (one writer, or every reader up to the next writer) get it. */
    public void unlock() {
        lock.permits.release(holding);
    }

    @Override
    public void close() {
        unlock();
    }
}
