package asyncscope.engine.sync;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Coop;
import java.util.List;

/**
 * {@code tokio::sync::Mutex}: an async, fair lock around a value. {@link #lock()} is a future of a {@link
 * MutexGuard}; while a task waits for the lock it is parked, not spinning, so other tasks run on its
 * worker. Unlocking (dropping the guard) hands the lock straight to the longest waiter. Underneath it is
 * a one-permit fair semaphore, exactly as in Tokio. Cancel safe like {@link Semaphore#acquire()}.
 */
public final class Mutex<T> {
    static final String KIND = "mutex";

    /** {@link #tryLock()} found the lock held (or others queued for it). */
    public record TryLockError() {
        @Override
        public String toString() {
            return "TryLockError(would block)";
        }
    }

    /** The mutex at one instant: the holder (-1 if unlocked), waiters in order, the value as a string. */
    public record Snapshot(long id, long holder, List<Long> waiting, String value) {}

    final FairPermits permits;
    T value;

    public Mutex(T value) {
        this.value = value;
        this.permits = new FairPermits(KIND, WakeSource.Kind.MUTEX, 1);
    }

    /** A future of the guard; waits (FIFO) while another task holds the lock. */
    public Future<MutexGuard<T>> lock() {
        FairPermits.Acquire acquire = new FairPermits.Acquire(1);
        return new Future<>() {
            private boolean done;

            @Override
            public Poll<MutexGuard<T>> poll(Context cx) {
                if (done) {
                    throw new IllegalStateException("mutex lock future polled after completion");
                }
                if (!Coop.proceed(cx)) {
                    return Poll.pending();
                }
                Object r = permits.pollAcquire(acquire, cx.waker());
                if (r == null) {
                    return Poll.pending();
                }
                done = true;
                return Poll.ready(new MutexGuard<>(Mutex.this, (FairPermits.Holding) r));
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
                return "mutex#" + permits.id + ".lock";
            }
        };
    }

    /** The guard now if the lock is free and nobody waits for it. */
    public Result<MutexGuard<T>, TryLockError> tryLock() {
        FairPermits.Holding h = permits.tryAcquire(1);
        return h == null ? Result.err(new TryLockError()) : Result.ok(new MutexGuard<>(this, h));
    }

    public boolean isLocked() {
        return permits.available() == 0;
    }

    public long id() {
        return permits.id;
    }

    public Snapshot snapshot() {
        synchronized (permits) {
            List<Long> holders = permits.holderTasks();
            return new Snapshot(permits.id, holders.isEmpty() ? -1 : holders.get(0), permits.waitingTasks(),
                    String.valueOf(value));
        }
    }
}
