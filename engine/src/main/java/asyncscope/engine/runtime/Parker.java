package asyncscope.engine.runtime;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Puts one thread to sleep until another unparks it, with a one-shot permit: an unpark that arrives
 * before the park makes the park return at once, so a wake-up is never lost between "I found no work"
 * and "I sleep".
 *
 * <p>Two ways to sleep, as in Tokio: if the runtime has an I/O driver and nobody is driving it, the
 * parking thread blocks in the driver (a {@code Selector.select}) and delivers socket readiness while it
 * waits; otherwise it sleeps on its own condition. {@link #unpark()} knows which one it must interrupt:
 * {@code LockSupport.unpark} for the first, the driver's wakeup for the second.
 */
public final class Parker {
    private static final int EMPTY = 0;
    private static final int PARKED = 1;
    private static final int PARKED_IO = 2;
    private static final int NOTIFIED = 3;

    /**
     * How long to spin before really sleeping. A notification that arrives within a few microseconds
     * (a message handed to a task on another core) then costs no system call on either side. Spinning
     * only makes sense with more than one core.
     */
    private static final int SPINS = java.lang.Runtime.getRuntime().availableProcessors() > 1 ? 1 << 8 : 0;

    private final AtomicInteger state = new AtomicInteger(EMPTY);
    private volatile Thread owner;
    private volatile ParkHooks.IoPark io;

    /** Sleeps until unparked (or until {@code timeoutNanos} pass, if positive). */
    public void park(long timeoutNanos) {
        park(timeoutNanos, null);
    }

    public void park() {
        park(0, null);
    }

    /**
     * Sleeps until unparked or {@code timeoutNanos} pass (0: no limit), blocking in {@code ioPark} if it
     * is non-null and free, so the sleep also waits for (and dispatches) socket readiness.
     */
    public void park(long timeoutNanos, ParkHooks.IoPark ioPark) {
        for (int i = 0; i <= SPINS; i++) {
            if (state.get() == NOTIFIED && state.compareAndSet(NOTIFIED, EMPTY)) {
                return;
            }
            Thread.onSpinWait();
        }
        owner = Thread.currentThread();
        if (ioPark != null && ioPark.tryAcquire()) {
            try {
                io = ioPark;
                if (!state.compareAndSet(EMPTY, PARKED_IO)) {
                    state.set(EMPTY); // notified between the two checks
                    return;
                }
                ioPark.block(timeoutNanos);
                state.set(EMPTY); // woken, timed out or I/O arrived: any pending notification is used up
            } finally {
                ioPark.release();
            }
            return;
        }
        if (!state.compareAndSet(EMPTY, PARKED)) {
            state.set(EMPTY);
            return;
        }
        long deadline = timeoutNanos > 0 ? System.nanoTime() + timeoutNanos : 0;
        for (;;) {
            if (timeoutNanos > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    state.set(EMPTY); // PARKED (timed out) or NOTIFIED (raced): either way we are up
                    return;
                }
                LockSupport.parkNanos(this, left);
            } else {
                LockSupport.park(this);
            }
            if (state.compareAndSet(NOTIFIED, EMPTY)) {
                return;
            }
        }
    }

    public void unpark() {
        int prev = state.getAndSet(NOTIFIED);
        if (prev == PARKED) {
            Thread t = owner;
            if (t != null) {
                LockSupport.unpark(t);
            }
        } else if (prev == PARKED_IO) {
            ParkHooks.IoPark p = io;
            if (p != null) {
                p.wakeup();
            }
        }
    }
}
