package asyncscope.engine.runtime;

/**
 * What the time and I/O layers give the drivers so that a parked runtime wakes up for them: the next
 * timer deadline, and a way to fire what is due. The threaded driver parks a worker no longer than the
 * next deadline; the simulated driver, when every task is idle, jumps the virtual clock to it.
 */
public interface ParkHooks {
    /** The earliest pending deadline on the runtime clock (ns), or {@link Long#MAX_VALUE} if none. */
    long nextDeadline();

    /** Fires every timer due at {@code now} and delivers pending I/O readiness; never blocks. */
    void fireDue(long now);

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
