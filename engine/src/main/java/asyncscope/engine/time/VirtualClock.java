package asyncscope.engine.time;

/**
 * Simulated time: starts at zero and moves only through {@link #advanceTo}. A program that sleeps for
 * an hour under the simulator finishes at once and reports one virtual hour.
 */
public final class VirtualClock implements Clock {
    private volatile long now;

    @Override
    public long nanos() {
        return now;
    }

    @Override
    public boolean isVirtual() {
        return true;
    }

    /** Moves time forward to {@code nanos}; time never goes back. */
    public void advanceTo(long nanos) {
        if (nanos > now) {
            now = nanos;
        }
    }
}
