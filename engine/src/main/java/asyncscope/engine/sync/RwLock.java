package asyncscope.engine.sync;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Coop;
import java.util.List;

/**
 * {@code tokio::sync::RwLock}: many readers at once or one writer. Built as Tokio builds it, on a fair
 * semaphore of {@link #MAX_READS} permits: a reader takes one, a writer takes all of them. Because the
 * queue is FIFO, a writer that waits stops readers that come after it (no writer starvation), and the
 * readers queued behind a writer are let in together when it unlocks. Waiting tasks are parked; every
 * change is a RESOURCE event of kind {@code rwlock}. Cancel safe: a dropped read/write future leaves the
 * queue and passes on anything it was already handed.
 */
public final class RwLock<T> {
    static final String KIND = "rwlock";
    /** Tokio's limit on concurrent readers ({@code u32::MAX >> 3}); a writer holds all of them. */
    public static final int MAX_READS = 536_870_911;

    /** {@link #tryRead()} or {@link #tryWrite()} could not get the lock without waiting. */
    public record TryLockError() {
        @Override
        public String toString() {
            return "TryLockError(would block)";
        }
    }

    /** The lock at one instant: reader tasks holding it, the writer (-1 if none), waiting tasks in order. */
    public record Snapshot(long id, List<Long> readers, long writer, List<Long> waiting, String value) {}

    final FairPermits permits;
    T value;

    public RwLock(T value) {
        this.value = value;
        this.permits = new FairPermits(KIND, WakeSource.Kind.MUTEX, MAX_READS);
    }

    /** A future of a shared guard: waits while a writer holds the lock or waits before it. */
    public Future<RwLockGuard<T>> read() {
        return acquire(1, "read");
    }

    /** A future of the exclusive guard: waits until every reader and writer before it is gone. */
    public Future<RwLockGuard<T>> write() {
        return acquire(MAX_READS, "write");
    }

    /** A shared guard now, if no writer holds or waits for the lock. */
    public Result<RwLockGuard<T>, TryLockError> tryRead() {
        return tryAcquire(1);
    }

    /** The exclusive guard now, if nobody holds or waits for the lock. */
    public Result<RwLockGuard<T>, TryLockError> tryWrite() {
        return tryAcquire(MAX_READS);
    }

    private Result<RwLockGuard<T>, TryLockError> tryAcquire(int n) {
        FairPermits.Holding h = permits.tryAcquire(n);
        return h == null ? Result.err(new TryLockError()) : Result.ok(new RwLockGuard<>(this, h));
    }

    private Future<RwLockGuard<T>> acquire(int n, String what) {
        FairPermits.Acquire acquire = new FairPermits.Acquire(n);
        return new Future<>() {
            private boolean done;

            @Override
            public Poll<RwLockGuard<T>> poll(Context cx) {
                if (done) {
                    throw new IllegalStateException("rwlock " + what + " future polled after completion");
                }
                if (!Coop.proceed(cx)) {
                    return Poll.pending();
                }
                Object r = permits.pollAcquire(acquire, cx.waker());
                if (r == null) {
                    return Poll.pending();
                }
                done = true;
                return Poll.ready(new RwLockGuard<>(RwLock.this, (FairPermits.Holding) r));
            }

            @Override
            public void drop() {
                if (!done) {
                    done = true;
                    permits.cancel(acquire);
                }
            }

            @Override
            public String describe() {
                return "rwlock#" + permits.id + "." + what;
            }
        };
    }

    /** How many readers hold the lock now (0 while a writer holds it). */
    public int readers() {
        synchronized (permits) {
            long held = permits.heldPermits();
            return held >= MAX_READS ? 0 : (int) held;
        }
    }

    public boolean isWriteLocked() {
        return permits.heldPermits() >= MAX_READS;
    }

    public long id() {
        return permits.id;
    }

    public Snapshot snapshot() {
        synchronized (permits) {
            List<Long> holders = permits.holderTasks();
            boolean writer = permits.heldPermits() >= MAX_READS;
            return new Snapshot(permits.id, writer ? List.of() : holders, writer ? holders.get(0) : -1,
                    permits.waitingTasks(), String.valueOf(value));
        }
    }
}
