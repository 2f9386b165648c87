package asyncscope.engine.sync;

import asyncscope.engine.event.WakeSource;
import asyncscope.engine.future.Context;
import asyncscope.engine.future.Future;
import asyncscope.engine.future.Poll;
import asyncscope.engine.runtime.Coop;
import java.util.List;

/**
 * {@code tokio::sync::Semaphore}: a fair counting semaphore for limiting concurrency ("at most 8
 * requests in flight"). {@link #acquire()} is a future of a {@link SemaphorePermit}; releasing (dropping)
 * the permit gives it back, and the longest-waiting acquirer gets it first. Waiters are strictly FIFO,
 * also for {@link #acquireMany}: a big request at the head is not overtaken by small ones behind it.
 *
 * <p>Cancel safe: dropping a waiting acquire future leaves the queue; permits already handed to it go
 * on to the next waiter. {@link #close()} makes every waiter, and every later acquire, fail with an
 * {@link AcquireError}; permits already held stay valid and still come back when released.
 */
public final class Semaphore {
    static final String KIND = "semaphore";

    /** Acquire failed: the semaphore was closed. */
    public record AcquireError() {
        @Override
        public String toString() {
            return "AcquireError(semaphore closed)";
        }
    }

    /** Why {@link #tryAcquire} gave nothing. */
    public enum TryAcquireError {
        /** The semaphore is closed. */
        CLOSED,
        /** Not enough free permits now (or others are already waiting for them). */
        NO_PERMITS
    }

    /** The semaphore at one instant: free permits, the tasks holding permits, the tasks waiting (in order). */
    public record Snapshot(long id, long available, long held, List<Long> holders, List<Long> waiting, boolean closed) {}

    private final FairPermits permits;

    /** A semaphore with {@code permits} free permits. */
    public Semaphore(long permits) {
        this.permits = new FairPermits(KIND, WakeSource.Kind.SEMAPHORE, permits);
    }

    /** A future of one permit, or an AcquireError if the semaphore is (or gets) closed. */
    public Future<Result<SemaphorePermit, AcquireError>> acquire() {
        return acquireMany(1);
    }

    /** A future of {@code n} permits at once (FIFO: it keeps its place in the queue while it collects them). */
    public Future<Result<SemaphorePermit, AcquireError>> acquireMany(int n) {
        return new AcquireFuture(new FairPermits.Acquire(n));
    }

    public Result<SemaphorePermit, TryAcquireError> tryAcquire() {
        return tryAcquireMany(1);
    }

    /** Takes {@code n} permits now if that is possible without waiting (and without jumping the queue). */
    public Result<SemaphorePermit, TryAcquireError> tryAcquireMany(int n) {
        if (permits.isClosed()) {
            return Result.err(TryAcquireError.CLOSED);
        }
        FairPermits.Holding h = permits.tryAcquire(n);
        return h == null ? Result.err(TryAcquireError.NO_PERMITS) : Result.ok(new SemaphorePermit(permits, h));
    }

    /** Adds {@code n} permits (serving waiters first). */
    public void addPermits(long n) {
        permits.addPermits(n);
    }

    /** Closes the semaphore: waiters and later acquires fail; held permits stay valid. */
    public void close() {
        permits.close();
    }

    public boolean isClosed() {
        return permits.isClosed();
    }

    public long availablePermits() {
        return permits.available();
    }

    public long id() {
        return permits.id;
    }

    public Snapshot snapshot() {
        synchronized (permits) {
            return new Snapshot(permits.id, permits.available(), permits.heldPermits(), permits.holderTasks(),
                    permits.waitingTasks(), permits.isClosed());
        }
    }

    private final class AcquireFuture implements Future<Result<SemaphorePermit, AcquireError>> {
        private final FairPermits.Acquire acquire;
        private boolean done;

        AcquireFuture(FairPermits.Acquire acquire) {
            this.acquire = acquire;
        }

        @Override
        public Poll<Result<SemaphorePermit, AcquireError>> poll(Context cx) {
            if (done) {
                throw new IllegalStateException("semaphore acquire future polled after completion");
            }
            if (!Coop.proceed(cx)) {
                return Poll.pending();
            }
            Object r = permits.pollAcquire(acquire, cx.waker());
            if (r == null) {
                return Poll.pending();
            }
            done = true;
            if (r == FairPermits.CLOSED) {
                return Poll.ready(Result.err(new AcquireError()));
            }
            return Poll.ready(Result.ok(new SemaphorePermit(permits, (FairPermits.Holding) r)));
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
            return "semaphore#" + permits.id + ".acquire(" + acquire.permits + ")";
        }
    }
}
