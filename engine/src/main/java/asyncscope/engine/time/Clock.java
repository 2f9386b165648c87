package asyncscope.engine.time;

/**
 * The runtime's notion of "now", in nanoseconds since the runtime started. The threaded driver uses the
 * {@link SystemClock}; the simulated driver a {@link VirtualClock} that only moves when the driver
 * moves it (to the next timer deadline when every task is idle), like Tokio's paused clock.
 */
public interface Clock {
    long nanos();

    /** Whether time only moves when the runtime moves it. */
    boolean isVirtual();
}
