package asyncscope.engine.runtime;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Puts one thread to sleep until another unparks it, with a one-shot permit: an unpark that arrives
 * before the park makes the park return at once, so a wake-up is never lost between "I found no work"
 * and "I sleep".
 */
public final class Parker {
    private final AtomicBoolean notified = new AtomicBoolean();
    private volatile Thread owner;

    /** Sleeps until unparked (or until {@code timeoutNanos} pass, if positive). */
    public void park(long timeoutNanos) {
        owner = Thread.currentThread();
        long deadline = timeoutNanos > 0 ? System.nanoTime() + timeoutNanos : 0;
        while (!notified.compareAndSet(true, false)) {
            if (timeoutNanos > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                LockSupport.parkNanos(this, left);
            } else {
                LockSupport.park(this);
            }
        }
    }

    public void park() {
        park(0);
    }

    public void unpark() {
        if (!notified.getAndSet(true)) {
            Thread t = owner;
            if (t != null) {
                LockSupport.unpark(t);
            }
        }
    }
}
