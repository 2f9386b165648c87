package asyncscope.lessons.rustlite.interp;

/** Public entry to the per-poll watchdog ({@link Exec}) for the prelude's task wrappers. */
public final class Watch {
    private Watch() {}

    public static Exec begin(long taskId, Exec.Limits limits) {
        return Exec.begin(taskId, limits);
    }

    /** Counts a blocking job's steps as CPU time, without the not-yielding watchdog. */
    public static Exec beginBlocking(long taskId, Exec.Limits limits) {
        return Exec.beginBlocking(taskId, limits);
    }

    public static void end(Exec prev) {
        Exec.end(prev);
    }

    /**
     * A native is about to do {@code units} of work in one call (the items of an iterator, the elements of a
     * {@code vec![x; n]}): the watchdog counts it with the poll's steps, so the native can be stopped.
     */
    public static void work(long units) {
        Exec ex = Exec.current();
        if (ex != null) {
            ex.nativeWork(units);
        }
    }

    /**
     * A value is about to grow to about {@code bytes} (a {@code push_str} onto a long String): refused if it
     * alone would be past the run's memory budget. Counts no work: the caller counts what it adds.
     */
    public static void reserve(long bytes) {
        Exec ex = Exec.current();
        if (ex != null) {
            ex.limits.budget.reserve(bytes);
        }
    }

    /**
     * A native is about to build one value of {@code elements} elements of about {@code bytesEach} bytes:
     * refused if it alone is past the run's memory budget, and counted as work of {@code elements} units.
     */
    public static void build(long elements, long bytesEach) {
        Exec ex = Exec.current();
        if (ex != null) {
            long bytes = elements > Long.MAX_VALUE / Math.max(1, bytesEach) ? Long.MAX_VALUE : elements * bytesEach;
            ex.limits.budget.reserve(bytes);
            ex.nativeWork(elements);
        }
    }
}
