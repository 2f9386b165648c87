package asyncscope.engine.runtime;

/**
 * What the time and I/O layers give the drivers so that a parked runtime wakes up for them: the next
 * timer deadline, a way to fire what is due, and (with a reactor) an I/O driver a parked worker can
 * block in instead of sleeping. The threaded driver parks a worker no longer than the next deadline;
 * the simulated driver, when every task is idle, jumps the virtual clock to it.
 */
public interface ParkHooks {
    /** The earliest pending deadline on the runtime clock (ns), or {@link Long#MAX_VALUE} if none. */
    long nextDeadline();

    /** Fires every timer due at {@code now} and delivers pending I/O readiness; never blocks. */
    void fireDue(long now);

    /** The I/O driver a parked worker may block in (as Tokio's parked worker drives mio), or null. */
    default IoPark ioPark() {
        return null;
    }

    /**
     * An I/O driver that one parked thread at a time can block in: the thread that wins
     * {@link #tryAcquire()} calls {@link #block} instead of sleeping on its own condition, and
     * {@link #wakeup()} makes that call return early (work arrived for the worker).
     */
    interface IoPark {
        /** Becomes the thread driving I/O; false if another thread is driving it. */
        boolean tryAcquire();

        /** Waits for I/O readiness (dispatching it) for up to {@code timeoutNanos}; 0 means no limit. */
        void block(long timeoutNanos);

        /** Gives up driving I/O. */
        void release();

        /** Makes a {@link #block} in progress (or the next one) return at once. Cheap when nobody blocks. */
        void wakeup();
    }

    /** Hooks for a runtime with neither timers nor I/O. */
    ParkHooks NONE = new ParkHooks() {
        @Override
        public long nextDeadline() {
            return Long.MAX_VALUE;
        }

        @Override
        public void fireDue(long now) {}
    };
}
