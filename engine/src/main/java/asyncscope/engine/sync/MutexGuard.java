package asyncscope.engine.sync;

import java.util.function.UnaryOperator;

/**
 * Access to a locked {@link Mutex}'s value. {@link #unlock()} (or {@link #drop()} / {@link #close()})
 * releases the lock to the next waiter; after that the guard refuses access. Usable in
 * try-with-resources.
 */
public final class MutexGuard<T> implements AutoCloseable {
    private final Mutex<T> mutex;
    private final FairPermits.Holding holding;

    MutexGuard(Mutex<T> mutex, FairPermits.Holding holding) {
        this.mutex = mutex;
        this.holding = holding;
    }

    public T get() {
        synchronized (mutex.permits) {
            check();
            return mutex.value;
        }
    }

    public void set(T value) {
        synchronized (mutex.permits) {
            check();
            mutex.value = value;
        }
    }

    /** Replaces the value with {@code f(value)} and returns the new value ({@code *guard += 1}). */
    public T update(UnaryOperator<T> f) {
        synchronized (mutex.permits) {
            check();
            mutex.value = f.apply(mutex.value);
            return mutex.value;
        }
    }

    private void check() {
        if (holding.released) {
            throw new IllegalStateException("use of a MutexGuard after unlock (mutex#" + mutex.permits.id + ")");
        }
    }

    /** Releases the lock (idempotent). */
    public void unlock() {
        mutex.permits.release(holding);
    }

    public void drop() {
        unlock();
    }

    @Override
    public void close() {
        unlock();
    }
}
