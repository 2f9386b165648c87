package asyncscope.engine.time;

/** Real monotonic time, measured from this clock's creation. */
public final class SystemClock implements Clock {
    private final long origin = System.nanoTime();

    @Override
    public long nanos() {
        return System.nanoTime() - origin;
    }

    @Override
    public boolean isVirtual() {
        return false;
    }
}
